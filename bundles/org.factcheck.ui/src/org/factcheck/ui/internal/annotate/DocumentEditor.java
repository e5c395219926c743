package org.factcheck.ui.internal.annotate;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.resource.FontDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.text.source.SourceViewer;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.contexts.IContextService;
import org.factcheck.core.text.CodePointIndex;
import org.factcheck.model.AnchorStatus;
import org.factcheck.model.Claim;
import org.factcheck.model.Document;
import org.factcheck.model.Evidence;
import org.factcheck.model.TextSpan;
import org.factcheck.ui.cases.CaseSession;
import org.factcheck.ui.cases.CaseSessions;
import org.factcheck.ui.internal.annotate.SpanIndex.Entry;

/**
 * The document editor: an article of an open case, read-only, on the workbench's text framework, with every span
 * highlighted, an overview ruler of where the spans are, hovers that say what a span is attached to, and a review
 * list of spans that re-anchoring could not place exactly. Annotating is done with commands on the selected words
 * (see plugin.xml for their keys); every change is a command on the case's one command stack.
 * <p>
 * Selection works both ways through the workbench's selection service: the caret in a span selects its claim (and
 * the span); a claim, span or evidence selected elsewhere boxes its spans here and scrolls to them.
 */
public final class DocumentEditor extends CasePartEditor {

    public static final String ID = "org.factcheck.ui.documentEditor";
    public static final String CONTEXT_ID = "org.factcheck.ui.documentEditorContext";
    public static final String MENU_ID = "org.factcheck.ui.documentEditor.context";

    private CaseSession session;
    private Document document;
    private SourceViewer viewer;
    private SpanStyles styles;
    private SpanHighlighter highlighter;
    private final SpanOverview overview = new SpanOverview();
    private final SpanSelection selection = new SpanSelection();
    private ReviewList review;
    private SuggestionMarks marks;
    private SashForm sash;
    private String shownText;
    private CodePointIndex shownIndex;
    private SpanIndex index = SpanIndex.empty();
    private SpanTracker tracker;
    private SpanRoles roles;
    private Set<TextSpan> focus = Set.of();
    private final ISelectionListener selectionListener = this::selectionChanged;

