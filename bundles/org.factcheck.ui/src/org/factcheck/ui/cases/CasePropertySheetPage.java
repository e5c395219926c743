package org.factcheck.ui.cases;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.views.properties.PropertySheetPage;
import org.factcheck.ui.internal.annotate.StackActions;

/**
 * The Properties of what is selected in a part of a case (explorer, article, claim editor, Claims and Sources views,
 * diagram): values read and edited as the workbench labels them, edits run on the command stack of the case the
 * selected objects belong to, the values follow every change to them (an Undo among them), and while the Properties
 * view has the focus Undo and Redo still act on that case.
 */
public class CasePropertySheetPage extends PropertySheetPage {

    private final Supplier<Object> subject;
    private final Function<Object, Object> shownFor;
    private final CaseChanges.Listener changeListener = this::caseChanged;
    private CaseSession followed;
    private StackActions stackActions;
    private List<?> selected = List.of();

    /** Properties of objects of {@code session}. */
    public CasePropertySheetPage(CaseSession session) {
        this(session, () -> null);
    }

    /** With {@code subject}: what the part is about (its article), shown while nothing in it is selected. */
    public CasePropertySheetPage(CaseSession session, Supplier<Object> subject) {
        this(session, subject, Function.identity());
    }

    /**
     * With {@code shownFor}: for a part whose rows stand for objects of the case (a merge conflict for the claim it
     * is about), what is shown for each selected row; rows it maps to null are left out.
     */
    public CasePropertySheetPage(CaseSession session, Supplier<Object> subject, Function<Object, Object> shownFor) {
        this.subject = subject;
        this.shownFor = shownFor;
        setPropertySourceProvider(object -> {
            CaseSession owner = object instanceof EObject e ? CaseSessions.getDefault().of(e).orElse(null) : null;
            return owner == null ? null : owner.propertySourceProvider().getPropertySource(object);
        });
        follow(session);
    }

    /** For a part that shows one case after another (the Claims and Sources views): follows the selection's case. */
    public CasePropertySheetPage() {
        this(null, () -> null);
    }

    @Override
    public void setActionBars(IActionBars actionBars) {
        super.setActionBars(actionBars);
        stackActions = new StackActions(actionBars);
        stackActions.setStack(followed == null ? null : followed.commandStack());
    }

    @Override
    public void selectionChanged(IWorkbenchPart part, ISelection selection) {
        ISelection shown = selection instanceof IStructuredSelection rows && !rows.isEmpty()
                ? new StructuredSelection(alike(rows.toList().stream().map(shownFor).filter(Objects::nonNull).toList()))
                : selection;
        Object about = subject.get();
        if (about != null && (shown == null || shown.isEmpty())) {
            shown = new StructuredSelection(about);
        }
        super.selectionChanged(part, shown);
        if (shown instanceof IStructuredSelection structured) {
            selected = structured.toList();
            selected.stream().filter(EObject.class::isInstance).findFirst()
                    .flatMap(o -> CaseSessions.getDefault().of((EObject) o)).ifPresent(this::follow);
        }
    }

    /**
     * Objects of one kind as they are; of several kinds (the caret in a quote selects its claim and the span) the
     * first alone: the sheet would show only the properties they all have, which for a claim and a span is none.
     */
    private static List<?> alike(List<?> objects) {
        if (objects.size() < 2) {
            return objects;
        }
        Class<?> kind = objects.get(0).getClass();
        return objects.stream().allMatch(o -> o.getClass() == kind) ? objects : List.of(objects.get(0));
    }

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
        if (stackActions != null) {
            stackActions.setStack(session == null ? null : session.commandStack());
        }
    }

    /**
     * Shows the new values when something changed one of the objects shown. A change to what an object contains (an
     * article's spans, a claim's evidence) is not one of its properties (EMF shows contents as children), so marking a
     * span does not refresh the article's properties.
     */
    private void caseChanged(List<Notification> changes) {
        if (getControl() == null || getControl().isDisposed() || selected.isEmpty()) {
            return;
        }
        for (Notification change : changes) {
            boolean contents = change.getFeature() instanceof org.eclipse.emf.ecore.EReference reference
                    && reference.isContainment();
            if (!contents && selected.contains(change.getNotifier())) {
                refresh();
                return;
            }
        }
    }

    @Override
    public void dispose() {
        follow(null);
        if (stackActions != null) {
            stackActions.dispose();
        }
        super.dispose();
    }
}
