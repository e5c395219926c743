package org.factcheck.ui.internal.editor;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

/**
 * A folder in the case explorer ("Documents", "Claims", …) standing for one containment list of the case.
 * Equal when owner and feature are equal, so the tree keeps its expansion state across refreshes.
 */
public record FeatureGroup(EObject owner, EReference feature, String label) {

    public List<?> children() {
        return (List<?>) owner.eGet(feature);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FeatureGroup group && group.owner == owner && group.feature == feature;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(owner) * 31 + feature.hashCode();
    }
}