    /** Opens (or activates) the editor of {@code document}, an article of the open case {@code session}. */
    public static DocumentEditor open(org.eclipse.ui.IWorkbenchPage page, CaseSession session, Document document)
            throws PartInitException {
        return (DocumentEditor) page.openEditor(new DocumentEditorInput(session.file(), document.getId(),
                document.getTitle()), ID);
    }

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof DocumentEditorInput documentInput)) {
            throw new PartInitException("The document editor opens articles of a case, not " + input.getName());
        }
        session = CaseSessions.getDefault().forFile(documentInput.caseFile()).orElseThrow(() -> new PartInitException(
                "The case " + documentInput.caseFile().getFileName() + " is not open. Open it first (File › Open Case…)."));
        document = session.caseFile().getDocuments().stream().filter(d -> documentInput.documentId().equals(d.getId()))
                .findFirst().orElseThrow(() -> new PartInitException("The article " + documentInput.getName()
                        + " is no longer in the case " + documentInput.caseFile().getFileName() + "."));
        setSite(site);
        setInput(input);
        setPartName(ClaimText.shorten(document.getTitle() == null ? "Untitled article" : document.getTitle(), 40));
        setTitleToolTip(input.getToolTipText());
        attach(session);
        tracker = new SpanTracker(document);
        session.caseFile().eAdapters().add(tracker);
    }

    @Override
    public void createPartControl(Composite parent) {
        sash = new SashForm(parent, SWT.VERTICAL);
        viewer = new SourceViewer(sash, null, overview.ruler(), true, SWT.V_SCROLL | SWT.WRAP | SWT.BORDER);
        viewer.configure(new SpanViewerConfiguration(this));
        viewer.setEditable(false);
        StyledText text = viewer.getTextWidget();
        text.setLeftMargin(10);
        text.setRightMargin(10);
        // no top margin: the overview ruler's line arithmetic (JFaceTextUtil.getPartialTopIndex) breaks with one
        text.setLineSpacing(3);
        LocalResourceManager resources = new LocalResourceManager(JFaceResources.getResources(), text);
        text.setFont(resources.create(FontDescriptor.createFrom(JFaceResources.getDefaultFont()).increaseHeight(1)));
        styles = new SpanStyles(text);
        highlighter = new SpanHighlighter(text, styles);
        marks = new SuggestionMarks(text, document, session);
        review = new ReviewList(sash, this);
        sash.setWeights(78, 22);
        viewer.addPostSelectionChangedListener(event -> caretMoved());
        text.addCaretListener(event -> caretMoved());
        MenuManager menu = new MenuManager("#DocumentEditorContext", MENU_ID);
        menu.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        text.setMenu(menu.createContextMenu(text));
        getSite().registerContextMenu(MENU_ID, menu, selection);
        getSite().setSelectionProvider(selection);
        getSite().getService(IContextService.class).activateContext(CONTEXT_ID);
        getSite().getWorkbenchWindow().getSelectionService().addPostSelectionListener(selectionListener);
        refresh();
    }

    /**
     * Brings text, highlights, ruler and review list up to date with the model. Only the spans the tracker saw
     * change are re-placed and repainted; a new text (a re-import) shows everything anew.
     */
    void refresh() {
        if (viewer == null || viewer.getTextWidget().isDisposed()) {
            return;
        }
        boolean textChanged = tracker.drainTextChanged();
        Set<TextSpan> spans = tracker.drainSpans();
        if (tracker.drainRolesChanged()) {
            roles = null;
        }
        String text = document.getText() == null ? "" : document.getText();
        if (textChanged || shownIndex == null || !text.equals(shownText)) {
            shownText = text;
            shownIndex = CodePointIndex.of(text);
            viewer.setDocument(new org.eclipse.jface.text.Document(text), overview.reset());
            index = SpanIndex.of(document, shownIndex, this::evidenceOf);
            highlighter.paint(index, focus, 0, text.length());
            overview.addAll(index);
            showReview();
            followCaret(index.entries().stream().map(Entry::span).toList());
            return;
        }
        SpanIndex.Change change = index.update(spans, this::evidenceOf);
        int[] region = change.region();
        if (region != null) {
            highlighter.paint(index, focus, region[0], region[1]);
            overview.apply(index, change);
        }
        if (!review.isEmpty() || spans.stream().anyMatch(s -> s.getAnchorStatus() != AnchorStatus.ANCHORED)) {
            showReview();
        }
        followCaret(spans);
    }

    /**
     * After spans changed: a selection holding what has left the case (the claim an Undo of Create Claim removed) is
     * made again from the caret, so Properties does not go on showing it; so is an empty one when a changed span is
     * under the caret (a Redo brings it back). Other edits leave the selection alone, at no cost.
     */
    private void followCaret(java.util.Collection<TextSpan> changed) {
        List<?> selected = ((IStructuredSelection) selection.getSelection()).toList();
        boolean stale = selected.stream().anyMatch(o -> o instanceof org.eclipse.emf.ecore.EObject e
                && org.eclipse.emf.ecore.util.EcoreUtil.getRootContainer(e) != session.caseFile());
        int caret = viewer.getTextWidget().getCaretOffset();
        if (stale || selected.isEmpty() && changed.stream().map(index::entry)
                .anyMatch(e -> e != null && e.start() <= caret && caret <= e.end())) {
            caretMoved();
        }
    }

    private void showReview() {
        review.show(document);
        sash.setMaximizedControl(review.isEmpty() ? viewer.getControl() : null);
    }

    /** What the spans of the case are attached to, worked out again after claims or evidence changed. */
    SpanRoles roles() {
        if (roles == null) {
            roles = SpanRoles.of(session.caseFile());
        }
        return roles;
    }

    private Evidence evidenceOf(TextSpan span) {
        return span.getKind() == org.factcheck.model.SpanKind.EVIDENCE ? roles().evidenceOf(span) : null;
    }

    @Override
    protected boolean isShowing() {
        return viewer != null && !viewer.getTextWidget().isDisposed();
    }

    @Override
    protected void stackChanged() {
        if (!session.caseFile().getDocuments().contains(document)) {
            getSite().getPage().closeEditor(this, false); // the article was deleted from the case
            return;
        }
        refresh();
    }

    /** Boxes the spans of the claims, spans and evidence selected in another part, and scrolls to the first. */
    private void selectionChanged(IWorkbenchPart part, ISelection selected) {
        if (part == this || !(selected instanceof IStructuredSelection structured) || structured.isEmpty()
                || viewer == null || viewer.getTextWidget().isDisposed()) {
            return;
        }
        Set<TextSpan> spans = new LinkedHashSet<>();
        for (Object element : structured.toList()) {
            if (element instanceof Claim claim) {
                spans.addAll(claim.getAppearances());
                claim.getEvidence().stream().map(Evidence::getSpan).filter(s -> s != null).forEach(spans::add);
            } else if (element instanceof TextSpan span) {
                spans.add(span);
            } else if (element instanceof Evidence evidence && evidence.getSpan() != null) {
                spans.add(evidence.getSpan());
            }
        }
        spans.removeIf(s -> s.getDocument() != document);
        setFocus(spans, true);
    }

    /** Boxes {@code spans} (spans of this document) and, if asked, scrolls the first of them into view. */
    public void setFocus(Set<TextSpan> spans, boolean reveal) {
        if (viewer == null || viewer.getTextWidget().isDisposed()) {
            return;
        }
        Set<TextSpan> before = focus;
        focus = Set.copyOf(spans);
        highlighter.paintFocusChange(index, before, focus);
        if (reveal) {
            spans.stream().map(index::entry).filter(e -> e != null).findFirst()
                    .ifPresent(e -> viewer.revealRange(e.start(), e.length()));
        }
    }

    /**
     * The spans at the caret (innermost first) and the claims they belong to become the part's selection; where the
     * caret ends selected words, the spans at their start: Next Span selects a span's words, which leaves the caret
     * at its end, just outside it. (A caret moved away from selected words is told before the widget drops them.)
     */
    private void caretMoved() {
        org.eclipse.swt.graphics.Point words = viewer.getTextWidget().getSelectionRange();
        int caret = viewer.getTextWidget().getCaretOffset();
        boolean ends = words.y > 0 && (caret == words.x || caret == words.x + words.y);
        selection.set(index.at(ends ? words.x : caret).stream().map(Entry::span).toList(), roles()::ownerOf);
    }

    /** Selects {@code span}'s words in the text and shows them. */
    public void select(TextSpan span) {
        Entry entry = index.entry(span);
        if (entry != null) {
            viewer.setSelectedRange(entry.start(), entry.length());
            viewer.revealRange(entry.start(), entry.length());
        }
    }

    /** Selects the chars {@code start} to {@code end} of the text and shows them (a hit of Find in Case). */
    public void selectChars(int start, int end) {
        int length = viewer.getDocument().getLength();
        int from = Math.max(0, Math.min(start, length));
        int to = Math.max(from, Math.min(end, length));
        viewer.setSelectedRange(from, to - from);
        viewer.revealRange(from, to - from);
    }

    /**
     * Deletes the selected span (the innermost span that holds the selected words, as Alt+↓ selects them), or with
     * no selection the innermost span at the caret, with what refers to it (appearance links, the evidence's quote),
     * as one command. Nothing happens when no span is there.
     */
    public void deleteSpanAtCaret() {
        Entry target = spanToDelete();
        if (target == null) {
            return;
        }
        String readOnly = Annotator.readOnlyProblem(session.file(), "the span could not be deleted");
        if (readOnly != null) {
            MessageDialog.openInformation(getSite().getShell(), "Nothing deleted", readOnly);
            return;
        }
        org.eclipse.emf.common.command.Command delete = org.eclipse.emf.edit.command.DeleteCommand
                .create(session.domain(), target.span());
        if (delete.canExecute()) {
            session.commandStack().execute(delete);
        }
    }

    private Entry spanToDelete() {
        int[] chars = selectedChars();
        return chars[1] > chars[0] ? index.innermost(chars[0], chars[1])
                : index.innermost(viewer.getTextWidget().getCaretOffset(), 0);
    }

    /** Moves the selection to the next (or previous) span after (before) the caret. */
    void moveToSpan(boolean forward) {
        Entry target = index.next(viewer.getSelectedRange().x, forward);
        if (target != null) {
            select(target.span());
        }
    }

    /** After an annotation: the claim it belongs to becomes the workbench's selection and its spans are boxed. */
    void announce(Claim claim) {
        if (claim == null) {
            return;
        }
        Set<TextSpan> spans = new LinkedHashSet<>(claim.getAppearances());
        claim.getEvidence().stream().map(Evidence::getSpan).filter(s -> s != null).forEach(spans::add);
        spans.removeIf(s -> s.getDocument() != document);
        setFocus(spans, false);
        selection.set(List.of(claim));
    }

    /** The claim whose spans are boxed, if any: the default choice for "Add as Appearance" and "Mark as Evidence". */
    Claim focusedClaim() {
        return focus.stream().map(roles()::ownerOf).filter(c -> c != null).findFirst().orElse(null);
    }

    Annotator annotator() {
        return new Annotator(session, document);
    }

    /** The selected chars of the text as {@code {start, end}}. */
    public int[] selectedChars() {
        org.eclipse.swt.graphics.Point range = viewer.getSelectedRange();
        return new int[] { range.x, range.x + range.y };
    }

    public Document document() {
        return document;
    }

    public SourceViewer viewer() {
        return viewer;
    }

    public org.eclipse.jface.text.source.IOverviewRuler overviewRuler() {
        return overview.ruler();
    }

    public ReviewList review() {
        return review;
    }

    /** The spans under a char offset, innermost first (for the hover). */
    List<Entry> spansAt(int offset) {
        return index.at(offset);
    }

    /** The claim suggestions marked in the text. */
    public SuggestionMarks suggestionMarks() {
        return marks;
    }

    /** How many spans are highlighted. */
    public int highlightedSpans() {
        return index.size();
    }

    @Override
    public <T> T getAdapter(Class<T> type) {
        if (type == Document.class) {
            return type.cast(document);
        }
        if (type == org.eclipse.jface.text.IFindReplaceTarget.class && viewer != null) {
            return type.cast(viewer.getFindReplaceTarget()); // read-only: Find/Replace finds, never replaces
        }
        return super.getAdapter(type);
    }

    @Override
    public void setFocus() {
        viewer.getTextWidget().setFocus();
    }

    @Override
    public void dispose() {
        session.caseFile().eAdapters().remove(tracker);
        getSite().getWorkbenchWindow().getSelectionService().removePostSelectionListener(selectionListener);
        overview.dispose();
        super.dispose();
    }
}
