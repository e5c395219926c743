package org.factcheck.ui.internal.sync;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;
import org.factcheck.core.merge.ConflictContext;
import org.factcheck.core.merge.Resolutions;
import org.factcheck.core.text.Abbreviations;
import org.factcheck.model.ConflictSide;
import org.factcheck.model.MergeConflict;
import org.factcheck.ui.cases.CaseChanges;
import org.factcheck.ui.cases.CaseSession;
import org.factcheck.ui.cases.CaseSessions;
import org.factcheck.ui.internal.annotate.StackActions;
import org.factcheck.ui.internal.editor.CaseLabels;

/**
 * The open merge conflicts of the case of the active part, one row each: the object (grouped by kind: claims,
 * evidence, articles…), the feature, the base, our and their value in words, and what the merge said. Per conflict:
 * Keep ours, Take theirs, Keep both where both can exist (two texts one after the other, a deleted-and-changed
 * object kept with its changes; disabled with the reason where they cannot, such as two verdicts), or Edit… (keep
 * one side, then type the value) — each one undoable command through the core's
 * {@link org.factcheck.core.merge.Resolutions}. Below the list, the chosen conflict in full: what happened, each
 * side's value, and for a span or an article's text the article's words around it in each version. When the last is resolved the case has no conflict state
 * left.
 */
public final class ConflictsView extends ViewPart {

    public static final String ID = "org.factcheck.ui.conflictsView";

    private CaseSession session;
    private TableViewer table;
    private Label summary;
    private Button keepOurs;
    private Button takeTheirs;
    private Button keepBoth;
    private Button edit;
    private Text details;
    private StackActions stackActions;
    private final CaseChanges.Listener changes = list -> refresh();
    private final CaseSessions.Listener sessions = new CaseSessions.Listener() {
        @Override
        public void closed(CaseSession closed) {
            if (closed == session) {
                setSession(null);
            }
        }
    };
    private final IPartListener2 parts = new IPartListener2() {
        @Override
        public void partActivated(IWorkbenchPartReference ref) {
            CaseSessions.of(ref.getPart(false)).ifPresent(ConflictsView.this::setSession);
        }
    };

    /** Opens the view (in the active window) without taking the focus from the part the user works in. */
    public static void show() {
        if (!PlatformUI.isWorkbenchRunning() || PlatformUI.getWorkbench().getActiveWorkbenchWindow() == null) {
            return;
        }
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        try {
            if (page != null) {
                page.showView(ID, null, IWorkbenchPage.VIEW_VISIBLE);
            }
        } catch (PartInitException e) {
            ExternalChanges.say("The Conflicts view cannot be shown: " + e.getMessage());
        }
    }

    @Override
    public void createPartControl(Composite parent) {
        Composite area = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(5).margins(6, 6).applyTo(area);
        summary = new Label(area, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);
        keepOurs = button(area, "Keep &Ours", ConflictSide.OURS);
        takeTheirs = button(area, "Take &Theirs", ConflictSide.THEIRS);
        keepBoth = new Button(area, SWT.PUSH);
        keepBoth.setText("Keep &Both");
        keepBoth.addListener(SWT.Selection, e -> keepBothSelected());
        edit = new Button(area, SWT.PUSH);
        edit.setText("&Edit…");
        edit.addListener(SWT.Selection, e -> editSelected());
        table = new TableViewer(area, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
        table.getTable().setHeaderVisible(true);
        table.getTable().setLinesVisible(true);
        GridDataFactory.fillDefaults().span(5, 1).grab(true, true).applyTo(table.getControl());
        table.setContentProvider(ArrayContentProvider.getInstance());
        column("Object", 220, this::objectText);
        column("Feature", 90, c -> c.getFeature() == null ? "" : c.getFeature());
        column("Base", 140, c -> value(c, c.getBase()));
        column("Ours", 140, c -> value(c, c.getOurs()) + (c.getKept() == ConflictSide.OURS ? "  (kept)" : ""));
        column("Theirs", 140, c -> value(c, c.getTheirs()) + (c.getKept() == ConflictSide.THEIRS ? "  (kept)" : ""));
        column("What happened", 320, c -> c.getMessage() == null ? "" : c.getMessage());
        org.eclipse.jface.viewers.ColumnViewerToolTipSupport.enableFor(table); // long values in full
        details = new Text(area, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
        GridDataFactory.fillDefaults().span(5, 1).grab(true, false).hint(SWT.DEFAULT, 110).applyTo(details);
        table.addSelectionChangedListener(e -> updateButtons());
        table.addDoubleClickListener(e -> editSelected());
        getSite().setSelectionProvider(table);
        stackActions = new StackActions(getViewSite().getActionBars());
        getSite().getPage().addPartListener(parts);
        CaseSessions.getDefault().addListener(sessions);
        CaseSession initial = CaseSessions.of(getSite().getPage().getActiveEditor()).orElse(null);
        setSession(initial != null ? initial
                : CaseSessions.getDefault().all().stream().reduce((first, second) -> second).orElse(null));
    }

    private Button button(Composite area, String text, ConflictSide side) {
        Button button = new Button(area, SWT.PUSH);
        button.setText(text);
        button.addListener(SWT.Selection, e -> resolveSelected(side, null));
        return button;
    }

    private void column(String title, int width, Function<MergeConflict, String> text) {
        TableViewerColumn column = new TableViewerColumn(table, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((MergeConflict) element);
            }

            @Override
            public String getToolTipText(Object element) {
                return text.apply((MergeConflict) element);
            }
        });
    }

