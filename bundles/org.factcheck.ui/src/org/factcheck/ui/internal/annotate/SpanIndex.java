package org.factcheck.ui.internal.annotate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.factcheck.core.text.CodePointIndex;
import org.factcheck.model.AnchorStatus;
import org.factcheck.model.Document;
import org.factcheck.model.Evidence;
import org.factcheck.model.TextSpan;

/**
 * The placed spans of a document in the editor's char offsets, sorted by start: what is highlighted, and what
 * lies under the caret. Orphaned spans and spans whose offsets do not fit the text are not placed. Kept up to date
 * span by span ({@link #update}), so a change costs time in proportion to its size.
 */
final class SpanIndex {

    /**
     * A span at char offsets {@code [start, end)} with its {@link SpanStyles} style; {@code approximate} when
     * re-anchoring placed it on similar rather than identical words.
     */
    record Entry(TextSpan span, int start, int end, int style, boolean approximate) {
        int length() {
            return end - start;
        }
    }

    /** What an update replaced: the entries taken out and the entries put in. */
    record Change(List<Entry> removed, List<Entry> added) {
        boolean isEmpty() {
            return removed.isEmpty() && added.isEmpty();
        }

        /** The char range the change touches as {@code {start, end}}, or {@code null}. */
        int[] region() {
            int start = Integer.MAX_VALUE;
            int end = Integer.MIN_VALUE;
            for (List<Entry> entries : List.of(removed, added)) {
                for (Entry entry : entries) {
                    start = Math.min(start, entry.start());
                    end = Math.max(end, entry.end());
                }
            }
            return start <= end ? new int[] { start, end } : null;
        }
    }

    private static final Comparator<Entry> ORDER = Comparator.comparingInt(Entry::start)
            .thenComparing(Comparator.comparingInt(Entry::end).reversed());

    private final ArrayList<Entry> entries;
    private final Map<TextSpan, Entry> bySpan = new IdentityHashMap<>();
    private final Document document;
    private final CodePointIndex text;
    /** No entry is longer than this, so a search for overlaps can start this far before a range. */
    private int longest;

    private SpanIndex(Document document, CodePointIndex text, ArrayList<Entry> entries) {
        this.document = document;
        this.text = text;
        this.entries = entries;
        for (Entry entry : entries) {
            bySpan.put(entry.span(), entry);
            longest = Math.max(longest, entry.length());
        }
    }

    static SpanIndex empty() {
        return new SpanIndex(null, CodePointIndex.of(""), new ArrayList<>());
    }

    /** Indexes every placed span of {@code document}, whose text {@code text} indexes. */
    static SpanIndex of(Document document, CodePointIndex text, Function<TextSpan, Evidence> evidence) {
        ArrayList<Entry> placed = new ArrayList<>(document.getAnnotations().size());
        for (TextSpan span : document.getAnnotations()) {
            Entry entry = place(document, text, span, evidence);
            if (entry != null) {
                placed.add(entry);
            }
        }
        placed.sort(ORDER);
        return new SpanIndex(document, text, placed);
    }

    /** The entry of a span of {@code document}, or {@code null} if it is not in the document or cannot be placed. */
    private static Entry place(Document document, CodePointIndex text, TextSpan span, Function<TextSpan, Evidence> evidence) {
        if (span.getDocument() != document || span.getAnchorStatus() == AnchorStatus.ORPHANED || span.getStart() < 0
                || span.getStart() >= span.getEnd() || span.getEnd() > text.length()) {
            return null;
        }
        return new Entry(span, text.toCharIndex(span.getStart()), text.toCharIndex(span.getEnd()),
                SpanStyles.styleOf(span, evidence.apply(span)), span.getAnchorStatus() == AnchorStatus.FUZZY);
    }

    /** Re-places {@code spans} (added, removed or changed ones); returns what changed. */
    Change update(Collection<TextSpan> spans, Function<TextSpan, Evidence> evidence) {
        List<Entry> removed = new ArrayList<>();
        List<Entry> added = new ArrayList<>();
        for (TextSpan span : spans) {
            Entry before = bySpan.get(span);
            Entry after = place(document, text, span, evidence);
            if (before != null && before.equals(after)) {
                continue;
            }
            if (before != null) {
                bySpan.remove(span);
                entries.remove(indexOf(before));
                removed.add(before);
            }
            if (after != null) {
                int at = insertionPoint(after);
                entries.add(at, after);
                bySpan.put(span, after);
                longest = Math.max(longest, after.length());
                added.add(after);
            }
        }
        return new Change(removed, added);
    }

    private int indexOf(Entry entry) {
        for (int i = firstStartingAtOrAfter(entry.start()); i < entries.size(); i++) {
            if (entries.get(i) == entry) {
                return i;
            }
        }
        throw new IllegalStateException("span index out of order");
    }

    private int insertionPoint(Entry entry) {
        int low = 0;
        int high = entries.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (ORDER.compare(entries.get(mid), entry) < 0) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    int size() {
        return entries.size();
    }

    Entry entry(TextSpan span) {
        return bySpan.get(span);
    }

    List<Entry> entries() {
        return entries;
    }

    /** The entries that overlap {@code [start, end)}; for an empty range, the entries that contain {@code start}. */
    List<Entry> overlapping(int start, int end) {
        List<Entry> found = new ArrayList<>();
        int last = firstStartingAtOrAfter(Math.max(end, start + 1));
        for (int i = firstStartingAtOrAfter(start - longest); i < last; i++) {
            Entry entry = entries.get(i);
            if (entry.end() > start) {
                found.add(entry);
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

    /**
     * The innermost entry that holds all of {@code [start, end)} when the range is not empty; else, or when none holds
     * it, the innermost entry under {@code start}; null if there is none.
     */
    Entry innermost(int start, int end) {
        if (end > start) {
            Entry holding = overlapping(start, end).stream().filter(e -> e.start() <= start && e.end() >= end)
                    .min(Comparator.comparingInt(Entry::length)).orElse(null);
            if (holding != null) {
                return holding;
            }
        }
        List<Entry> here = at(start);
        return here.isEmpty() ? null : here.get(0);
    }

    /** The first entry that starts after {@code offset} (forward), or the last that starts before it; null if none. */
    Entry next(int offset, boolean forward) {
        int i = forward ? firstStartingAtOrAfter(offset + 1) : firstStartingAtOrAfter(offset) - 1;
        return i >= 0 && i < entries.size() ? entries.get(i) : null;
    }

    /** The index of the first entry that starts at or after {@code offset}. */
    private int firstStartingAtOrAfter(int offset) {
        int low = 0;
        int high = entries.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (entries.get(mid).start() < offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
