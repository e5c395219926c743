package org.factcheck.ui.internal.claims;

import java.util.Locale;

import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.factcheck.model.Actor;
import org.factcheck.model.Claim;
import org.factcheck.model.Rating;
import org.factcheck.model.Tag;

/**
 * Which claims the Claims view lists: those whose statement, claimant, verdict or tags contain the typed words,
 * and that have the chosen claimant, verdict and tag (each {@code null} for any).
 */
final class ClaimsFilter extends ViewerFilter {

    String words = "";
    Actor claimant;
    Rating verdict;
    Tag tag;
    /** When set, only claims without a verdict. */
    boolean noVerdict;

    @Override
    public boolean select(Viewer viewer, Object parent, Object element) {
        return element instanceof Claim claim && matches(claim);
    }

    boolean matches(Claim claim) {
        if (claimant != null && claim.getClaimant() != claimant) {
            return false;
        }
        if (noVerdict ? claim.getVerdict() != null : verdict != null && claim.getVerdict() != verdict) {
            return false;
        }
        if (tag != null && !claim.getTags().contains(tag)) {
            return false;
        }
        String wanted = words.strip().toLowerCase(Locale.ROOT);
        if (wanted.isEmpty()) {
            return true;
        }
        StringBuilder haystack = new StringBuilder();
        for (ClaimColumns column : ClaimColumns.values()) {
            haystack.append(column.text.apply(claim)).append('\n');
        }
        String all = haystack.toString().toLowerCase(Locale.ROOT);
        for (String word : wanted.split("\\s+")) {
            if (!all.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
