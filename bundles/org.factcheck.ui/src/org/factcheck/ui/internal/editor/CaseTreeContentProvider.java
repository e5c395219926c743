package org.factcheck.ui.internal.editor;

import org.factcheck.ui.cases.CaseSession;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.jface.viewers.StructuredViewer;
import org.factcheck.model.CaseFile;
import org.factcheck.model.CasePackage;
import org.factcheck.ui.emf.EmfContentProvider;

/**
 * Content of the case explorer: a case shows folders for its documents, claims, sources, people and
 * organisations, and relations; below them the item providers decide (a document's spans, a claim's evidence).
 */
final class CaseTreeContentProvider extends EmfContentProvider {

    CaseTreeContentProvider(AdapterFactory adapterFactory) {
        super(adapterFactory);
    }

    static List<FeatureGroup> groups(CaseFile root) {
        CasePackage p = CasePackage.eINSTANCE;
        return List.of(new FeatureGroup(root, p.getCaseFile_Documents(), "Documents"),
                new FeatureGroup(root, p.getCaseFile_Claims(), "Claims"),
                new FeatureGroup(root, p.getCaseFile_Sources(), "Sources"),
                new FeatureGroup(root, p.getCaseFile_Actors(), "People & organisations"),
                new FeatureGroup(root, p.getCaseFile_Relations(), "Relations"));
    }

    @Override
    public Object[] getElements(Object input) {
        if (input instanceof CaseSession session) {
            return new Object[] { session.caseFile() };
        }
        return super.getElements(input);
    }

    @Override
    public Object[] getChildren(Object parent) {
        if (parent instanceof CaseFile root) {
            return groups(root).toArray();
        }
        if (parent instanceof FeatureGroup group) {
            return group.children().toArray();
        }
        return super.getChildren(parent);
    }

    @Override
    public Object getParent(Object element) {
        if (element instanceof FeatureGroup group) {
            return group.owner();
        }
        Object parent = super.getParent(element);
        if (parent instanceof CaseFile root && element instanceof org.eclipse.emf.ecore.EObject child) {
            return groups(root).stream().filter(g -> g.feature() == child.eContainingFeature()).findFirst().orElse(null);
        }
        return parent;
    }

    @Override
    public boolean hasChildren(Object element) {
        if (element instanceof CaseFile || element instanceof FeatureGroup group && !group.children().isEmpty()) {
            return true;
        }
        return !(element instanceof FeatureGroup) && super.hasChildren(element);
    }

    /**
     * A change to one of the case's lists refreshes only the folder of that list, and relabels only the folder (its
     * count) and the rows the viewer adds: a new claim costs one row, not one per claim of the case.
     */
    @Override
    protected void refreshElement(StructuredViewer viewer, Object element, boolean structural, Notification cause) {
        if (element instanceof CaseFile root && structural) {
            FeatureGroup group = groups(root).stream().filter(g -> g.feature() == cause.getFeature()).findFirst()
                    .orElse(null);
            if (group != null) {
                viewer.refresh(group, false);
                viewer.update(group, null);
            } else {
                viewer.refresh(root, false);
                viewer.update(root, null);
            }
            return;
        }
        super.refreshElement(viewer, element, structural, cause);
    }
}
