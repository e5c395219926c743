package org.factcheck.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.factcheck.core.detectors.ClaimDetectors;
import org.factcheck.core.detectors.ClaimSuggestion;
import org.factcheck.core.detectors.DetectedSuggestion;
import org.factcheck.core.detectors.DetectorDescriptor;
import org.factcheck.core.detectors.Suggestions;
import org.factcheck.core.extensions.ContributionFailure;
import org.factcheck.core.internal.suggestions.CaseSuggestions;
import org.factcheck.model.Actor;
import org.factcheck.model.CaseFile;
import org.factcheck.model.Document;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * {@code factcheck suggest CASE [--document ID-OR-TITLE] [--format tsv|json]}: runs the installed claim detectors on
 * the case's articles and prints what the workbench would suggest (not the dismissed suggestions, nothing in comment /
 * boilerplate regions, nothing over an existing claim appearance). Reads the case only.
 */
final class SuggestCommand implements Command {

    private final Supplier<ClaimDetectors> detectors;

    SuggestCommand() {
        this(ClaimDetectors::getDefault);
    }

    /** For tests: runs these detectors instead of the contributed ones. */
    SuggestCommand(Supplier<ClaimDetectors> detectors) {
        this.detectors = detectors;
    }

    @Override
    public String name() {
        return "suggest";
    }

    @Override
    public String summary() {
        return "list the claims the installed detectors suggest in a case's articles";
    }

    @Override
    public Map<String, String> aliases() {
        return Map.of("d", "document", "f", "format", "h", "help");
    }

    @Override
    public String help() {
        return """
                Usage: factcheck suggest CASE.factcase [--document ID-OR-TITLE] [--format tsv|json]

                Runs the installed claim detectors on the case's articles (or one of them) and prints one
                suggestion per line, in text order: what the workbench's Annotate › Suggest Claims would show.
                Suggestions dismissed in the workbench, inside regions marked as comment / boilerplate, or over
                an existing claim appearance are left out. The case is not changed.

                With --format tsv (the default) a header line, then the tab-separated columns
                  document  start  end  speaker  kind  score  text
                start and end count Unicode code points (end exclusive); kind is direct, indirect or
                check-worthy; score is from 0 to 1; tabs, line breaks and backslashes in the text are written
                as \\t, \\n and \\\\.
                With --format json a JSON array with one object per line: document, title, start, end,
                speaker, speakerId (the matched person or organisation, or null), kind, score, text,
                statement, reason and detector.

                Options:
                  -d, --document ID-OR-TITLE   only this article (its id, or its title ignoring case)
                  -f, --format tsv|json        the output (tsv by default)
                  -h, --help                   show this help

                A detector that fails is reported on standard error and the others' suggestions are printed
                (exit 1). With no detector installed, or none for the article's language, it exits 9.

                """ + ExitCode.TABLE;
    }

    @Override
    public int run(Args args, PrintStream out) throws CommandException {
        for (String option : args.names()) {
            if (!Set.of("document", "format").contains(option)) {
                throw CommandException.usage("unknown option “--" + option + "”.");
            }
        }
        String format = args.single("format") == null ? "tsv" : args.single("format").toLowerCase(Locale.ROOT);
        if (!Set.of("tsv", "json").contains(format)) {
            throw CommandException.usage("unknown format “" + args.single("format") + "”: tsv or json.");
        }
        Path file = Cases.caseArgument(args, "suggest");
        CaseFile caseFile = Cases.root(Cases.load(file));
        List<Document> documents = documents(caseFile, args.single("document"), file);
        ClaimDetectors registry = detectors.get();
        List<DetectorDescriptor> installed = registry.descriptors();
        if (installed.isEmpty()) {
            throw new CommandException(ExitCode.NO_DETECTOR, "no claim detector is installed, so there is nothing to "
                    + "suggest. Install a plug-in that contributes one (extension point " + ClaimDetectors.EXTENSION_POINT
                    + ").");
        }
        List<Row> rows = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        int handled = 0;
        for (Document document : documents) {
            if (installed.stream().noneMatch(d -> d.handles(document.getLanguage()))) {
                continue;
            }
            handled++;
            Suggestions found = registry.detect(CaseSuggestions.request(document, null));
            found.failures().stream().map(ContributionFailure::message).filter(m -> !failures.contains(m))
                    .forEach(failures::add);
            for (DetectedSuggestion d : CaseSuggestions.visible(document, found.suggestions())) {
                ClaimSuggestion s = d.suggestion();
                rows.add(new Row(document, s, CaseSuggestions.speaker(caseFile, s).orElse(null), d.detectorId()));
            }
        }
        if (handled == 0) {
            throw new CommandException(ExitCode.NO_DETECTOR, "no installed claim detector handles the language of "
                    + (documents.size() == 1 ? "“" + title(documents.get(0)) + "” (" + language(documents.get(0)) + ")"
                            : "any article of the case") + ". The detectors: " + String.join(", ",
                                    installed.stream().map(d -> d.name() + " (" + (d.languages().isEmpty() ? "any"
                                            : String.join(", ", d.languages())) + ")").toList()) + ".");
        }
        if (format.equals("json")) {
            out.println(json(rows));
        } else {
            out.println("document\tstart\tend\tspeaker\tkind\tscore\ttext");
            rows.forEach(r -> out.println(String.join("\t", r.document().getId(), Integer.toString(r.s().start()),
                    Integer.toString(r.s().end()), tsv(r.speaker()), CaseSuggestions.word(r.s().kind()),
                    score(r.s()), tsv(r.text()))));
        }
        out.flush();
        if (!failures.isEmpty()) {
            throw new CommandException(ExitCode.PROBLEMS, String.join("\n", failures)
                    + (failures.size() == 1 ? "\nThe other detectors'" : "\nThe remaining detectors'")
                    + " suggestions were printed.");
        }
        return ExitCode.OK;
    }

