package org.factcheck.ui.internal.handlers;

import java.util.Optional;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.factcheck.core.scales.RatingScales;
import org.factcheck.ui.cases.CaseSession;
import org.factcheck.ui.cases.CaseSessions;

/**
 * Change Rating Scale…: gives the case of the active part another contributed scale, mapping its verdicts
 * ({@link ChangeScaleDialog}), as one command on the case's command stack (Edit › Undo takes it back).
 */
public final class ChangeScaleHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        Optional<CaseSession> session = CaseSessions.of(HandlerUtil.getActivePart(event));
        if (session.isEmpty()) {
            MessageDialog.openInformation(shell, "Change Rating Scale", "Open a case first, then change its scale.");
            return null;
        }
        if (session.get().readOnlyReason().isPresent()) {
            MessageDialog.openInformation(shell, "Change Rating Scale", "The case cannot be changed: "
                    + session.get().readOnlyReason().get());
            return null;
        }
        ChangeScaleDialog dialog = new ChangeScaleDialog(shell, session.get().caseFile(), RatingScales.getDefault());
        if (dialog.open() == Window.OK && dialog.newScale() != null) {
            CaseSession s = session.get();
            s.commandStack().execute(ScaleChange.create(s.domain(), s.caseFile(), dialog.newScale(), dialog.mapping()));
        }
        return null;
    }
}