    private String objectText(MergeConflict conflict) {
        EObject object = object(conflict);
        String label = object == null ? "(no longer in the case)" : CaseLabels.text(object);
        return conflict.getObjectType() + " " + (label == null ? conflict.getObjectId() : Abbreviations.shorten(label, 60));
    }

    private EObject object(MergeConflict conflict) {
        return session == null || conflict.getObjectId() == null ? null
                : session.resource().getEObject(conflict.getObjectId());
    }

    /**
     * A side's value in words: a reference's ids (a verdict, a claimant, appearances) as the labels of the objects
     * still in the case, other values as written.
     */
    private String value(MergeConflict conflict, String value) {
        return value(conflict, value, 80);
    }

    /** The same, shortened to {@code max} characters (0: in full). */
    private String value(MergeConflict conflict, String value, int max) {
        EObject object = object(conflict);
        if (value == null || value.isEmpty() || object == null || conflict.getFeature() == null
                || !(object.eClass().getEStructuralFeature(conflict.getFeature()) instanceof org.eclipse.emf.ecore.EReference)) {
            return words(value, max);
        }
        List<String> labels = new java.util.ArrayList<>();
        for (String id : value.split(" ")) {
            EObject target = session.resource().getEObject(id);
            String label = target == null ? null : CaseLabels.text(target);
            labels.add(label == null ? id + " (not in the case)" : label);
        }
        return words(String.join(", ", labels), max);
    }

    private static String words(String value, int max) {
        return value == null ? "(none)" : value.isEmpty() ? "(empty)"
                : max == 0 ? value.replace('\n', ' ') : Abbreviations.shorten(value.replace('\n', ' '), max);
    }

    /** Shows the conflicts of {@code newSession} (or nothing). */
    public void setSession(CaseSession newSession) {
        if (newSession == session || table == null || table.getControl().isDisposed()) {
            return;
        }
        if (session != null) {
            session.changes().removeListener(changes);
        }
        session = newSession;
        stackActions.setStack(session == null ? null : session.commandStack());
        if (session != null) {
            session.changes().addListener(changes);
        }
        refresh();
    }

    /** The conflicts shown, in the order of the rows. */
    public List<MergeConflict> conflicts() {
        return session == null ? List.of()
                : session.caseFile().getConflicts().stream()
                        .sorted(Comparator.comparing((MergeConflict c) -> String.valueOf(c.getObjectType()))
                                .thenComparing(c -> String.valueOf(c.getObjectId())))
                        .toList();
    }

    private void refresh() {
        if (table == null || table.getControl().isDisposed()) {
            return;
        }
        List<MergeConflict> shown = conflicts();
        table.setInput(shown);
        summary.setText(session == null ? "No case is open."
                : shown.isEmpty() ? session.file().getFileName() + " has no open conflicts."
                        : session.file().getFileName() + ": " + shown.size()
                                + (shown.size() == 1 ? " open conflict" : " open conflicts")
                                + ". Choose one, then keep ours, take theirs, keep both or edit the value.");
        summary.getParent().layout();
        updateButtons();
    }

    private MergeConflict selected() {
        Object first = table.getStructuredSelection().getFirstElement();
        return first instanceof MergeConflict c ? c : null;
    }

    private void updateButtons() {
        MergeConflict conflict = selected();
        keepOurs.setEnabled(conflict != null);
        takeTheirs.setEnabled(conflict != null);
        String whyNot = conflict == null ? null : Resolutions.whyNotBoth(session.resource().getContents(), conflict);
        keepBoth.setEnabled(conflict != null && whyNot == null);
        keepBoth.setToolTipText(conflict == null ? "Keep both sides where both can exist"
                : whyNot != null ? "Both cannot be kept: " + whyNot : bothTip(conflict));
        edit.setEnabled(conflict != null && ResolveCommand.editable(session, conflict));
        details.setText(conflict == null ? "" : details(conflict, whyNot));
    }

    private static String bothTip(MergeConflict conflict) {
        return switch (conflict.getKind()) {
            case DELETED_AND_CHANGED -> "Keep the changed object, with its changes";
            case TARGET_DELETED -> "Keep the reference and the object it points to";
            case SPAN_NOT_PLACED -> "Keep the new text and the span, as an orphan to attach to the right words again";
            default -> "Keep both texts, ours first, with a line between them";
        };
    }