    /** One printed suggestion. */
    private record Row(Document document, ClaimSuggestion s, Actor actor, String detector) {
        String speaker() {
            return actor != null && actor.getName() != null ? actor.getName() : s.speakerName();
        }

        String text() {
            return CaseSuggestions.text(document, s);
        }
    }

    private static List<Document> documents(CaseFile caseFile, String wanted, Path file) throws CommandException {
        if (wanted == null) {
            return List.copyOf(caseFile.getDocuments());
        }
        for (Document d : caseFile.getDocuments()) {
            if (wanted.equals(d.getId())) {
                return List.of(d);
            }
        }
        List<Document> titled = caseFile.getDocuments().stream()
                .filter(d -> d.getTitle() != null && d.getTitle().strip().equalsIgnoreCase(wanted.strip())).toList();
        if (titled.size() == 1) {
            return titled;
        }
        StringBuilder known = new StringBuilder();
        caseFile.getDocuments().forEach(d -> known.append("\n  ").append(d.getId()).append("  ").append(title(d)));
        throw CommandException.usage((titled.isEmpty() ? "the case “" + file + "” has no article with the id or title “"
                + wanted + "”." : titled.size() + " articles have the title “" + wanted + "”: give the id.")
                + " Its articles are:" + (known.isEmpty() ? " none" : known));
    }

    private static String title(Document d) {
        return d.getTitle() == null || d.getTitle().isBlank() ? "(untitled)" : d.getTitle();
    }

    private static String language(Document d) {
        return d.getLanguage() == null || d.getLanguage().isBlank() ? "language unknown" : d.getLanguage();
    }

    private static String score(ClaimSuggestion s) {
        return String.format(Locale.ROOT, "%.2f", s.score());
    }

    private static String tsv(String value) {
        return value == null ? "" : value.replace("\\", "\\\\").replace("\t", "\\t").replace("\r", "\\r").replace("\n", "\\n");
    }

    /** A JSON array with one object per line (so that it is valid JSON and still greps by line). */
    static String json(List<Row> rows) {
        StringBuilder text = new StringBuilder("[");
        for (int i = 0; i < rows.size(); i++) {
            text.append(i == 0 ? "\n" : ",\n").append(object(rows.get(i)));
        }
        return text.append(rows.isEmpty() ? "]" : "\n]").toString();
    }

    private static String object(Row r) {
        StringWriter text = new StringWriter();
        try (JsonGenerator g = new JsonFactory().createGenerator(text)) {
            g.writeStartObject();
            g.writeStringField("document", r.document().getId());
            g.writeStringField("title", r.document().getTitle());
            g.writeNumberField("start", r.s().start());
            g.writeNumberField("end", r.s().end());
            g.writeStringField("speaker", r.speaker());
            g.writeStringField("speakerId", r.actor() == null ? null : r.actor().getId());
            g.writeStringField("kind", CaseSuggestions.word(r.s().kind()));
            g.writeNumberField("score", Math.round(r.s().score() * 1000) / 1000.0);
            g.writeStringField("text", r.text());
            g.writeStringField("statement", CaseSuggestions.statement(r.document(), r.s()));
            g.writeStringField("reason", r.s().reason());
            g.writeStringField("detector", r.detector());
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }
}
