package org.factcheck.ui.cases;

import java.util.List;
import java.util.function.Supplier;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.views.properties.PropertySheetPage;
import org.factcheck.ui.internal.annotate.StackActions;

/**
 * The Properties of what is selected in a part of a case (explorer, article, claim editor, diagram): values read
 * and edited as the workbench labels them, edits run on the case's command stack, the values follow every change to
 * the selected objects (an Undo among them), and while the Properties view has the focus Undo and Redo still act on
 * the case.
 */
public class CasePropertySheetPage extends PropertySheetPage {

    private final CaseSession session;
    private final Supplier<Object> subject;
    private final CaseChanges.Listener changeListener = this::caseChanged;
    private StackActions stackActions;
    private List<?> selected = List.of();

    public CasePropertySheetPage(CaseSession session) {
        this(session, () -> null);
    }

    /** With {@code subject}: what the part is about (its article), shown while nothing in it is selected. */
    public CasePropertySheetPage(CaseSession session, Supplier<Object> subject) {
        this.session = session;
        this.subject = subject;
        setPropertySourceProvider(session.propertySourceProvider());
        session.changes().addListener(changeListener);
    }

    @Override
    public void setActionBars(IActionBars actionBars) {
        super.setActionBars(actionBars);
        stackActions = new StackActions(actionBars);
        stackActions.setStack(session.commandStack());
    }

    @Override
    public void selectionChanged(IWorkbenchPart part, ISelection selection) {
        ISelection shown = selection;
        Object about = subject.get();
        if (about != null && (selection == null || selection.isEmpty())) {
            shown = new StructuredSelection(about);
        }
        super.selectionChanged(part, shown);
        if (shown instanceof IStructuredSelection structured) {
            selected = structured.toList();
        }
    }

    /** Shows the new values when something changed one of the objects shown. */
    private void caseChanged(List<Notification> changes) {
        if (getControl() == null || getControl().isDisposed() || selected.isEmpty()) {
            return;
        }
        for (Notification change : changes) {
            if (selected.contains(change.getNotifier())) {
                refresh();
                return;
            }
        }
    }

    @Override
    public void dispose() {
        session.changes().removeListener(changeListener);
        if (stackActions != null) {
            stackActions.dispose();
        }
        super.dispose();
    }
}