    /** The chosen conflict in words: what happened, each side, the article around a span, and what Keep Both does. */
    private String details(MergeConflict conflict, String whyNot) {
        StringBuilder b = new StringBuilder();
        b.append(conflict.getMessage() == null ? "" : conflict.getMessage()).append('\n');
        ConflictContext.Sides around = ConflictContext.of(session.resource().getContents(), conflict);
        if (around != null) {
            b.append("The article around it:\n");
            b.append("  base:   ").append(around.base()).append('\n');
            b.append("  mine:   ").append(around.ours()).append('\n');
            b.append("  theirs: ").append(around.theirs()).append('\n');
        } else {
            b.append("  base:   ").append(value(conflict, conflict.getBase(), 0)).append('\n');
            b.append("  mine:   ").append(value(conflict, conflict.getOurs(), 0)).append('\n');
            b.append("  theirs: ").append(value(conflict, conflict.getTheirs(), 0)).append('\n');
        }
        b.append(whyNot == null ? "Keep Both: " + bothTip(conflict) + "." : "Keep Both is not possible: " + whyNot);
        return b.toString();
    }

    /** The text shown below the list for the chosen conflict (tests). */
    public String detailsText() {
        return details.getText();
    }

    /** The Keep Both button (tests click it). */
    public Button keepBothButton() {
        return keepBoth;
    }

    /**
     * Keeps both sides of the selected conflict, as one command.
     *
     * @return why not, or null when it was resolved
     */
    public String keepBothSelected() {
        MergeConflict conflict = selected();
        if (conflict == null || session == null) {
            return "No conflict is selected.";
        }
        ResolveCommand command = ResolveCommand.keepBoth(session, conflict);
        session.commandStack().execute(command);
        if (command.problem() != null) {
            MessageDialog.openInformation(getSite().getShell(), "Conflict not resolved",
                    "Both sides cannot be kept: " + command.problem());
            return command.problem();
        }
        ExternalChanges.say("Kept both sides of the conflict about " + objectText(conflict)
                + " (Edit › Undo takes it back).");
        return null;
    }

    /** Selects a conflict's row (tests, and after a merge). */
    public void select(MergeConflict conflict) {
        table.setSelection(new org.eclipse.jface.viewers.StructuredSelection(conflict), true);
        updateButtons();
    }

    /**
     * Resolves the selected conflict by a side, or by a side and then the edited value, as one command.
     *
     * @return why it could not be resolved, or null when it was
     */
    public String resolveSelected(ConflictSide side, String edited) {
        MergeConflict conflict = selected();
        if (conflict == null || session == null) {
            return "No conflict is selected.";
        }
        ResolveCommand command = new ResolveCommand(session, conflict, side, edited);
        session.commandStack().execute(command);
        if (command.problem() != null) {
            MessageDialog.openInformation(getSite().getShell(), "Conflict not resolved",
                    "This side cannot be taken: " + command.problem());
            return command.problem();
        }
        ExternalChanges.say("Resolved the conflict about " + objectText(conflict) + " (Edit › Undo takes it back).");
        return null;
    }

    private void editSelected() {
        MergeConflict conflict = selected();
        if (conflict == null || !ResolveCommand.editable(session, conflict)) {
            return;
        }
        String kept = conflict.getKept() == ConflictSide.THEIRS ? conflict.getTheirs() : conflict.getOurs();
        InputDialog dialog = new InputDialog(getSite().getShell(), "Resolve Conflict", "The " + conflict.getFeature()
                + " of " + objectText(conflict) + ":\n\nbase: " + value(conflict, conflict.getBase()) + "\nours: "
                + value(conflict, conflict.getOurs()) + "\ntheirs: " + value(conflict, conflict.getTheirs()),
                kept == null ? "" : kept, null);
        if (dialog.open() == Window.OK) {
            resolveSelected(conflict.getKept() == null ? ConflictSide.OURS : conflict.getKept(), dialog.getValue());
        }
    }

    /** Properties shows the object a selected conflict is about, as it is now (the conflict itself once it is gone). */
    @Override
    public <T> T getAdapter(Class<T> type) {
        if (type == org.eclipse.ui.views.properties.IPropertySheetPage.class) {
            return type.cast(new org.factcheck.ui.cases.CasePropertySheetPage(null, () -> null,
                    row -> row instanceof MergeConflict c && object(c) != null ? object(c) : row));
        }
        return super.getAdapter(type);
    }

    @Override
    public void setFocus() {
        table.getControl().setFocus();
    }

    @Override
    public void dispose() {
        getSite().getPage().removePartListener(parts);
        CaseSessions.getDefault().removeListener(sessions);
        if (session != null) {
            session.changes().removeListener(changes);
        }
        super.dispose();
    }
}
