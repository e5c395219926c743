package org.factcheck.core.internal.merge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bitbucket.cowwoc.diffmatchpatch.DiffMatchPatch;

/**
 * Three-way merge of a text by words: the edits from the base to each side (computed by diff-match-patch on the
 * texts as sequences of words, spaces and punctuation marks) are combined when they neither overlap nor touch.
 * Where they do (unless they are the same edit), there is no merge.
 */
public final class TextMerge {

    private static final Pattern TOKEN = Pattern.compile("\\s+|[\\p{L}\\p{N}_]+|.", Pattern.DOTALL);
    /** Tokens are encoded as characters of the private use areas and beyond: at most this many distinct ones. */
    private static final int MAX_TOKENS = 60_000;

    private record Edit(int start, int end, List<String> replacement) {
    }

    private TextMerge() {
    }

    /**
     * Merges two edited versions of a text.
     *
     * @param base   the common ancestor (null counts as empty)
     * @param ours   one side
     * @param theirs the other side
     * @return the merged text, or null if the sides' edits overlap
     */
    public static String merge(String base, String ours, String theirs) {
        String b = base == null ? "" : base;
        String o = ours == null ? "" : ours;
        String t = theirs == null ? "" : theirs;
        if (o.equals(t) || t.equals(b)) {
            return o;
        }
        if (o.equals(b)) {
            return t;
        }
        Map<String, Character> codes = new HashMap<>();
        List<String> tokens = new ArrayList<>();
        List<String> baseTokens = tokenize(b);
        String eb = encode(baseTokens, codes, tokens);
        String eo = encode(tokenize(o), codes, tokens);
        String et = encode(tokenize(t), codes, tokens);
        if (eb == null || eo == null || et == null) {
            return null;
        }
        List<Edit> mine = edits(eb, eo, tokens);
        List<Edit> other = edits(eb, et, tokens);
        List<String> out = new ArrayList<>();
        int pos = 0;
        int i = 0;
        int j = 0;
        while (i < mine.size() || j < other.size()) {
            Edit a = i < mine.size() ? mine.get(i) : null;
            Edit c = j < other.size() ? other.get(j) : null;
            Edit next;
            if (a != null && c != null && a.start() <= c.end() && c.start() <= a.end()) {
                if (!a.equals(c)) {
                    return null;
                }
                next = a;
                i++;
                j++;
            } else if (c == null || a != null && a.start() < c.start()) {
                next = a;
                i++;
            } else {
                next = c;
                j++;
            }
            out.addAll(baseTokens.subList(pos, next.start()));
            out.addAll(next.replacement());
            pos = next.end();
        }
        out.addAll(baseTokens.subList(pos, baseTokens.size()));
        return String.join("", out);
    }

    private static List<String> tokenize(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }

    private static String encode(List<String> words, Map<String, Character> codes, List<String> tokens) {
        StringBuilder encoded = new StringBuilder(words.size());
        for (String word : words) {
            Character code = codes.get(word);
            if (code == null) {
                if (tokens.size() >= MAX_TOKENS) {
                    return null;
                }
                // Skip the surrogate range so that every code is one whole char.
                int c = 0x100 + tokens.size();
                code = (char) (c >= 0xD800 ? c + 0x800 : c);
                codes.put(word, code);
                tokens.add(word);
            }
            encoded.append(code.charValue());
        }
        return encoded.toString();
    }

    /** The edits that turn the base into a side, as token ranges of the base and the tokens that replace them. */
    private static List<Edit> edits(String base, String side, List<String> tokens) {
        DiffMatchPatch dmp = new DiffMatchPatch();
        dmp.diffTimeout = 1f;
        List<Edit> edits = new ArrayList<>();
        int pos = 0;
        int start = -1;
        List<String> replacement = new ArrayList<>();
        for (DiffMatchPatch.Diff diff : dmp.diffMain(base, side, false)) {
            switch (diff.operation) {
                case EQUAL -> {
                    if (start >= 0) {
                        edits.add(new Edit(start, pos, List.copyOf(replacement)));
                        start = -1;
                        replacement.clear();
                    }
                    pos += diff.text.length();
                }
                case DELETE -> {
                    if (start < 0) {
                        start = pos;
                    }
                    pos += diff.text.length();
                }
                case INSERT -> {
                    if (start < 0) {
                        start = pos;
                    }
                    for (char c : diff.text.toCharArray()) {
                        replacement.add(tokens.get((c >= 0xE000 ? c - 0x800 : c) - 0x100));
                    }
                }
            }
        }
        if (start >= 0) {
            edits.add(new Edit(start, pos, List.copyOf(replacement)));
        }
        return edits;
    }
}
