package org.factcheck.ui.internal.history;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.part.ViewPart;
import org.factcheck.model.Claim;
import org.factcheck.ui.cases.CaseSession;
import org.factcheck.ui.cases.CaseSessions;

/**
 * The git history of the active part's case: the commits that changed its file (date, author, message) and, for
 * the chosen commit, what it changed in the case in words; "Compare with Working Copy" lists what differs between
 * that commit's version and the case as it is open now. A case outside any git repository: the view says so.
 * <p>
 * The view follows the selection: with a claim or a document selected (evidence counts as its claim, a span as its
 * article) it shows only the commits that changed that object and only its changes, and "Restore Claim" gives a
 * claim the state it had after the chosen commit, as one undoable command (the core's {@link org.factcheck.core.merge.Restore}). Selecting
 * the case itself, or "Whole Case", shows the whole file's history again.
 */
public final class HistoryView extends ViewPart {

    public static final String ID = "org.factcheck.ui.historyView";


    private CaseSession session;
    private Label status;
    private TableViewer commits;
    private Label changesTitle;
    private TableViewer changes;
    private Button compare;
    private Button wholeCase;
    private Button restore;
    /** The object whose history is shown, or null for the whole case. */
    private EObject focus;
    /** The history of the session's file, kept open while it is shown (it caches the versions it read). */
    private CaseHistory history;
    private boolean historyRead;
    private final ISelectionListener selections = this::selectionChanged;
    private final HistorySelection selection = new HistorySelection();
    private final IPartListener2 parts = new IPartListener2() {
        @Override
        public void partActivated(IWorkbenchPartReference ref) {
            CaseSessions.of(ref.getPart(false)).ifPresent(HistoryView.this::setSession);
        }
    };
    private final Runnable saved = this::refresh;
    private final CaseSessions.Listener sessions = new CaseSessions.Listener() {
        @Override
        public void closed(CaseSession closed) {
            if (closed == session) {
                setSession(null);
            }
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        Composite area = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(4).margins(6, 6).applyTo(area);
        status = new Label(area, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(status);
        compare = new Button(area, SWT.PUSH);
        compare.setText("&Compare with Working Copy");
        compare.addListener(SWT.Selection, e -> compareWithWorkingCopy());
        restore = new Button(area, SWT.PUSH);
        restore.setText("&Restore Claim");
        restore.setToolTipText("Give the selected claim the state it had after the chosen commit (Edit › Undo takes it back)");
        restore.addListener(SWT.Selection, e -> restoreSelected());
        wholeCase = new Button(area, SWT.PUSH);
        wholeCase.setText("&Whole Case");
        wholeCase.setToolTipText("Show the history of the whole case, not only of the selected claim or document");
        wholeCase.addListener(SWT.Selection, e -> setFocusObject(null));
        SashForm sash = new SashForm(area, SWT.HORIZONTAL);
        GridDataFactory.fillDefaults().span(4, 1).grab(true, true).applyTo(sash);
        commits = HistoryTables.commits(sash);
        commits.addSelectionChangedListener(e -> showSelected());
        Composite right = new Composite(sash, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(right);
        changesTitle = new Label(right, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(changesTitle);
        changes = HistoryTables.changes(right);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(changes.getControl());
        sash.setWeights(45, 55);
        getSite().getPage().addPartListener(parts);
        getSite().getPage().addPostSelectionListener(selections);
        getSite().setSelectionProvider(selection);
        CaseSessions.getDefault().addListener(sessions);
        CaseSession initial = CaseSessions.of(getSite().getPage().getActiveEditor()).orElse(null);
        setSession(initial != null ? initial
                : CaseSessions.getDefault().all().stream().reduce((first, second) -> second).orElse(null));
    }

    /** Shows the history of {@code newSession}'s file (or nothing). */
    public void setSession(CaseSession newSession) {
        if (newSession == session || commits == null || commits.getControl().isDisposed()) {
            return;
        }
        if (session != null) {
            session.removeSaveListener(saved);
        }
        closeHistory();
        session = newSession;
        focus = null;
        if (session != null) {
            session.addSaveListener(saved); // a save may be followed by a commit: read again when shown
        }
        refresh();
    }

    /**
     * Shows the history of one claim or document of the case, or of the whole case.
     *
     * @param object a claim or document of the shown case, or null for the whole case
     */
    public void setFocusObject(EObject object) {
        if (object == focus || commits == null || commits.getControl().isDisposed()) {
            return;
        }
        focus = object;
        selection.follow(object);
        refresh();
    }

    /** @return the claim or document whose history is shown, or null for the whole case */
    public EObject focusObject() {
        return focus;
    }

    /** Follows a claim or document selected elsewhere (evidence as its claim, a span as its article). */
    private void selectionChanged(IWorkbenchPart part, ISelection selection) {
        if (part == this || !(selection instanceof IStructuredSelection s) || s.size() != 1) {
            return;
        }
        Object first = s.getFirstElement();
        EObject object = HistorySubjects.of(first);
        if (first instanceof org.factcheck.model.CaseFile caseFile) {
            CaseSessions.getDefault().of(caseFile).ifPresent(this::setSession);
            setFocusObject(null);
            return;
        }
        if (object == null) {
            return;
        }
        CaseSession owner = CaseSessions.getDefault().of(object).orElse(null);
        if (owner == null) {
            return;
        }
        setSession(owner);
        setFocusObject(object);
    }

    private String focusId() {
        return HistorySubjects.id(focus);
    }

    private String focusWords() {
        return HistorySubjects.words(focus);
    }

    /** Reads the history again. */
    public void refresh() {
        if (commits.getControl().isDisposed()) {
            return;
        }
        List<CaseHistory.Entry> entries = List.of();
        String text;
        if (session == null) {
            text = "No case is open.";
        } else {
            try {
                CaseHistory history = history();
                if (focus != null && focus.eResource() != session.resource()) {
                    focus = null; // deleted since, or the case was reloaded
                }
                if (history == null) {
                    text = session.file().getFileName() + " is not in a git repository: there is no history to show.";
                } else if (focus == null) {
                    entries = history.commits();
                    text = entries.isEmpty() ? history.path() + " has not been committed yet."
                            : history.path() + " in " + history.workTree() + ": " + entries.size()
                                    + (entries.size() == 1 ? " commit" : " commits") + " changed it.";
                } else {
                    entries = history.commits(focusId());
                    text = "History of the " + focusWords() + " in " + history.path() + ": "
                            + (entries.isEmpty() ? "no commit has it yet."
                                    : entries.size() + (entries.size() == 1 ? " commit" : " commits") + " changed it.");
                }
            } catch (IOException | RuntimeException e) {
                text = "The git history cannot be read: " + e.getMessage();
            }
        }
        status.setText(text);
        status.getParent().layout();
        commits.setInput(entries); // keeps the chosen commit if it is still listed
        if (selected() != null) {
            showSelected(); // what it changed about the newly shown object
        } else {
            changes.setInput(List.of());
            changesTitle.setText(entries.isEmpty() ? "" : "Choose a commit to see what it changed.");
            updateButtons();
        }
    }

    private void updateButtons() {
        boolean chosen = selected() != null;
        compare.setEnabled(chosen);
        restore.setEnabled(chosen && focus instanceof Claim && session != null && session.readOnlyReason().isEmpty());
        wholeCase.setEnabled(focus != null);
    }

    /** The session's history, opened once and kept while the session is shown; null outside a repository. */
    private CaseHistory history() throws IOException {
        if (!historyRead) {
            Optional<CaseHistory> found = CaseHistory.of(session.file());
            history = found.orElse(null);
            historyRead = true;
        }
        return history;
    }

    private void closeHistory() {
        if (history != null) {
            history.close();
        }
        history = null;
        historyRead = false;
    }

    /** The commits shown. */
    @SuppressWarnings("unchecked")
    public List<CaseHistory.Entry> entries() {
        return commits.getInput() == null ? List.of() : (List<CaseHistory.Entry>) commits.getInput();
    }

    /** The changes shown for the chosen commit or comparison. */
    @SuppressWarnings("unchecked")
    public List<String> shownChanges() {
        return changes.getInput() == null ? List.of() : (List<String>) changes.getInput();
    }

    /** Chooses a commit (tests). */
    public void select(CaseHistory.Entry entry) {
        commits.setSelection(new org.eclipse.jface.viewers.StructuredSelection(entry), true);
        showSelected();
    }

    private CaseHistory.Entry selected() {
        Object first = commits.getStructuredSelection().getFirstElement();
        return first instanceof CaseHistory.Entry entry ? entry : null;
    }

    private void showSelected() {
        CaseHistory.Entry entry = selected();
        updateButtons();
        if (entry == null || session == null) {
            return;
        }
        String id = focusId();
        show(id == null ? "What commit " + entry.shortId() + " changed:"
                : "What commit " + entry.shortId() + " changed about the " + focusWords() + ":",
                h -> id == null ? h.changes(entry) : h.changes(entry, id));
    }

    /** Lists what differs between the chosen commit's version and the case as it is open now. */
    public void compareWithWorkingCopy() {
        CaseHistory.Entry entry = selected();
        if (entry == null || session == null) {
            return;
        }
        String id = focusId();
        show("From commit " + entry.shortId() + " to " + (id == null ? "the case" : "the " + focusWords())
                + " as it is open now" + (session.isDirty() ? " (with unsaved edits):" : ":"),
                h -> id == null ? h.changesSince(entry, session.resource().getContents())
                        : h.changesSince(entry, session.resource().getContents(), id));
    }

    /**
     * Gives the shown claim the state it had after the chosen commit, as one undoable command, and lists what could
     * not be restored as it was (references to objects no longer in the case).
     *
     * @return why nothing was restored, or null when it was
     */
    public String restoreSelected() {
        CaseHistory.Entry entry = selected();
        if (entry == null || session == null || !(focus instanceof Claim claim)) {
            return "Choose a claim, then a commit.";
        }
        if (session.readOnlyReason().isPresent()) {
            return session.readOnlyReason().get();
        }
        List<EObject> then;
        try {
            then = history() == null ? null : history().version(entry);
        } catch (IOException e) {
            return "Cannot read commit " + entry.shortId() + ": " + e.getMessage();
        }
        if (then == null) {
            return "The case file is not in commit " + entry.shortId() + ".";
        }
        String id = claim.getId();
        String words = focusWords();
        if (then.isEmpty() || !(then.get(0) instanceof org.factcheck.model.CaseFile old)
                || old.getClaims().stream().noneMatch(c -> id.equals(c.getId()))) {
            String why = "The " + words + " is not in commit " + entry.shortId() + "'s version of the case.";
            changesTitle.setText("Not restored: " + why);
            changesTitle.getParent().layout();
            return why;
        }
        List<String> notes = HistorySubjects.restore(session, then, id);
        getViewSite().getActionBars().getStatusLineManager().setMessage("Restored the " + words + " as of commit " + entry.shortId() + " (Edit › Undo takes it back).");
        changesTitle.setText("Restored the " + words + " as of commit " + entry.shortId() + " (Edit › Undo takes it back)"
                + (notes.isEmpty() ? "; it is exactly as it was then." : "; not all as it was:"));
        changesTitle.getParent().layout();
        changes.setInput(notes.isEmpty() ? List.of() : List.copyOf(notes));
        return null;
    }

    private interface Reading {
        List<String> read(CaseHistory history) throws IOException;
    }

    private void show(String title, Reading reading) {
        List<String> lines;
        try {
            CaseHistory h = history();
            lines = h == null ? List.of() : reading.read(h);
        } catch (IOException | RuntimeException e) {
            lines = List.of("Cannot read it: " + e.getMessage());
        }
        changesTitle.setText(title);
        changesTitle.getParent().layout();
        changes.setInput(lines);
    }

    /** Properties shows the claim or article whose history this is: the view's own rows are commits. */
    @Override
    public <T> T getAdapter(Class<T> type) {
        if (type == org.eclipse.ui.views.properties.IPropertySheetPage.class) {
            return type.cast(new org.factcheck.ui.cases.CasePropertySheetPage());
        }
        return super.getAdapter(type);
    }

    @Override
    public void setFocus() {
        commits.getControl().setFocus();
    }

    @Override
    public void dispose() {
        getSite().getPage().removePartListener(parts);
        getSite().getPage().removePostSelectionListener(selections);
        CaseSessions.getDefault().removeListener(sessions);
        if (session != null) {
            session.removeSaveListener(saved);
        }
        closeHistory();
        super.dispose();
    }
}
