package org.factcheck.ui.internal.handlers;

import java.util.Map;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.factcheck.model.CaseFile;
import org.factcheck.model.CasePackage;
import org.factcheck.model.Claim;
import org.factcheck.model.Rating;
import org.factcheck.model.RatingScale;

/**
 * The one command that gives a case another rating scale: every claim whose verdict is on the old scale gets the
 * new rating it was mapped to (or no verdict), then the case's scale is replaced. Undo restores scale and
 * verdicts together.
 */
public final class ScaleChange {

    private ScaleChange() {
    }

    /**
     * @param domain   the case's editing domain
     * @param caseFile the case
     * @param scale    the new scale, in no case yet
     * @param mapping  for each old rating in use, the new rating ({@code null}: no verdict); ratings missing
     *                 from the map become no verdict
     * @return the command, labelled "Change Rating Scale"
     */
    public static Command create(EditingDomain domain, CaseFile caseFile, RatingScale scale, Map<Rating, Rating> mapping) {
        CompoundCommand change = new CompoundCommand("Change Rating Scale to “" + scale.getName() + "”");
        for (Claim claim : caseFile.getClaims()) {
            Rating old = claim.getVerdict();
            if (old != null) {
                Rating target = mapping.get(old);
                change.append(SetCommand.create(domain, claim, CasePackage.Literals.CLAIM__VERDICT,
                        target == null ? SetCommand.UNSET_VALUE : target));
            }
        }
        change.append(SetCommand.create(domain, caseFile, CasePackage.Literals.CASE_FILE__RATING_SCALE, scale));
        return change;
    }
}
