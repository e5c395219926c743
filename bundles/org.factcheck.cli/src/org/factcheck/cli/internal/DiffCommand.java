package org.factcheck.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.factcheck.core.merge.CaseDiff;
import org.factcheck.core.merge.Change;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/** {@code factcheck diff OLD NEW}: what changed between two versions of a case, in words or as JSON. */
final class DiffCommand implements Command {

    @Override
    public String name() {
        return "diff";
    }

    @Override
    public String summary() {
        return "the changes between two versions of a case, in words (or --format json)";
    }

    @Override
    public Map<String, String> aliases() {
        return Map.of("h", "help");
    }

    @Override
    public String help() {
        return """
                Usage: factcheck diff OLD.factcase NEW.factcase [--format text|json]

                Lists what changed from OLD to NEW, one change per line, objects matched by their ids:
                "Verdict of claim “…” changed from Mostly false to False.", "Evidence … added.", "Span … moved to
                …", "Claim … deleted (with 2 evidence).". The order is always the same: NEW's objects in the order
                of the case (documents, sources, actors, claims, relations, …, diagrams), then what was deleted.
                With --format json: a JSON array of {"kind", "type", "id", "feature", "old", "new", "text"}, kind
                being ADDED, DELETED, CHANGED or MOVED.

                Options:
                  --format text|json   the output (text by default)
                  -h, --help           show this help

                """ + ExitCode.TABLE;
    }

    @Override
    public int run(Args args, PrintStream out) throws CommandException {
        for (String option : args.names()) {
            if (!option.equals("format")) {
                throw CommandException.usage("unknown option “--" + option + "”.");
            }
        }
        String format = args.single("format") == null ? "text" : args.single("format");
        if (!Set.of("text", "json").contains(format)) {
            throw CommandException.usage("unknown format “" + format + "”: text or json.");
        }
        if (args.positional().size() != 2) {
            throw CommandException.usage("give the old and the new case (diff OLD NEW), not "
                    + args.positional().size() + (args.positional().size() == 1 ? " file." : " files."));
        }
        Path old = Path.of(args.positional().get(0));
        Path now = Path.of(args.positional().get(1));
        List<Change> changes = CaseDiff.between(Cases.load(old).getContents(), Cases.load(now).getContents());
        if (format.equals("json")) {
            out.println(json(changes));
        } else if (changes.isEmpty()) {
            out.println("No changes.");
        } else {
            changes.forEach(c -> out.println(c.text()));
        }
        return ExitCode.OK;
    }

    static String json(List<Change> changes) {
        StringWriter text = new StringWriter();
        try (JsonGenerator g = new JsonFactory().createGenerator(text)) {
            g.useDefaultPrettyPrinter();
            g.writeStartArray();
            for (Change c : changes) {
                g.writeStartObject();
                g.writeStringField("kind", c.kind().name());
                g.writeStringField("type", c.objectType());
                g.writeStringField("id", c.objectId());
                g.writeStringField("feature", c.feature());
                g.writeStringField("old", c.oldValue());
                g.writeStringField("new", c.newValue());
                g.writeStringField("text", c.text());
                g.writeEndObject();
            }
            g.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }
}
