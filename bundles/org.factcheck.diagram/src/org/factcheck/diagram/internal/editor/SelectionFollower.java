package org.factcheck.diagram.internal.editor;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.factcheck.model.CaseFile;
import org.factcheck.model.Claim;
import org.factcheck.model.ClaimRelation;
import org.factcheck.model.Evidence;
import org.factcheck.model.TextSpan;
import org.factcheck.model.notation.Node;

/**
 * Selects in the diagram what is selected elsewhere: claims and relations themselves, the claim of a piece of
 * evidence, the claims that appear at a span of an article. Selections with nothing of the diagram's case in them
 * leave the diagram's selection alone.
 */
final class SelectionFollower implements ISelectionListener {

    private final ArgumentDiagramEditor editor;

    SelectionFollower(ArgumentDiagramEditor editor) {
        this.editor = editor;
    }

    @Override
    public void selectionChanged(IWorkbenchPart part, ISelection selection) {
        if (part == editor || !(selection instanceof IStructuredSelection structured) || structured.isEmpty()) {
            return;
        }
        CaseFile caseFile = editor.session().caseFile();
        Set<Object> models = new LinkedHashSet<>();
        for (Object element : structured.toList()) {
            models.addAll(modelsFor(element, caseFile));
        }
        if (!models.isEmpty()) {
            editor.selectionProvider().setSelection(new StructuredSelection(new ArrayList<>(models)));
        }
    }

    private static List<Object> modelsFor(Object element, CaseFile caseFile) {
        if (element instanceof Claim || element instanceof ClaimRelation) {
            return List.of(element);
        }
        if (element instanceof Evidence evidence && evidence.getClaim() != null) {
            return List.of(evidence.getClaim());
        }
        if (element instanceof Node node && node.getElement() != null) {
            return List.of(node.getElement());
        }
        if (element instanceof TextSpan span) {
            return new ArrayList<>(caseFile.getClaims().stream().filter(c -> c.getAppearances().contains(span)).toList());
        }
        return List.of();
    }
}
