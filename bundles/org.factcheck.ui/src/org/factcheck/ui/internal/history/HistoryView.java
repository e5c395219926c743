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
 * <p>
 * Git is read in the background ({@link HistoryReads}): an object's history reads and compares every version of the
 * case, which takes seconds in a long history, and the window stays responsive meanwhile; only the newest read is
 * shown. A view hidden behind another tab reads nothing until it is shown again.
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
    /** The history of the session's file, read in the background and kept open while it is shown. */
    private HistoryReads reads;
    private HistoryReads.Channel listing;
    private HistoryReads.Channel reading;
    private HistoryReads.Channel restoring;
    /** The file whose history {@link #reads} reads. */
    private java.nio.file.Path historyFile;
    /** Whether something to show changed while the view was hidden: it reads again when shown. */
    private boolean stale;
    /** Edit › Undo while the view is active takes back a restore, as the message after it says. */
    private org.factcheck.ui.internal.annotate.StackActions stackActions;
    private final ISelectionListener selections = this::selectionChanged;
    private final HistorySelection selection = new HistorySelection();
    private final IPartListener2 parts = new IPartListener2() {
        @Override
        public void partActivated(IWorkbenchPartReference ref) {
            CaseSessions.of(ref.getPart(false)).ifPresent(HistoryView.this::setSession);
        }

        @Override
        public void partVisible(IWorkbenchPartReference ref) {
            if (ref.getPart(false) == HistoryView.this && stale) {
                refresh();
            }
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
        reads = new HistoryReads(parent.getDisplay());
        listing = reads.channel();
        reading = reads.channel();
        restoring = reads.channel();
        stackActions = new org.factcheck.ui.internal.annotate.StackActions(getViewSite().getActionBars());
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
        session = newSession;
        focus = null;
        stackActions.setStack(session == null ? null : session.commandStack());
        if (session == null) {
            reads.setFile(null); // releases the repository
            historyFile = null;
        }
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

    /** Reads the history again, in the background: the view says it is reading until it shows the commits. */
    public void refresh() {
        if (commits.getControl().isDisposed()) {
            return;
        }
        if (session == null) {
            showCommits("No case is open.", List.of());
            return;
        }
        if (!getSite().getPage().isPartVisible(this)) {
            stale = true; // read when shown
            return;
        }
        stale = false;
        if (focus != null && focus.eResource() != session.resource()) {
            focus = null; // deleted since, or the case was reloaded
        }
        java.nio.file.Path file = session.file();
        if (!file.equals(historyFile)) {
            reads.setFile(file);
            historyFile = file;
        }
        String id = focusId();
        String words = focusWords();
        status.setText("Reading the git history of " + (id == null ? file.getFileName() : "the " + words) + "…");
        status.getParent().layout();
        listing.read("Reading the git history of " + file.getFileName(),
                (history, cancelled) -> HistoryListing.read(history, file, id, words, cancelled),
                (listed, failure) -> showCommits(failure == null ? listed.text()
                        : "The git history cannot be read: " + failure.getMessage(),
                        failure == null ? listed.entries() : List.of()));
    }

    private void showCommits(String text, List<CaseHistory.Entry> entries) {
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

    /** @return whether git is being read for something the view has not shown yet (tests) */
    public boolean reading() {
        return reads.pending();
    }

    private void updateButtons() {
        boolean chosen = selected() != null;
        compare.setEnabled(chosen);
        restore.setEnabled(chosen && focus instanceof Claim && session != null && session.readOnlyReason().isEmpty());
        wholeCase.setEnabled(focus != null);
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
        // the background compares a copy: the case may be edited meanwhile
        List<EObject> now = List.copyOf(org.eclipse.emf.ecore.util.EcoreUtil.copyAll(session.resource().getContents()));
        show("From commit " + entry.shortId() + " to " + (id == null ? "the case" : "the " + focusWords())
                + " as it is open now" + (session.isDirty() ? " (with unsaved edits):" : ":"),
                h -> id == null ? h.changesSince(entry, now) : h.changesSince(entry, now, id));
    }

    /**
     * Gives the shown claim the state it had after the chosen commit, as one undoable command, and lists what could
     * not be restored as it was (references to objects no longer in the case). The commit's version is read in the
     * background; the claim is restored when it is there, unless the view has moved on to another claim or case.
     *
     * @return why nothing can be restored, or null when the restore has started
     */
    public String restoreSelected() {
        CaseHistory.Entry entry = selected();
        if (entry == null || session == null || !(focus instanceof Claim claim)) {
            return "Choose a claim, then a commit.";
        }
        if (session.readOnlyReason().isPresent()) {
            return session.readOnlyReason().get();
        }
        CaseSession target = session;
        String id = claim.getId();
        String words = focusWords();
        restoring.read("Reading commit " + entry.shortId(), (h, cancelled) -> {
            List<EObject> then = h == null ? null : h.version(entry);
            return then == null ? null : List.copyOf(org.eclipse.emf.ecore.util.EcoreUtil.copyAll(then));
        }, (then, failure) -> {
            if (session != target || focus != claim) {
                return; // the view shows another claim now: restoring this one would surprise
            }
            String why = HistorySubjects.whyNotRestorable(then, failure, entry.shortId(), id, words);
            if (why != null) {
                changesTitle.setText("Not restored: " + why);
                changesTitle.getParent().layout();
                return;
            }
            List<String> notes = HistorySubjects.restore(session, then, id);
            String done = "Restored the " + words + " as of commit " + entry.shortId() + " (Edit › Undo takes it back)";
            getViewSite().getActionBars().getStatusLineManager().setMessage(done + ".");
            changesTitle.setText(done + (notes.isEmpty() ? "; it is exactly as it was then." : "; not all as it was:"));
            status.setText(status.getText().replace(words, focusWords())); // the claim's wording is restored too
            changesTitle.getParent().layout();
            changes.setInput(notes.isEmpty() ? List.of() : List.copyOf(notes));
        });
        return null;
    }

    private interface Reading {
        List<String> read(CaseHistory history) throws IOException;
    }

    /** Reads what is to be listed under {@code title} in the background, and lists it. */
    private void show(String title, Reading what) {
        changesTitle.setText(title + " (reading…)");
        changesTitle.getParent().layout();
        changes.setInput(List.of());
        reading.read("Reading the git history", (h, cancelled) -> h == null ? List.<String>of() : what.read(h),
                (lines, failure) -> {
                    changesTitle.setText(title);
                    changesTitle.getParent().layout();
                    changes.setInput(failure == null ? lines : List.of("Cannot read it: " + failure.getMessage()));
                });
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
        if (reads != null) {
            reads.dispose();
            stackActions.dispose();
        }
        super.dispose();
    }
}
