package org.factcheck.ui.internal.annotate;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.events.PaintEvent;
import org.eclipse.swt.events.PaintListener;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.factcheck.core.detectors.ClaimSuggestion;
import org.factcheck.core.detectors.DetectedSuggestion;
import org.factcheck.core.text.CodePointIndex;
import org.factcheck.model.Document;
import org.factcheck.ui.cases.CaseChanges;
import org.factcheck.ui.cases.CaseSession;

/**
 * Draws the suggested claims of a document editor as a dotted underline over the span colours: marks that say "a
 * detector thinks this may be a claim" without looking like a span a person made. Only the visible lines are drawn,
 * so a long list of suggestions costs nothing while scrolled away.
 */
public final class SuggestionMarks implements PaintListener {

    private final StyledText text;
    private final Document document;
    private final Color color;
    private List<int[]> ranges = List.of();
    private final Consumer<Document> boardListener = this::boardChanged;
    private final CaseChanges.Listener changeListener = changes -> update();

    /** Marks the suggestions of {@code document} (shown by {@code text}), kept up to date with the board and the case. */
    SuggestionMarks(StyledText text, Document document, CaseSession session) {
        this.text = text;
        this.document = document;
        this.color = new Color(text.getDisplay(), 200, 90, 0);
        text.addPaintListener(this);
        SuggestionBoard.getDefault().addListener(boardListener);
        session.changes().addListener(changeListener);
        text.addDisposeListener(e -> {
            SuggestionBoard.getDefault().removeListener(boardListener);
            session.changes().removeListener(changeListener);
            color.dispose();
        });
        update();
    }

    private void boardChanged(Document changed) {
        if (changed == document) {
            update();
        }
    }

    /**
     * Shows the suggestions the board has for the document now. After an edit of the case that hides none and shows
     * none (the usual case: no suggestions, or a span elsewhere) nothing is indexed or repainted.
     */
    void update() {
        List<ClaimSuggestion> suggestions = SuggestionBoard.getDefault().visible(document).stream()
                .map(DetectedSuggestion::suggestion).toList();
        if (suggestions.isEmpty() && ranges.isEmpty()) {
            return;
        }
        show(suggestions, CodePointIndex.of(document.getText() == null ? "" : document.getText()));
    }

    /** Shows these suggestions (code point offsets into {@code index}'s text) instead of the ones before. */
    void show(List<ClaimSuggestion> suggestions, CodePointIndex index) {
        List<int[]> before = ranges;
        ranges = suggestions.stream().filter(s -> s.end() <= index.length())
                .map(s -> new int[] { index.toCharIndex(s.start()), index.toCharIndex(s.end()) }).toList();
        if (!text.isDisposed()) {
            redrawChanged(before, ranges);
        }
    }

    /** Repaints the marks that came or went (and only those: the text of a long article is expensive to paint). */
    private void redrawChanged(List<int[]> before, List<int[]> after) {
        java.util.Set<Long> old = new java.util.HashSet<>();
        before.forEach(r -> old.add(key(r)));
        java.util.Set<Long> now = new java.util.HashSet<>();
        after.forEach(r -> now.add(key(r)));
        int length = text.getCharCount();
        for (List<int[]> side : List.of(before, after)) {
            for (int[] range : side) {
                if (old.contains(key(range)) != now.contains(key(range)) && range[0] < length) {
                    int end = Math.min(range[1], length);
                    text.redrawRange(range[0], Math.max(0, end - range[0]), false);
                }
            }
        }
    }

    private static long key(int[] range) {
        return (long) range[0] << 32 | range[1];
    }

    /** The char ranges marked now, as {@code {start, end}}. */
    public List<int[]> marked() {
        return ranges;
    }

    @Override
    public void paintControl(PaintEvent event) {
        if (ranges.isEmpty() || text.getCharCount() == 0) {
            return;
        }
        int firstVisible = text.getLineIndex(0);
        int lastVisible = text.getLineIndex(text.getClientArea().height);
        int from = text.getOffsetAtLine(firstVisible);
        int to = lastVisible + 1 < text.getLineCount() ? text.getOffsetAtLine(lastVisible + 1) : text.getCharCount();
        GC gc = event.gc;
        gc.setForeground(color);
        gc.setLineStyle(SWT.LINE_DOT);
        gc.setLineWidth(2);
        for (int[] range : ranges) {
            int start = Math.max(range[0], from);
            int end = Math.min(range[1], to);
            if (start < end) {
                underline(gc, start, end, start == range[0], end == range[1]);
            }
        }
    }

    /**
     * Underlines chars {@code [start, end)}, one run per visual (wrapped) line; the first and last run stop short of
     * the suggestion's ends, so that two suggestions side by side show as two.
     */
    private void underline(GC gc, int start, int end, boolean first, boolean last) {
        int runStart = start;
        int y = text.getLocationAtOffset(start).y;
        for (int i = start + 1; i <= end; i++) {
            int nextY = i < end ? text.getLocationAtOffset(i).y : Integer.MIN_VALUE;
            if (nextY != y) {
                Rectangle bounds = text.getTextBounds(runStart, i - 1);
                int baseline = bounds.y + bounds.height - 1;
                int from = bounds.x + (first && runStart == start ? 3 : 0);
                int to = bounds.x + bounds.width - (last && i == end ? 3 : 0);
                gc.drawLine(from, baseline, Math.max(from, to), baseline);
                runStart = i;
                y = nextY;
            }
        }
    }
}
