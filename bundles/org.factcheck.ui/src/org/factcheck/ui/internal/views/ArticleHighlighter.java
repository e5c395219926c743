package org.factcheck.ui.internal.views;

import org.eclipse.jface.text.TextPresentation;
import org.eclipse.jface.text.TextViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;
import org.factcheck.core.text.CodePointIndex;
import org.factcheck.model.Document;
import org.factcheck.model.SpanKind;
import org.factcheck.model.TextSpan;

/**
 * Paints an article's spans: claim appearances on yellow, evidence on blue, notes on green; the focused span
 * is boxed, selected and scrolled into view. Span offsets are Unicode code points and are converted to the widget's
 * UTF-16 offsets here.
 */
final class ArticleHighlighter {

    private final TextViewer viewer;
    private final Color claim;
    private final Color evidence;
    private final Color note;
    private final Color focusBorder;

    ArticleHighlighter(TextViewer viewer) {
        this.viewer = viewer;
        Display display = viewer.getTextWidget().getDisplay();
        claim = new Color(display, new RGB(255, 236, 153));
        evidence = new Color(display, new RGB(199, 222, 255));
        note = new Color(display, new RGB(210, 240, 205));
        focusBorder = new Color(display, new RGB(196, 70, 0));
    }

    void highlight(Document document, TextSpan focus) {
        String text = document.getText() == null ? "" : document.getText();
        CodePointIndex index = CodePointIndex.of(text); // one walk over the text, not one per span
        TextPresentation presentation = new TextPresentation();
        for (TextSpan span : document.getAnnotations()) {
            StyleRange range = range(index, span);
            if (range != null) {
                range.background = colour(span.getKind());
                presentation.mergeStyleRange(range);
            }
        }
        if (focus != null && focus.getDocument() == document) {
            StyleRange range = range(index, focus);
            if (range != null) {
                int start = range.start; // mergeStyleRange below consumes the range it is given
                int end = range.start + range.length;
                range.borderStyle = SWT.BORDER_SOLID;
                range.borderColor = focusBorder;
                range.fontStyle = SWT.BOLD;
                presentation.mergeStyleRange(range);
                viewer.changeTextPresentation(presentation, true);
                // StyledText.setSelection scrolls the selection into view as well.
                viewer.getTextWidget().setSelection(start, end);
                return;
            }
        }
        viewer.changeTextPresentation(presentation, true);
    }

    private static StyleRange range(CodePointIndex index, TextSpan span) {
        if (span.getStart() < 0 || span.getEnd() > index.length() || span.getEnd() <= span.getStart()
                || span.getAnchorStatus() == org.factcheck.model.AnchorStatus.ORPHANED) {
            return null;
        }
        int start = index.toCharIndex(span.getStart());
        int end = index.toCharIndex(span.getEnd());
        StyleRange range = new StyleRange();
        range.start = start;
        range.length = end - start;
        return range;
    }

    private Color colour(SpanKind kind) {
        if (kind == SpanKind.EVIDENCE) {
            return evidence;
        }
        return kind == SpanKind.NOTE ? note : claim;
    }

    void dispose() {
        claim.dispose();
        evidence.dispose();
        note.dispose();
        focusBorder.dispose();
    }
}
