package org.factcheck.ui.internal.editor;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.factcheck.model.Claim;
import org.factcheck.model.Document;
import org.factcheck.model.TextSpan;
import org.factcheck.ui.cases.CaseSession;
import org.factcheck.ui.internal.annotate.DocumentEditor;
import org.factcheck.ui.internal.claims.ClaimEditor;

/**
 * What double-click or Enter on an element of the case explorer opens: an article (or a span, in its article) in the
 * document editor, a claim in the claim editor, a person, organisation or source in its edit dialog.
 */
final class OpenElement {

    private OpenElement() {
    }

    static void open(IWorkbenchPage page, CaseSession session, Object element) {
        try {
            if (element instanceof Document document) {
                DocumentEditor.open(page, session, document);
            } else if (element instanceof TextSpan span && span.getDocument() != null) {
                DocumentEditor.open(page, session, span.getDocument()).select(span);
            } else if (element instanceof org.factcheck.model.Evidence evidence && evidence.getSpan() != null
                    && evidence.getSpan().getDocument() != null) {
                DocumentEditor.open(page, session, evidence.getSpan().getDocument()).select(evidence.getSpan());
            } else if (element instanceof org.factcheck.model.Evidence evidence) {
                org.factcheck.ui.internal.evidence.EvidenceActions.edit(page.getWorkbenchWindow().getShell(), session,
                        evidence);
            } else if (element instanceof Claim claim) {
                ClaimEditor.open(page, session, claim);
            } else if (element instanceof org.factcheck.model.Actor || element instanceof org.factcheck.model.Source) {
                new org.factcheck.ui.internal.names.NameActions(session, page.getWorkbenchWindow().getShell(), o -> {
                }).edit((org.eclipse.emf.ecore.EObject) element);
            }
        } catch (PartInitException e) {
            MessageDialog.openError(page.getWorkbenchWindow().getShell(), "Cannot open", e.getMessage());
        }
    }
}
