package org.factcheck.ui.internal.search;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/** Edit › Find in Case…: shows the Find in Case view with the cursor in its field. */
public final class FindInCaseHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage();
        try {
            page.showView(FindInCaseView.ID).setFocus();
        } catch (PartInitException e) {
            throw new ExecutionException("The Find in Case view cannot be shown", e);
        }
        return null;
    }
}
