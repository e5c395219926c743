package org.factcheck.ui.internal.annotate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.factcheck.core.text.CodePointIndex;
import org.factcheck.model.AnchorStatus;
import org.factcheck.model.Document;
import org.factcheck.model.TextSpan;

/**
 * The placed spans of a document in the editor's char offsets, sorted by start: what is highlighted, and what
 * lies under the caret. Orphaned spans and spans whose offsets do not fit the text are not placed.
 */
final class SpanIndex {

    /** A span at char offsets {@code [start, end)} with its {@link SpanStyles} style. */
    record Entry(TextSpan span, int start, int end, int style) {
        int length() {
            return end - start;
        }
    }

    static final SpanIndex EMPTY = new SpanIndex(new Entry[0]);

    private final Entry[] entries;
    private final Map<TextSpan, Entry> bySpan = new IdentityHashMap<>();

    private SpanIndex(Entry[] entries) {
        this.entries = entries;
        for (Entry entry : entries) {
            bySpan.put(entry.span(), entry);
        }
    }

    static SpanIndex of(Document document, CodePointIndex text, SpanRoles roles) {
        List<Entry> placed = new ArrayList<>(document.getAnnotations().size());
        for (TextSpan span : document.getAnnotations()) {
            if (span.getAnchorStatus() != AnchorStatus.ORPHANED && span.getStart() >= 0 && span.getStart() < span.getEnd()
                    && span.getEnd() <= text.length()) {
                placed.add(new Entry(span, text.toCharIndex(span.getStart()), text.toCharIndex(span.getEnd()),
                        SpanStyles.styleOf(span, roles.evidenceOf(span))));
            }
        }
        Entry[] sorted = placed.toArray(Entry[]::new);
        Arrays.sort(sorted, Comparator.comparingInt(Entry::start).thenComparing(Comparator.comparingInt(Entry::end).reversed()));
        return new SpanIndex(sorted);
    }

    int size() {
        return entries.length;
    }

    Entry entry(TextSpan span) {
        return bySpan.get(span);
    }

    Entry[] entries() {
        return entries;
    }

    /** The entries that overlap {@code [start, end)}; for an empty range, the entries that contain {@code start}. */
    List<Entry> overlapping(int start, int end) {
        List<Entry> found = new ArrayList<>();
        int last = firstStartingAtOrAfter(Math.max(end, start + 1));
        for (int i = 0; i < last; i++) {
            if (entries[i].end() > start) {
                found.add(entries[i]);
            }
        }
        return found;
    }

    /** The innermost (shortest) entries under {@code offset} first. */
    List<Entry> at(int offset) {
        List<Entry> found = overlapping(offset, offset);
        found.sort(Comparator.comparingInt(Entry::length));
        return found;
    }

    /** The index of the first entry that starts at or after {@code offset}. */
    private int firstStartingAtOrAfter(int offset) {
        int low = 0;
        int high = entries.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (entries[mid].start() < offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
