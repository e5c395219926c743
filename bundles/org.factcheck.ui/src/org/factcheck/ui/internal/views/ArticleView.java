package org.factcheck.ui.internal.views;

import java.util.List;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.jface.resource.FontDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.text.TextViewer;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.part.ViewPart;
import org.factcheck.model.Document;
import org.factcheck.model.TextSpan;
import org.factcheck.ui.cases.CaseChanges;
import org.factcheck.ui.cases.CaseSession;
import org.factcheck.ui.cases.CaseSessions;
import org.factcheck.ui.internal.annotate.ArticlePainter;

/**
 * Read-only view of the article behind the current selection (a document, one of its spans, a claim that
 * appears in it, or evidence quoted from it), with every annotated span highlighted in the document editor's colours
 * (evidence by stance) and the selected span boxed and revealed; it follows the article's edits. The text cannot be edited here: offsets of spans refer to exactly this text.
 */
public final class ArticleView extends ViewPart {

    public static final String ID = "org.factcheck.ui.articleView";

    private Composite area;
    private Label heading;
    private Label details;
    private TextViewer viewer;
    private ArticlePainter painter;
    private Document shown;
    private CaseSession followed;
    private final ISelectionListener listener = this::selectionChanged;
    /** The heading and byline the view was last laid out for. */
    private String headingShown = "";
    private String detailsShown = "";
    /** Counts the reveals asked for: one still measuring lines gives way to the next, or to a click in the text. */
    private int reveals;
    /** How many lines of the article a reveal measures between two events. */
    static final int LINES_PER_STEP = 100;
    private org.factcheck.ui.internal.annotate.StackActions stackActions;
    private final CaseChanges.Listener changeListener = this::caseChanged;
    private final CaseSessions.Listener sessionListener = new CaseSessions.Listener() {
        @Override
        public void closed(CaseSession session) {
            if (session == followed) {
                show(null, null);
            }
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        area = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 10;
        layout.marginHeight = 8;
        area.setLayout(layout);
        heading = new Label(area, SWT.WRAP);
        heading.setFont(JFaceResources.getHeaderFont());
        heading.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        details = new Label(area, SWT.WRAP);
        details.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        // the text viewer comes with the first article shown: until then the view is only its hint (the workbench
        // starts with this view open and nothing selected, and the text widget is a good part of what it would load)
        stackActions = new org.factcheck.ui.internal.annotate.StackActions(getViewSite().getActionBars());
        show(null, null);
        getSite().getWorkbenchWindow().getSelectionService().addPostSelectionListener(listener);
        CaseSessions.getDefault().addListener(sessionListener);
    }

    /** The read-only text of the article, made on first use, shown only while an article is. */
    private TextViewer viewer(boolean visible) {
        boolean made = false;
        if (viewer == null) {
            if (!visible) {
                return null;
            }
            made = true;
            viewer = new TextViewer(area, SWT.V_SCROLL | SWT.WRAP | SWT.READ_ONLY | SWT.BORDER);
            viewer.setEditable(false);
            StyledText text = viewer.getTextWidget();
            text.setLeftMargin(8);
            text.setRightMargin(8);
            text.setTopMargin(6);
            text.setLineSpacing(3);
            // Articles are prose: a proportional font, a little larger than the UI's, reads best.
            LocalResourceManager resources = new LocalResourceManager(JFaceResources.getResources(), text);
            text.setFont(resources.create(FontDescriptor.createFrom(JFaceResources.getDefaultFont()).increaseHeight(1)));
            GridData fill = new GridData(SWT.FILL, SWT.FILL, true, true);
            // the text takes the room the view gives it; without hints every layout of the view would measure the
            // whole wrapped article (seconds for a 1 MB article, after every caret move in its editor)
            fill.widthHint = 1;
            fill.heightHint = 1;
            text.setLayoutData(fill);
            text.addListener(SWT.MouseDown, e -> reveals++); // the reader's own click wins over a reveal under way
        }
        StyledText text = viewer.getTextWidget();
        if (made || text.getVisible() != visible) {
            ((GridData) text.getLayoutData()).exclude = !visible;
            text.setVisible(visible);
            area.layout(new org.eclipse.swt.widgets.Control[] { text }); // a new, shown or hidden text: room anew
        }
        return viewer;
    }

    private void selectionChanged(IWorkbenchPart part, ISelection selection) {
        if (part == this || !(selection instanceof IStructuredSelection structured)) {
            return;
        }
        if (structured.isEmpty()) {
            // the editor of the article shown has its caret where no span is: no span stays boxed here
            if (part instanceof org.factcheck.ui.internal.annotate.DocumentEditor editor && editor.document() == shown
                    && painter != null) {
                painter.focus(null);
            }
            return;
        }
        // a span selected with its claim (the editor's caret in a claim's appearance) is the more precise of the two:
        // the article is the span's, not the one the claim first appears in
        Object first = structured.toList().stream().filter(TextSpan.class::isInstance).findFirst()
                .orElse(structured.getFirstElement());
        TextSpan span = ArticleSelection.spanOf(first);
        Document document = span != null ? span.getDocument() : ArticleSelection.documentOf(first);
        if (document != null) {
            show(document, span);
        }
    }

    /**
     * Selects {@code range}, which scrolls it into view. Scrolling down a long wrapped article needs the height of
     * every line above the quote, which the text widget measures when first asked, all at once: seconds for a quote
     * at the end of a 1 MB article. So the lines between the top shown and the quote are measured here
     * {@value #LINES_PER_STEP} at a time, one step per event, and the quote is selected when they are: the window
     * stays responsive while the view scrolls. A quote within that many lines is selected at once.
     */
    private void reveal(StyledText widget, int[] range) {
        int mine = ++reveals;
        int target = widget.getLineAtOffset(range[0]);
        int direction = Integer.signum(target - widget.getTopIndex());
        Runnable step = new Runnable() {
            private int measured = widget.getTopIndex();

            @Override
            public void run() {
                if (widget.isDisposed() || mine != reveals) {
                    return;
                }
                measured = direction > 0 ? Math.min(target, measured + LINES_PER_STEP)
                        : Math.max(target, measured - LINES_PER_STEP);
                widget.getLinePixel(measured); // measures the lines from the top shown to there, once
                if (measured != target) {
                    widget.getDisplay().asyncExec(this);
                } else {
                    widget.setSelection(range[0], range[1]);
                }
            }
        };
        step.run();
    }

    /** Shows {@code document} (or a hint when {@code null}) and reveals {@code focus} if given. */
    public void show(Document document, TextSpan focus) {
        if (area == null || area.isDisposed()) {
            return;
        }
        follow(document == null ? null : CaseSessions.getDefault().of(document).orElse(null));
        if (document == null) {
            heading.setText("No article selected");
            details.setText("Select a document, a claim or a span in the case explorer to read it here.");
            TextViewer text = viewer(false);
            if (text != null) {
                text.setDocument(new org.eclipse.jface.text.Document(""));
            }
            shown = null;
            painter = null;
        } else {
            heading.setText(ArticleSelection.title(document));
            details.setText(ArticleSelection.byline(document));
            TextViewer text = viewer(true);
            if (document != shown || painter == null) {
                text.setDocument(new org.eclipse.jface.text.Document(document.getText() == null ? "" : document.getText()));
                shown = document;
                painter = new ArticlePainter(text.getTextWidget(), document);
            }
            int[] range = painter.focus(focus);
            if (range != null) {
                reveal(text.getTextWidget(), range);
            }
        }
        // Undo and Redo work here too, on the case of the article shown
        stackActions.setStack(document == null ? null : org.factcheck.ui.cases.CaseSessions.getDefault().of(document)
                .map(org.factcheck.ui.cases.CaseSession::commandStack).orElse(null));
        setContentDescription("");
        if (!heading.getText().equals(headingShown) || !details.getText().equals(detailsShown)) {
            headingShown = heading.getText();
            detailsShown = details.getText();
            heading.getParent().layout(new org.eclipse.swt.widgets.Control[] { heading, details });
        }
    }

    /** Listens to the case of the article shown, and only to it. */
    private void follow(CaseSession session) {
        if (session == followed) {
            return;
        }
        if (followed != null) {
            followed.changes().removeListener(changeListener);
        }
        followed = session;
        if (session != null) {
            session.changes().addListener(changeListener);
        }
    }

    /**
     * Follows the article's changes: repaints the spans an edit touched and recounts them; shows the article anew
     * when its text changed, and nothing once it left the case.
     */
    private void caseChanged(List<Notification> changes) {
        if (shown == null || painter == null || viewer == null || viewer.getTextWidget().isDisposed()) {
            return;
        }
        if (shown.eContainer() == null) {
            show(null, null);
        } else if (painter.changed(changes)) {
            if (!viewer.getTextWidget().getText().equals(shown.getText() == null ? "" : shown.getText())) {
                painter = null;
                show(shown, null);
            } else {
                details.setText(ArticleSelection.byline(shown));
                detailsShown = details.getText();
                heading.getParent().layout(new org.eclipse.swt.widgets.Control[] { details });
            }
        }
    }

    /** How many spans are highlighted. */
    public int highlightedSpans() {
        return painter == null ? 0 : painter.paintedSpans();
    }

    /** The line under the heading: outlet, author, date, address, number of spans. */
    public String byline() {
        return details.getText();
    }

    /** The span boxed in the article, or {@code null}. */
    public TextSpan boxedSpan() {
        return painter == null ? null : painter.focused();
    }

    /** The article on display, or {@code null}. */
    public Document shownDocument() {
        return shown;
    }

    /** The article's text, or {@code null} before the first article was shown. */
    public StyledText textWidget() {
        return viewer == null ? null : viewer.getTextWidget();
    }

    @Override
    public void setFocus() {
        if (viewer != null && viewer.getTextWidget().isVisible()) {
            viewer.getTextWidget().setFocus();
        } else {
            area.setFocus();
        }
    }

    @Override
    public void dispose() {
        getSite().getWorkbenchWindow().getSelectionService().removePostSelectionListener(listener);
        if (stackActions != null) {
            stackActions.dispose();
        }
        CaseSessions.getDefault().removeListener(sessionListener);
        follow(null);
        super.dispose();
    }
}
