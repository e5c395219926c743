package org.factcheck.core.internal.suggestions;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.factcheck.core.detectors.ClaimSuggestion;
import org.factcheck.core.detectors.CodePointRange;
import org.factcheck.core.detectors.DetectedSuggestion;
import org.factcheck.core.detectors.DetectionRequest;
import org.factcheck.core.detectors.SuggestionKind;
import org.factcheck.core.text.CodePoints;
import org.factcheck.model.Actor;
import org.factcheck.model.CaseFactory;
import org.factcheck.model.CaseFile;
import org.factcheck.model.DismissedSuggestion;
import org.factcheck.model.Document;
import org.factcheck.model.SpanKind;
import org.factcheck.model.TextSpan;

/**
 * The rules between the detectors and the case: what a detector is asked for a document, and which of its
 * suggestions a person sees. A suggestion is hidden when it was dismissed before (recognised by its text, see
 * {@link DismissedSuggestion#matches(String)}), when it overlaps a claim appearance (the claim is already there) or a
 * comment / boilerplate region, or when it lies outside the text. Pure functions of the model; call them on the thread
 * that owns the case.
 */
public final class CaseSuggestions {

    private CaseSuggestions() {
    }

    /** The comment / boilerplate regions of a document, in text order. */
    public static List<CodePointRange> excluded(Document document) {
        return document.getAnnotations().stream().filter(s -> s.getKind() == SpanKind.BOILERPLATE)
                .filter(s -> s.getStart() >= 0 && s.getEnd() >= s.getStart())
                .sorted(Comparator.comparingInt(TextSpan::getStart))
                .map(s -> new CodePointRange(s.getStart(), s.getEnd())).toList();
    }

    /**
     * The request for a document: its text, language and case actors, its boilerplate excluded. Build it on the thread
     * that owns the case; the request copies what it needs, so a detector may then run on any thread.
     */
    public static DetectionRequest request(Document document, IProgressMonitor monitor) {
        return DetectionRequest.builder(document).excluded(excluded(document)).monitor(monitor).build();
    }

    /**
     * The suggestions to show, in text order (then longest first), without those that are hidden and without
     * duplicates (the same range and kind from two detectors: the higher score is kept).
     */
    public static List<DetectedSuggestion> visible(Document document, Collection<DetectedSuggestion> suggestions) {
        Map<String, DetectedSuggestion> kept = new LinkedHashMap<>();
        for (DetectedSuggestion d : suggestions) {
            ClaimSuggestion s = d == null ? null : d.suggestion();
            if (s != null && !hidden(document, s)) {
                kept.merge(s.start() + ":" + s.end() + ":" + s.kind(), d,
                        (a, b) -> a.suggestion().score() >= b.suggestion().score() ? a : b);
            }
        }
        List<DetectedSuggestion> sorted = new ArrayList<>(kept.values());
        sorted.sort(Comparator.comparingInt((DetectedSuggestion d) -> d.suggestion().start())
                .thenComparing(Comparator.comparingInt((DetectedSuggestion d) -> d.suggestion().end()).reversed()));
        return sorted;
    }

    /** Whether a suggestion is not to be shown (see the class comment). */
    public static boolean hidden(Document document, ClaimSuggestion s) {
        String text = text(document, s);
        if (text == null) {
            return true;
        }
        for (TextSpan span : document.getAnnotations()) {
            boolean blocks = span.getKind() == SpanKind.CLAIM_APPEARANCE || span.getKind() == SpanKind.BOILERPLATE;
            if (blocks && span.getStart() < s.end() && s.start() < span.getEnd()) {
                return true;
            }
        }
        return dismissal(document, text).isPresent();
    }

    /** The dismissal that hides a passage of this text, if any. */
    public static Optional<DismissedSuggestion> dismissal(Document document, String passage) {
        return document.getDismissedSuggestions().stream().filter(d -> d.matches(passage)).findFirst();
    }

    /** The suggested passage of the document's text, or {@code null} if the suggestion lies outside it. */
    public static String text(Document document, ClaimSuggestion s) {
        String text = document.getText() == null ? "" : document.getText();
        if (s.start() < 0 || s.end() <= s.start() || s.end() > CodePoints.length(text)) {
            return null;
        }
        return CodePoints.substring(text, s.start(), s.end());
    }

    /** The statement a claim made from the suggestion gets: the detector's, else the passage without its quote marks. */
    public static String statement(Document document, ClaimSuggestion s) {
        if (s.statement() != null) {
            return s.statement();
        }
        String text = text(document, s);
        return text == null ? "" : text.strip().replaceAll("^[\"“”„«»‘’‚']+|[\"“”„«»‘’‚',;:]+$", "").strip();
    }

    /**
     * Who made the suggested statement: the actor the detector matched, else the case's actor whose name or alias is
     * the detector's speaker name (ignoring case), else nothing.
     */
    public static Optional<Actor> speaker(CaseFile caseFile, ClaimSuggestion s) {
        if (s.speaker().isPresent() && caseFile.getActors().contains(s.speaker().get())) {
            return s.speaker();
        }
        if (s.speakerName() == null) {
            return Optional.empty();
        }
        String wanted = s.speakerName().strip().toLowerCase(Locale.ROOT);
        return caseFile.getActors().stream().filter(a -> names(a).contains(wanted)).findFirst();
    }

    private static List<String> names(Actor actor) {
        List<String> names = new ArrayList<>();
        if (actor.getName() != null) {
            names.add(actor.getName().strip().toLowerCase(Locale.ROOT));
        }
        actor.getAliases().stream().filter(a -> a != null).map(a -> a.strip().toLowerCase(Locale.ROOT)).forEach(names::add);
        return names;
    }

    /**
     * Whether a speaker name a detector found looks like a person's name, so that a new person may be made for it:
     * one to five words, each capitalised (name particles such as von, de, al allowed), not starting with an article.
     * "Jens Stoltenberg" does; "the British Ministry of Defense" and "a military spokesman" do not.
     */
    public static boolean looksLikeName(String speaker) {
        if (speaker == null || speaker.isBlank()) {
            return false;
        }
        String[] words = speaker.strip().split("\\s+");
        if (words.length > 5 || Set.of("a", "an", "the").contains(words[0].toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (String word : words) {
            if (!Character.isUpperCase(word.codePointAt(0)) && !PARTICLES.contains(word)) {
                return false;
            }
        }
        return true;
    }

    private static final Set<String> PARTICLES = Set.of("von", "van", "der", "den", "de", "da", "del", "di", "du",
            "la", "le", "al", "bin", "ibn");

    /** A new dismissal of a suggestion (not yet added to the document). */
    public static DismissedSuggestion newDismissal(Document document, ClaimSuggestion s) {
        DismissedSuggestion d = CaseFactory.eINSTANCE.createDismissedSuggestion();
        d.setStart(s.start());
        d.setEnd(s.end());
        d.setExact(text(document, s));
        d.setKind(s.kind().name());
        d.setStatement(statement(document, s));
        d.setDismissed(Instant.now().truncatedTo(ChronoUnit.MILLIS));
        return d;
    }

    /** The kind in one word for people and the command line: direct, indirect or check-worthy. */
    public static String word(SuggestionKind kind) {
        return switch (kind) {
        case DIRECT_QUOTE -> "direct";
        case INDIRECT_SPEECH -> "indirect";
        case CHECK_WORTHY -> "check-worthy";
        default -> kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
        };
    }
}
