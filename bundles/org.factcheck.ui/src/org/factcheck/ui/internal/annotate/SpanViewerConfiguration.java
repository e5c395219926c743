package org.factcheck.ui.internal.annotate;

import java.util.List;

import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.IUndoManager;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.presentation.IPresentationReconciler;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.source.SourceViewerConfiguration;
import org.factcheck.ui.internal.annotate.SpanIndex.Entry;

/**
 * The document editor's viewer: no syntax colouring (the highlights are the spans'), no undo of typing (the text is
 * read-only; Undo is the case's), and a hover that tells what the spans under the mouse are attached to.
 */
final class SpanViewerConfiguration extends SourceViewerConfiguration {

    private final DocumentEditor editor;

    SpanViewerConfiguration(DocumentEditor editor) {
        this.editor = editor;
    }

    @Override
    public IPresentationReconciler getPresentationReconciler(ISourceViewer sourceViewer) {
        return null;
    }

    @Override
    public IUndoManager getUndoManager(ISourceViewer sourceViewer) {
        return null;
    }

    @Override
    public ITextHover getTextHover(ISourceViewer sourceViewer, String contentType) {
        return new ITextHover() {
            @Override
            @SuppressWarnings("deprecation")
            public String getHoverInfo(ITextViewer textViewer, IRegion region) {
                StringBuilder info = new StringBuilder();
                for (Entry entry : editor.spansAt(region.getOffset())) {
                    info.append(info.length() > 0 ? "\n\n" : "").append(ClaimText.describe(entry.span(), editor.roles()));
                }
                return info.length() == 0 ? null : info.toString();
            }

            @Override
            public IRegion getHoverRegion(ITextViewer textViewer, int offset) {
                List<Entry> here = editor.spansAt(offset);
                return here.isEmpty() ? new Region(offset, 0) : new Region(here.get(0).start(), here.get(0).length());
            }
        };
    }
}
