package org.factcheck.testing.detector;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.factcheck.core.detectors.ClaimDetector;
import org.factcheck.core.detectors.ClaimSuggestion;
import org.factcheck.core.detectors.DetectionRequest;
import org.factcheck.core.detectors.SuggestionKind;
import org.factcheck.model.Actor;

/**
 * A deliberately simple, predictable detector for tests of the suggestion plumbing, contributed through the public
 * extension point only. Per sentence (split after . ! ? followed by white space): a quotation in “…” or "…" followed
 * within a few words by "said NAME" or "NAME said" is a direct quote; a sentence with "NAME said" (NAME capitalised)
 * is indirect speech; any other sentence with a digit is check-worthy. Speakers are matched to the request's actors by
 * name, alias or surname. It honours the excluded regions and the monitor.
 */
public final class TestClaimDetector implements ClaimDetector {

    private static final Pattern SENTENCE = Pattern.compile("[^\\s][^\\n]*?(?:[.!?](?=\\s|$)|(?=\\n)|$)");
    private static final String NAME = "((?:\\p{Lu}[\\p{L}'’-]+)(?:\\s+\\p{Lu}[\\p{L}'’-]+){0,2})";
    private static final Pattern QUOTE_THEN_SPEAKER = Pattern.compile(
            "([“\"])([^”\"]{12,})([”\"]),?\\s+(?:said|says|told \\w+)\\s+" + NAME + "|([“\"])([^”\"]{12,})([”\"]),?\\s+"
                    + NAME + "\\s+(?:said|says)");
    private static final Pattern NAME_SAID = Pattern.compile(NAME + "\\s+(?:said|says|told reporters|added)\\b");

    @Override
    public List<ClaimSuggestion> detect(DetectionRequest request) {
        String text = request.text();
        List<ClaimSuggestion> found = new ArrayList<>();
        Matcher sentences = SENTENCE.matcher(text);
        while (sentences.find()) {
            if (request.monitor().isCanceled()) {
                break;
            }
            int start = cp(text, sentences.start());
            int end = cp(text, sentences.end());
            if (end <= start || request.excluded().stream().anyMatch(r -> r.overlaps(start, end))) {
                continue;
            }
            sentence(request, text, sentences.start(), sentences.group(), found);
        }
        return found;
    }

    private static void sentence(DetectionRequest request, String text, int at, String sentence, List<ClaimSuggestion> found) {
        Matcher quote = QUOTE_THEN_SPEAKER.matcher(sentence);
        if (quote.find()) {
            boolean first = quote.group(1) != null;
            int from = at + quote.start(first ? 1 : 5);
            int to = at + quote.end(first ? 3 : 7);
            String name = quote.group(first ? 4 : 8);
            found.add(ClaimSuggestion.builder(cp(text, from), cp(text, to), SuggestionKind.DIRECT_QUOTE)
                    .statement(quote.group(first ? 2 : 6)).speakerName(name).speaker(match(request, name).orElse(null))
                    .score(0.9).reason("quotation marks followed by a verb of saying and a name").build());
            return;
        }
        Matcher said = NAME_SAID.matcher(sentence);
        if (said.find() && !said.group(1).equals("He") && !said.group(1).equals("She")) {
            String name = said.group(1);
            found.add(ClaimSuggestion.builder(cp(text, at), cp(text, at + sentence.length()), SuggestionKind.INDIRECT_SPEECH)
                    .speakerName(name).speaker(match(request, name).orElse(null)).score(0.7)
                    .reason("“" + name + " said” without quotation marks").build());
            return;
        }
        if (sentence.chars().anyMatch(Character::isDigit) && sentence.length() > 20) {
            found.add(ClaimSuggestion.builder(cp(text, at), cp(text, at + sentence.length()), SuggestionKind.CHECK_WORTHY)
                    .score(0.4).reason("a statement with a number").build());
        }
    }

    /** The actor whose name, alias or surname (last word of the name) ends the speaker name found, if any. */
    private static Optional<Actor> match(DetectionRequest request, String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        for (Actor actor : request.actors()) {
            List<String> names = new ArrayList<>(actor.getAliases());
            if (actor.getName() != null) {
                names.add(actor.getName());
                String[] words = actor.getName().split("\\s+");
                names.add(words[words.length - 1]);
            }
            if (names.stream().anyMatch(n -> !n.isBlank() && wanted.endsWith(n.toLowerCase(Locale.ROOT)))) {
                return Optional.of(actor);
            }
        }
        return Optional.empty();
    }

    private static int cp(String text, int charIndex) {
        return text.codePointCount(0, charIndex);
    }
}
