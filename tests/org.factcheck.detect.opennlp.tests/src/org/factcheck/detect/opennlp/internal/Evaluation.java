package org.factcheck.detect.opennlp.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.factcheck.core.detectors.ClaimSuggestion;
import org.factcheck.core.detectors.DetectionException;
import org.factcheck.core.detectors.DetectionRequest;
import org.factcheck.core.detectors.SuggestionKind;
import org.factcheck.model.Actor;
import org.factcheck.model.CaseFactory;
import org.factcheck.model.Document;
import org.factcheck.model.Organisation;
import org.factcheck.model.Person;

/**
 * Measures the detector against the hand labels of the demo case's four articles (labels/kremlin-borders.tsv): per
 * kind, a suggestion is right when its span overlaps a labelled sentence of that kind (precision), a label is found
 * when a suggestion of its kind overlaps it (recall). "Reported speech" counts direct and indirect together, as
 * either kind. Speaker accuracy: of the found speech labels whose speaker is named or a pronoun, the share whose
 * suggestion names the same speaker (its matched actor, else its speaker name; equal, one containing the other, or
 * the same surname).
 */
final class Evaluation {

    record Label(String article, String kind, String speaker, String speakerType, String text, int start, int end) {
    }

    record Counts(int suggested, int correct, int labelled, int found) {

        double precision() {
            return suggested == 0 ? 0 : (double) correct / suggested;
        }

        double recall() {
            return labelled == 0 ? 0 : (double) found / labelled;
        }
    }

    record Result(Map<String, Counts> kinds, int speakersJudged, int speakersRight, List<String> misses) {

        double speakerAccuracy() {
            return speakersJudged == 0 ? 0 : (double) speakersRight / speakersJudged;
        }

        String table() {
            StringBuilder out = new StringBuilder("| kind | suggested | right | precision | labelled | found | recall |\n"
                    + "|---|---:|---:|---:|---:|---:|---:|\n");
            kinds.forEach((kind, c) -> out.append(String.format(Locale.ROOT, "| %s | %d | %d | %.2f | %d | %d | %.2f |%n",
                    kind, c.suggested(), c.correct(), c.precision(), c.labelled(), c.found(), c.recall())));
            out.append(String.format(Locale.ROOT, "%nSpeaker right on %d of %d found speech sentences with a named or pronoun speaker: %.2f%n",
                    speakersRight, speakersJudged, speakerAccuracy()));
            return out.toString();
        }
    }

    static final String SPEECH = "reported speech";

    private Evaluation() {
    }

    /** The case's people and organisations as in the demo case (KremlinBordersDemo). */
    static List<Actor> demoActors() {
        Organisation kremlin = organisation("Kremlin");
        List<Actor> actors = new ArrayList<>();
        actors.add(kremlin);
        actors.add(person("Dmitry Peskov", "Dmitri Peskov", "Дмитрий Песков"));
        actors.add(person("Vladimir Putin", "Владимир Путин"));
        actors.add(person("Volodymyr Zelenskyy", "Zelenskyj", "Володимир Зеленський"));
        actors.add(organisation("Operational Command South"));
        return actors;
    }

    static Person person(String name, String... aliases) {
        Person p = CaseFactory.eINSTANCE.createPerson();
        p.setName(name);
        p.getAliases().addAll(List.of(aliases));
        return p;
    }

    static Organisation organisation(String name, String... aliases) {
        Organisation o = CaseFactory.eINSTANCE.createOrganisation();
        o.setName(name);
        o.getAliases().addAll(List.of(aliases));
        return o;
    }

    static Document document(String title, String text, String language) {
        Document d = CaseFactory.eINSTANCE.createDocument();
        d.setTitle(title);
        d.setText(text);
        d.setLanguage(language);
        return d;
    }

    static Path labelsFile(Path bundle) {
        return bundle.resolve("labels/kremlin-borders.tsv");
    }

    static Path articlesFolder(Path bundle) {
        return bundle.resolve("../../features/org.factcheck.feature/rootfiles/demo/kremlin-borders/articles").normalize();
    }

