package org.factcheck.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.factcheck.core.CaseFiles;
import org.factcheck.model.Actor;
import org.factcheck.model.CaseFile;
import org.factcheck.model.Claim;
import org.factcheck.model.Document;
import org.factcheck.model.Evidence;
import org.factcheck.model.Person;
import org.factcheck.model.Rating;
import org.factcheck.model.TextSpan;

/** {@code factcheck stats CASE}: what a case holds, in numbers. */
final class StatsCommand implements Command {

    @Override
    public String name() {
        return "stats";
    }

    @Override
    public String summary() {
        return "count a case's documents, spans, claims, verdicts, evidence and relations";
    }

    @Override
    public Map<String, String> aliases() {
        return Map.of("h", "help");
    }

    @Override
    public String help() {
        return """
                Usage: factcheck stats CASE.factcase

                Prints what the case holds: documents and their length, spans by kind and anchoring, claims by
                status, verdicts by rating, evidence by stance, relations by kind, sources, people and
                organisations.

                Options:
                  -h, --help   show this help

                """ + ExitCode.TABLE;
    }

    @Override
    public int run(Args args, PrintStream out) throws CommandException {
        if (!args.names().isEmpty()) {
            throw CommandException.usage("unknown option “--" + args.names().iterator().next() + "”.");
        }
        Path file = Cases.caseArgument(args, "stats");
        CaseFile c = Cases.root(Cases.load(file));
        List<TextSpan> spans = CaseFiles.allSpans(c).toList();
        List<Evidence> evidence = c.getClaims().stream().flatMap(claim -> claim.getEvidence().stream()).toList();
        long rated = c.getClaims().stream().filter(claim -> claim.getVerdict() != null).count();
        long people = c.getActors().stream().filter(Person.class::isInstance).count();

        out.println(c.getTitle() + " (" + file + ")");
        line(out, "Documents", c.getDocuments().size(),
                String.format(Locale.ROOT, "%,d characters", c.getDocuments().stream().mapToLong(Document::codePointLength).sum()));
        line(out, "Spans", spans.size(), spans.isEmpty() ? "" : breakdown(spans, s -> words(s.getKind()))
                + "; " + breakdown(spans, s -> words(s.getAnchorStatus())));
        line(out, "Claims", c.getClaims().size(), breakdown(c.getClaims(), cl -> words(cl.getStatus())));
        line(out, "Verdicts", rated, breakdown(c.getClaims().stream().filter(cl -> cl.getVerdict() != null).toList(),
                cl -> label(cl.getVerdict())) + (rated < c.getClaims().size()
                        ? "; " + (c.getClaims().size() - rated) + " claims without verdict" : ""));
        line(out, "Evidence", evidence.size(), breakdown(evidence, e -> words(e.getStance())));
        line(out, "Relations", c.getRelations().size(),
                breakdown(c.getRelations(), r -> r.getKind() == null ? null : r.getKind().getName()));
        line(out, "Sources", c.getSources().size(), "");
        line(out, "Actors", c.getActors().size(), people + " people, " + (c.getActors().size() - people) + " organisations");
        line(out, "Claimants", c.getClaims().stream().map(Claim::getClaimant).filter(a -> a != null).distinct().count(),
                breakdown(c.getClaims(), cl -> cl.getClaimant() == null ? null : name(cl.getClaimant())));
        return ExitCode.OK;
    }

    private static void line(PrintStream out, String what, long count, String detail) {
        out.println(String.format(Locale.ROOT, "  %-10s %5d  %s", what, count, detail).stripTrailing());
    }

    /** "label n, label n" in order of first occurrence; nulls count as "unset". */
    private static <T> String breakdown(List<T> items, Function<T, String> key) {
        Map<String, Long> counts = items.stream().collect(Collectors.groupingBy(
                t -> key.apply(t) == null ? "unset" : key.apply(t),
                LinkedHashMap::new, Collectors.counting()));
        return counts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    }

    /** An enum literal as words: IN_REVIEW → in review. */
    private static String words(org.eclipse.emf.common.util.Enumerator literal) {
        return literal == null ? null : literal.getLiteral().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static String label(Rating rating) {
        return rating.getLabel() == null ? "unlabelled" : rating.getLabel();
    }

    private static String name(Actor actor) {
        return actor.getName() == null ? "unnamed" : actor.getName();
    }
}
