package org.factcheck.ui.internal.exporting;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.IWorkbenchWizard;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.wizards.IWizardDescriptor;

/** File › Export…: opens the case export wizard (contributed to {@code org.eclipse.ui.exportWizards}). */
public final class ExportCaseHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        IWizardDescriptor descriptor = PlatformUI.getWorkbench().getExportWizardRegistry().findWizard(ExportCaseWizard.ID);
        try {
            IWorkbenchWizard wizard = descriptor.createWizard();
            ISelection selection = HandlerUtil.getCurrentSelection(event);
            wizard.init(PlatformUI.getWorkbench(), selection instanceof IStructuredSelection structured ? structured
                    : StructuredSelection.EMPTY);
            new WizardDialog(HandlerUtil.getActiveShell(event), wizard).open();
        } catch (CoreException e) {
            MessageDialog.openError(HandlerUtil.getActiveShell(event), "Cannot export", e.getMessage());
        }
        return null;
    }
}