    static Result run(Path bundle) throws IOException, DetectionException {
        List<String> lines = Files.readAllLines(labelsFile(bundle), StandardCharsets.UTF_8);
        Map<String, String> texts = new java.util.TreeMap<>();
        List<Label> labels = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            String text = texts.computeIfAbsent(f[0], a -> read(articlesFolder(bundle).resolve(a)));
            int at = text.indexOf(f[4]);
            if (at < 0) {
                throw new IllegalStateException("Label text not in " + f[0] + ": " + f[4]);
            }
            int start = text.codePointCount(0, at);
            labels.add(new Label(f[0], f[1], f[2], f[3], f[4], start, start + f[4].codePointCount(0, f[4].length())));
        }
        OpenNlpClaimDetector detector = new OpenNlpClaimDetector();
        Map<String, int[]> counts = new java.util.LinkedHashMap<>();
        for (String kind : List.of("direct", "indirect", "check-worthy", SPEECH)) {
            counts.put(kind, new int[4]);
        }
        int judged = 0;
        int right = 0;
        List<String> misses = new ArrayList<>();
        List<Actor> actors = demoActors();
        for (Map.Entry<String, String> article : texts.entrySet()) {
            Document doc = document(article.getKey(), article.getValue(), "en");
            List<ClaimSuggestion> found = detector.detect(DetectionRequest.builder(doc).actors(actors).build());
            List<Label> own = labels.stream().filter(l -> l.article().equals(article.getKey())).toList();
            for (ClaimSuggestion s : found) {
                String kind = name(s.kind());
                boolean ok = own.stream().anyMatch(l -> l.kind().equals(kind) && overlaps(l, s));
                count(counts.get(kind), 0, ok);
                if (!kind.equals("check-worthy")) {
                    count(counts.get(SPEECH), 0, own.stream().anyMatch(l -> isSpeech(l.kind()) && overlaps(l, s)));
                }
                if (!ok) {
                    misses.add("FP " + kind + " " + article.getKey() + " " + excerpt(article.getValue(), s) + " [" + s.speakerName() + "]");
                }
            }
            for (Label l : own) {
                boolean ok = found.stream().anyMatch(s -> name(s.kind()).equals(l.kind()) && overlaps(l, s));
                count(counts.get(l.kind()), 2, ok);
                if (!ok) {
                    misses.add("FN " + l.kind() + " " + l.article() + " " + l.text());
                }
                if (isSpeech(l.kind())) {
                    List<ClaimSuggestion> speech = found.stream()
                            .filter(s -> s.kind() != SuggestionKind.CHECK_WORTHY && overlaps(l, s)).toList();
                    count(counts.get(SPEECH), 2, !speech.isEmpty());
                    if (!speech.isEmpty() && !l.speakerType().equals("nominal")) {
                        judged++;
                        String said = speech.get(0).speaker().map(Actor::getName).orElse(speech.get(0).speakerName());
                        if (sameSpeaker(l.speaker(), said)) {
                            right++;
                        } else {
                            misses.add("SPEAKER " + l.speaker() + " <> " + said + ": " + l.text());
                        }
                    }
                }
            }
        }
        Map<String, Counts> result = new java.util.LinkedHashMap<>();
        counts.forEach((k, c) -> result.put(k, new Counts(c[0], c[1], c[2], c[3])));
        return new Result(result, judged, right, misses);
    }

    private static void count(int[] c, int offset, boolean ok) {
        c[offset]++;
        if (ok) {
            c[offset + 1]++;
        }
    }

    static boolean sameSpeaker(String label, String said) {
        if (said == null) {
            return false;
        }
        String a = normal(label);
        String b = normal(said);
        if (a.contains(b) || b.contains(a)) {
            return true;
        }
        String[] la = a.split(" ");
        String[] lb = b.split(" ");
        return la.length > 1 && la[la.length - 1].equals(lb[lb.length - 1]);
    }

    private static String normal(String s) {
        return s.toLowerCase(Locale.ROOT).replace("’s", "").replace("'s", "").replaceAll("^(the|a|an) ", "")
                .replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private static boolean isSpeech(String kind) {
        return kind.equals("direct") || kind.equals("indirect");
    }

    private static boolean overlaps(Label l, ClaimSuggestion s) {
        return s.start() < l.end() && l.start() < s.end();
    }

    static String name(SuggestionKind kind) {
        return switch (kind) {
            case DIRECT_QUOTE -> "direct";
            case INDIRECT_SPEECH -> "indirect";
            case CHECK_WORTHY -> "check-worthy";
        };
    }

    private static String excerpt(String text, ClaimSuggestion s) {
        int from = text.offsetByCodePoints(0, s.start());
        int to = text.offsetByCodePoints(0, s.end());
        String t = text.substring(from, to);
        return t.length() > 110 ? t.substring(0, 110) + "…" : t;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static Map<SuggestionKind, Integer> kinds(List<ClaimSuggestion> found) {
        Map<SuggestionKind, Integer> map = new EnumMap<>(SuggestionKind.class);
        found.forEach(s -> map.merge(s.kind(), 1, Integer::sum));
        return map;
    }
}
