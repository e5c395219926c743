package org.factcheck.ui.internal.evidence;

import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.factcheck.model.Claim;
import org.factcheck.model.Evidence;
import org.factcheck.ui.cases.CaseSession;

/** Add Evidence… (without a quote) and Edit Evidence…, as the claim editor and the case explorer offer them. */
public final class EvidenceActions {

    private EvidenceActions() {
    }

    /** Asks for evidence without a quote and adds it to {@code claim}: one command; returns it, or null. */
    public static Evidence add(Shell shell, CaseSession session, Claim claim) {
        EvidenceDialog dialog = EvidenceDialog.add(shell, session, claim);
        return dialog.open() == Window.OK && execute(session, dialog.command()) ? dialog.evidence() : null;
    }

    /** Edits {@code evidence}'s stance, address, source, retrieval, hash and note: one command. */
    public static void edit(Shell shell, CaseSession session, Evidence evidence) {
        EvidenceDialog dialog = EvidenceDialog.edit(shell, session, evidence);
        if (dialog.open() == Window.OK) {
            execute(session, dialog.command());
        }
    }

    private static boolean execute(CaseSession session, Command command) {
        if (command == null || !command.canExecute()) {
            return false;
        }
        session.commandStack().execute(command);
        return true;
    }
}
