package org.factcheck.ui.internal.history;

import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.part.ViewPart;
import org.factcheck.ui.cases.CaseSession;
import org.factcheck.ui.cases.CaseSessions;

/**
 * The git history of the active part's case: the commits that changed its file (date, author, message) and, for
 * the chosen commit, what it changed in the case in words; "Compare with Working Copy" lists what differs between
 * that commit's version and the case as it is open now. A case outside any git repository: the view says so.
 */
public final class HistoryView extends ViewPart {

    public static final String ID = "org.factcheck.ui.historyView";

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private CaseSession session;
    private Label status;
    private TableViewer commits;
    private Label changesTitle;
    private TableViewer changes;
    private Button compare;
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
        GridLayoutFactory.fillDefaults().numColumns(2).margins(6, 6).applyTo(area);
        status = new Label(area, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(status);
        compare = new Button(area, SWT.PUSH);
        compare.setText("&Compare with Working Copy");
        compare.addListener(SWT.Selection, e -> compareWithWorkingCopy());
        SashForm sash = new SashForm(area, SWT.HORIZONTAL);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, true).applyTo(sash);
        commits = new TableViewer(sash, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.BORDER);
        commits.getTable().setHeaderVisible(true);
        commits.setContentProvider(ArrayContentProvider.getInstance());
        column(commits, "Date", 120, e -> WHEN.format(((CaseHistory.Entry) e).when()));
        column(commits, "Author", 110, e -> ((CaseHistory.Entry) e).author());
        column(commits, "Message", 260, e -> firstLine(((CaseHistory.Entry) e).message()));
        column(commits, "Commit", 70, e -> ((CaseHistory.Entry) e).shortId());
        commits.addSelectionChangedListener(e -> showSelected());
        Composite right = new Composite(sash, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(right);
        changesTitle = new Label(right, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(changesTitle);
        changes = new TableViewer(right, SWT.MULTI | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
        changes.setContentProvider(ArrayContentProvider.getInstance());
        column(changes, "Change", 600, String::valueOf);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(changes.getControl());
        sash.setWeights(45, 55);
        org.eclipse.jface.viewers.ColumnViewerToolTipSupport.enableFor(commits);
        org.eclipse.jface.viewers.ColumnViewerToolTipSupport.enableFor(changes);
        getSite().getPage().addPartListener(parts);
        CaseSessions.getDefault().addListener(sessions);
        CaseSession initial = CaseSessions.of(getSite().getPage().getActiveEditor()).orElse(null);
        setSession(initial != null ? initial
                : CaseSessions.getDefault().all().stream().reduce((first, second) -> second).orElse(null));
    }

    private static void column(TableViewer viewer, String title, int width, Function<Object, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply(element);
            }

            @Override
            public String getToolTipText(Object element) {
                return text.apply(element); // a long change or message in full
            }
        });
    }

    private static String firstLine(String message) {
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
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
        if (session != null) {
            session.addSaveListener(saved); // a save may be followed by a commit: read again when shown
        }
        refresh();
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
            try (CaseHistory history = history()) {
                if (history == null) {
                    text = session.file().getFileName() + " is not in a git repository: there is no history to show.";
                } else {
                    entries = history.commits();
                    text = entries.isEmpty() ? history.path() + " has not been committed yet."
                            : history.path() + " in " + history.workTree() + ": " + entries.size()
                                    + (entries.size() == 1 ? " commit" : " commits") + " changed it.";
                }
            } catch (IOException | RuntimeException e) {
                text = "The git history cannot be read: " + e.getMessage();
            }
        }
        status.setText(text);
        status.getParent().layout();
        commits.setInput(entries);
        changes.setInput(List.of());
        changesTitle.setText(entries.isEmpty() ? "" : "Choose a commit to see what it changed.");
        compare.setEnabled(false);
    }

    private CaseHistory history() throws IOException {
        Optional<CaseHistory> history = CaseHistory.of(session.file());
        return history.orElse(null);
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
        compare.setEnabled(entry != null);
        if (entry == null || session == null) {
            return;
        }
        show("What commit " + entry.shortId() + " changed:", history -> history.changes(entry));
    }

    /** Lists what differs between the chosen commit's version and the case as it is open now. */
    public void compareWithWorkingCopy() {
        CaseHistory.Entry entry = selected();
        if (entry == null || session == null) {
            return;
        }
        show("From commit " + entry.shortId() + " to the case as it is open now" + (session.isDirty() ? " (with unsaved edits):" : ":"),
                history -> history.changesSince(entry, session.resource().getContents()));
    }

    private interface Reading {
        List<String> read(CaseHistory history) throws IOException;
    }

    private void show(String title, Reading reading) {
        List<String> lines;
        try (CaseHistory history = history()) {
            lines = history == null ? List.of() : reading.read(history);
        } catch (IOException | RuntimeException e) {
            lines = List.of("Cannot read it: " + e.getMessage());
        }
        changesTitle.setText(title);
        changesTitle.getParent().layout();
        changes.setInput(lines);
    }

    @Override
    public void setFocus() {
        commits.getControl().setFocus();
    }

    @Override
    public void dispose() {
        getSite().getPage().removePartListener(parts);
        CaseSessions.getDefault().removeListener(sessions);
        if (session != null) {
            session.removeSaveListener(saved);
        }
        super.dispose();
    }
}
