package org.factcheck.ui.internal.annotate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.factcheck.model.TextSpan;
import org.factcheck.ui.internal.annotate.SpanIndex.Entry;

/**
 * Paints spans as the text widget's style ranges. Overlapping spans are cut into segments: each segment takes the
 * colour of the shortest span over it, darker with every further span, and is underlined in the colour of another
 * kind when spans of different kinds overlap. Spans of the claim in focus are boxed; spans that re-anchoring placed
 * on similar words get a wavy underline until they are reviewed.
 * <p>
 * Only the part of the text that changed is repainted: {@link #changed} compares two indexes.
 */
final class SpanHighlighter {

    private final StyledText text;
    private final SpanStyles styles;

    SpanHighlighter(StyledText text, SpanStyles styles) {
        this.text = text;
        this.styles = styles;
    }

    /** Replaces the styles of {@code [start, end)} with those of the spans of {@code index}. */
    void paint(SpanIndex index, Set<TextSpan> focus, int start, int end) {
        int from = Math.max(0, start);
        int to = Math.min(text.getCharCount(), end);
        if (from >= to) {
            return;
        }
        StyleRange[] ranges = segments(index.overlapping(from, to), focus, from, to);
        if (from == 0 && to == text.getCharCount()) {
            text.setStyleRanges(ranges); // the whole text: no merging with the styles there were
        } else {
            text.replaceStyleRanges(from, to - from, ranges);
        }
    }

    /**
     * Cuts the spans into segments between their boundaries (a sweep over the sorted boundaries) and styles each
     * segment by the spans over it. The shortest span over a segment is found with a heap of span numbers ordered by
     * length, from which spans that have ended are dropped lazily.
     */
    private StyleRange[] segments(List<Entry> spans, Set<TextSpan> focus, int from, int to) {
        int n = spans.size();
        // events: 2 per span, position << 32 | span number << 1 | (1 for a start); order within a position is irrelevant
        long[] events = new long[2 * n];
        for (int i = 0; i < n; i++) {
            Entry e = spans.get(i);
            events[2 * i] = ((long) Math.min(e.end(), to) << 32) | ((long) i << 1);
            events[2 * i + 1] = ((long) Math.max(e.start(), from) << 32) | ((long) i << 1) | 1;
        }
        Arrays.sort(events);
        List<StyleRange> ranges = new ArrayList<>(2 * n);
        boolean[] active = new boolean[n];
        int[] heap = new int[n];
        int heapSize = 0;
        int depth = 0;
        int[] perStyle = new int[SpanStyles.COUNT];
        int focused = 0;
        int approximate = 0;
        int position = from;
        for (long event : events) {
            int at = (int) (event >>> 32);
            if (at > position && depth > 0) {
                while (!active[heap[0]]) {
                    heapSize = pop(heap, heapSize, spans);
                }
                StyleRange range = range(position, at, spans.get(heap[0]).style(), depth, perStyle, focused > 0);
                if (approximate > 0) { // placed on similar words by re-anchoring: to be reviewed
                    range.underline = true;
                    range.underlineStyle = SWT.UNDERLINE_SQUIGGLE;
                    range.underlineColor = styles.strong(spans.get(heap[0]).style());
                }
                ranges.add(range);
            }
            position = Math.max(position, at);
            int i = (int) (event & 0xFFFFFFFFL) >>> 1;
            Entry e = spans.get(i);
            int delta = (event & 1) == 1 ? 1 : -1;
            if (delta > 0) {
                active[i] = true;
                heapSize = push(heap, heapSize, i, spans);
            } else {
                active[i] = false;
            }
            depth += delta;
            perStyle[e.style()] += delta;
            if (focus.contains(e.span())) {
                focused += delta;
            }
            if (e.approximate()) {
                approximate += delta;
            }
        }
        return ranges.toArray(StyleRange[]::new);
    }

    private static boolean shorter(int a, int b, List<Entry> spans) {
        int la = spans.get(a).length();
        int lb = spans.get(b).length();
        return la < lb || la == lb && a < b;
    }

    private static int push(int[] heap, int size, int item, List<Entry> spans) {
        int at = size;
        heap[at] = item;
        while (at > 0 && shorter(heap[at], heap[(at - 1) / 2], spans)) {
            int parent = (at - 1) / 2;
            int swap = heap[at];
            heap[at] = heap[parent];
            heap[parent] = swap;
            at = parent;
        }
        return size + 1;
    }

    private static int pop(int[] heap, int size, List<Entry> spans) {
        int last = size - 1;
        heap[0] = heap[last];
        int at = 0;
        while (true) {
            int left = 2 * at + 1;
            int right = left + 1;
            int smallest = at;
            if (left < last && shorter(heap[left], heap[smallest], spans)) {
                smallest = left;
            }
            if (right < last && shorter(heap[right], heap[smallest], spans)) {
                smallest = right;
            }
            if (smallest == at) {
                return last;
            }
            int swap = heap[at];
            heap[at] = heap[smallest];
            heap[smallest] = swap;
            at = smallest;
        }
    }

    private StyleRange range(int start, int end, int inner, int depth, int[] perStyle, boolean focused) {
        StyleRange range = new StyleRange(start, end - start, null, styles.background(inner, depth));
        if (perStyle[SpanStyles.BOILERPLATE] > 0) { // not the article: greyed and struck through, still legible
            range.foreground = styles.strong(SpanStyles.BOILERPLATE);
            range.strikeout = true;
        }
        for (int style = 0; style < perStyle.length; style++) {
            if (style != inner && style != SpanStyles.BOILERPLATE && perStyle[style] > 0) {
                range.underline = true;
                range.underlineStyle = SWT.UNDERLINE_SINGLE;
                range.underlineColor = styles.strong(style);
                break;
            }
        }
        if (focused) {
            range.borderStyle = SWT.BORDER_SOLID;
            range.borderColor = text.getDisplay().getSystemColor(SWT.COLOR_BLACK);
            range.fontStyle = SWT.BOLD;
        }
        return range;
    }

    /**
     * Repaints the spans whose box differs between two focus sets, each span on its own: one region from the first
     * to the last of them would restyle all the text between (most of the article when the box moves from a span
     * near its start to one near its end, as the editor's caret does).
     */
    void paintFocusChange(SpanIndex index, Set<TextSpan> before, Set<TextSpan> after) {
        for (Set<TextSpan> spans : List.of(before, after)) {
            for (TextSpan span : spans) {
                Entry entry = index.entry(span);
                if (entry != null && before.contains(span) != after.contains(span)) {
                    paint(index, after, entry.start(), entry.end());
                }
            }
        }
    }
}
