package org.factcheck.ui.internal.annotate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.factcheck.model.TextSpan;
import org.factcheck.ui.internal.annotate.SpanIndex.Entry;

/**
 * Paints spans as the text widget's style ranges. Overlapping spans are cut into segments: each segment takes the
 * colour of the shortest span over it, darker with every further span, and is underlined in the colour of another
 * kind when spans of different kinds overlap. Spans of the claim in focus are boxed.
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
        text.replaceStyleRanges(from, to - from, ranges);
    }

    private StyleRange[] segments(List<Entry> spans, Set<TextSpan> focus, int from, int to) {
        int n = spans.size();
        // events: 2 per span, position * 2 + (0 for an end, 1 for a start), so that ends come first
        long[] events = new long[2 * n];
        for (int i = 0; i < n; i++) {
            Entry e = spans.get(i);
            events[2 * i] = ((long) Math.min(e.end(), to) << 32) | ((long) i << 1);
            events[2 * i + 1] = ((long) Math.max(e.start(), from) << 32) | ((long) i << 1) | 1;
        }
        Arrays.sort(events, 0, events.length);
        List<StyleRange> ranges = new ArrayList<>(2 * n);
        // the spans over the current position, by index into spans, shortest first
        TreeSet<Integer> active = new TreeSet<>(Comparator.comparingInt((Integer i) -> spans.get(i).length())
                .thenComparingInt(i -> i));
        int[] perStyle = new int[SpanStyles.COUNT];
        int focused = 0;
        int position = from;
        for (long event : events) {
            int at = (int) (event >>> 32);
            if (at > position && !active.isEmpty()) {
                ranges.add(range(position, at, spans.get(active.first()).style(), active.size(), perStyle, focused > 0));
            }
            position = Math.max(position, at);
            int i = (int) (event & 0xFFFFFFFFL) >>> 1;
            Entry e = spans.get(i);
            int delta = (event & 1) == 1 ? 1 : -1;
            if (delta > 0) {
                active.add(i);
            } else {
                active.remove(i);
            }
            perStyle[e.style()] += delta;
            if (focus.contains(e.span())) {
                focused += delta;
            }
        }
        return ranges.toArray(StyleRange[]::new);
    }

    private StyleRange range(int start, int end, int inner, int depth, int[] perStyle, boolean focused) {
        StyleRange range = new StyleRange(start, end - start, null, styles.background(inner, depth));
        for (int style = 0; style < perStyle.length; style++) {
            if (style != inner && perStyle[style] > 0) {
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
     * The char range in which two indexes (and focus sets) differ, as {@code {start, end}}, or {@code null} if they
     * paint the same.
     */
    static int[] changed(SpanIndex before, Set<TextSpan> focusBefore, SpanIndex after, Set<TextSpan> focusAfter) {
        int[] region = { Integer.MAX_VALUE, Integer.MIN_VALUE };
        for (Entry now : after.entries()) {
            Entry was = before.entry(now.span());
            boolean focusChanged = focusBefore.contains(now.span()) != focusAfter.contains(now.span());
            if (was == null || was.start() != now.start() || was.end() != now.end() || was.style() != now.style()
                    || focusChanged) {
                include(region, now);
                if (was != null) {
                    include(region, was);
                }
            }
        }
        for (Entry was : before.entries()) {
            if (after.entry(was.span()) == null) {
                include(region, was);
            }
        }
        return region[0] <= region[1] ? region : null;
    }

    private static void include(int[] region, Entry entry) {
        region[0] = Math.min(region[0], entry.start());
        region[1] = Math.max(region[1], entry.end());
    }
}
