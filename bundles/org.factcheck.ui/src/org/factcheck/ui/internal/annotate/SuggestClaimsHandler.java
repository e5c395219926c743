package org.factcheck.ui.internal.annotate;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.factcheck.core.detectors.ClaimDetectors;
import org.factcheck.core.detectors.DetectorDescriptor;
import org.factcheck.model.Document;

/**
 * Annotate › Suggest Claims: runs the installed claim detectors on the active article (or the article selected in the
 * case explorer) as a background job and shows the Suggestions view. With no detector, or none for the article's
 * language, it says so and runs nothing.
 */
public final class SuggestClaimsHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchPart part = HandlerUtil.getActivePart(event);
        Document document = part instanceof DocumentEditor editor ? editor.document() : selected(HandlerUtil.getCurrentSelection(event));
        Shell shell = HandlerUtil.getActiveShell(event);
        if (document == null || part == null) {
            return null;
        }
        suggest(part.getSite().getPage(), shell, document, ClaimDetectors.getDefault());
        return null;
    }

    /**
     * Shows the Suggestions view for {@code document} and starts the job; returns it, or {@code null} when no detector
     * applies (then a dialog said why).
     */
    public static SuggestJob suggest(IWorkbenchPage page, Shell shell, Document document, ClaimDetectors detectors) {
        String problem = noDetector(detectors.descriptors(), document);
        if (problem != null) {
            MessageDialog.openInformation(shell, "Suggest Claims", problem);
            return null;
        }
        SuggestionsView view = null;
        try {
            view = (SuggestionsView) page.showView(SuggestionsView.ID, null, IWorkbenchPage.VIEW_VISIBLE);
            view.show(document);
        } catch (PartInitException e) {
            // the suggestions are still marked in the article
        }
        SuggestJob job = new SuggestJob(document, detectors);
        job.schedule();
        if (view != null) {
            view.started(document);
        }
        return job;
    }

    /** Why no detector can run on the document, or {@code null} if one can. */
    static String noDetector(List<DetectorDescriptor> installed, Document document) {
        if (installed.isEmpty()) {
            return "No claim detector is installed, so there is nothing to suggest. Detectors are plug-ins that "
                    + "contribute to the extension point " + ClaimDetectors.EXTENSION_POINT + ".";
        }
        if (installed.stream().noneMatch(d -> d.handles(document.getLanguage()))) {
            return "None of the installed claim detectors (" + String.join(", ", installed.stream().map(
                    DetectorDescriptor::name).toList()) + ") handles the article's language, " + document.getLanguage()
                    + ". Set the article's language in its properties if it is wrong.";
        }
        return null;
    }

    private static Document selected(ISelection selection) {
        return selection instanceof IStructuredSelection s && s.size() == 1 && s.getFirstElement() instanceof Document d
                ? d : null;
    }
}
