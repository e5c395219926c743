package org.factcheck.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.resource.Resource;
import org.factcheck.core.exporters.ExportException;
import org.factcheck.core.exporters.ExporterDescriptor;
import org.factcheck.core.exporters.ExporterOption;
import org.factcheck.core.exporters.Exporters;

/** {@code factcheck export --format FORMAT CASE -o OUT}: writes a case with a contributed exporter. */
final class ExportCommand implements Command {

    private static final Set<String> OWN = Set.of("format", "output", "option", "help");

    @Override
    public String name() {
        return "export";
    }

    @Override
    public String summary() {
        return "write a case as ClaimReview, W3C annotations, AIF, GraphML, DOT, CSV or HTML";
    }

    @Override
    public Map<String, String> aliases() {
        return Map.of("f", "format", "o", "output", "h", "help");
    }

    @Override
    public String help() {
        StringBuilder text = new StringBuilder("""
                Usage: factcheck export --format FORMAT CASE.factcase -o OUTPUT [--NAME VALUE ...]

                Writes the case in an exchange format. OUTPUT is replaced only when the export succeeded;
                a failed export leaves no file behind. What a format recommends but the case does not meet
                (a ClaimReview claim longer than 75 characters) is printed as "Warning: ..." lines; the
                export still succeeds (exit 0).

                Options:
                  -f, --format FORMAT     the format (below)
                  -o, --output OUTPUT     the file to write
                  --NAME VALUE            an option of the format (also --option NAME=VALUE)
                  -h, --help              show this help

                Formats:
                """);
        for (ExporterDescriptor d : Exporters.getDefault().descriptors()) {
            text.append(String.format("  %-12s %s (.%s)%n", d.format(), d.name(), d.fileExtension()));
            for (ExporterOption o : d.options()) {
                text.append(String.format("      --%s%s  %s%n", o.name(), o.required() ? " (required)" : "", o.description()));
            }
        }
        text.append("""

                Example:
                  factcheck export --format claimreview demo/kremlin-borders/kremlin-borders.factcase \\
                      -o reviews.jsonld --publisher "Example Newsroom" --review-url-base https://example.org/checks/

                """).append(ExitCode.TABLE);
        return text.toString();
    }

    @Override
    public int run(Args args, PrintStream out) throws CommandException {
        String format = args.single("format");
        if (format == null) {
            throw CommandException.usage("give the format with --format (one of " + formats() + ").");
        }
        ExporterDescriptor descriptor = Exporters.getDefault().forFormat(format).orElseThrow(
                () -> CommandException.usage("there is no format “" + format + "”; the formats are " + formats() + "."));
        String output = args.single("output");
        if (output == null) {
            throw CommandException.usage("give the file to write with -o OUTPUT.");
        }
        Map<String, String> options = options(args);
        try {
            descriptor.checkOptions(options);
        } catch (ExportException e) {
            throw CommandException.usage(e.getMessage());
        }
        Path casePath = Cases.caseArgument(args, "export --format " + descriptor.format());
        Resource resource = Cases.load(casePath);
        Path target = Path.of(output);
        Cases.checkNotSame(target, casePath, "the output “" + output + "” is the case file itself; export to another"
                + " file. Nothing was written.");
        List<String> warnings;
        try {
            warnings = Exporters.getDefault().exportToFile(descriptor, Cases.root(resource), casePath, options, target);
        } catch (ExportException e) {
            throw new CommandException(ExitCode.INPUT, "Cannot export “" + casePath + "” as " + descriptor.format() + ": "
                    + e.getMessage());
        } catch (IOException e) {
            throw new CommandException(ExitCode.OUTPUT, e.getMessage());
        }
        warnings.forEach(w -> out.println("Warning: " + w));
        out.println("Wrote " + target + " (" + descriptor.name() + ")" + (warnings.isEmpty() ? "." : ", with "
                + warnings.size() + (warnings.size() == 1 ? " warning." : " warnings.")));
        return ExitCode.OK;
    }

    /** The format's options: {@code --NAME VALUE} for every name that is not the command's own, and {@code --option NAME=VALUE}. */
    private static Map<String, String> options(Args args) throws CommandException {
        Map<String, String> options = new LinkedHashMap<>();
        for (String name : args.names()) {
            if (!OWN.contains(name)) {
                options.put(name, args.single(name));
            }
        }
        for (String pair : args.all("option")) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw CommandException.usage("--option takes NAME=VALUE, not “" + pair + "”.");
            }
            if (options.put(pair.substring(0, eq), pair.substring(eq + 1)) != null) {
                throw CommandException.usage("the option “" + pair.substring(0, eq) + "” is given more than once.");
            }
        }
        return options;
    }

    private static String formats() {
        return String.join(", ", Exporters.getDefault().descriptors().stream().map(ExporterDescriptor::format).toList());
    }
}
