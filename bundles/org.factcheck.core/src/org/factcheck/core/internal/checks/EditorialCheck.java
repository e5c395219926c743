package org.factcheck.core.internal.checks;

import java.util.ArrayList;
import java.util.List;

import org.factcheck.core.checks.CaseCheck;
import org.factcheck.core.checks.CaseProblem;
import org.factcheck.core.checks.CaseProblem.Severity;
import org.factcheck.model.CaseFile;
import org.factcheck.model.Claim;
import org.factcheck.model.ClaimStatus;
import org.factcheck.model.Rating;

/** Editorial consistency: a published claim has a verdict from the case's scale, a verdict has an explanation, a claim appears somewhere. */
public final class EditorialCheck implements CaseCheck {

    @Override
    public List<CaseProblem> check(CaseFile caseFile) {
        List<CaseProblem> problems = new ArrayList<>();
        for (Claim claim : caseFile.getClaims()) {
            Rating verdict = claim.getVerdict();
            if (claim.getStatus() == ClaimStatus.PUBLISHED && verdict == null) {
                problems.add(CaseProblem.of(Severity.ERROR, claim, "it is published but has no verdict."));
            }
            if (verdict != null && (caseFile.getRatingScale() == null
                    || !caseFile.getRatingScale().getRatings().contains(verdict))) {
                problems.add(CaseProblem.of(Severity.ERROR, claim,
                        "its verdict “" + verdict.getLabel() + "” is not on the case's rating scale."));
            }
            if (verdict != null && (claim.getExplanation() == null || claim.getExplanation().isBlank())) {
                problems.add(CaseProblem.of(Severity.WARNING, claim, "it has a verdict but no explanation."));
            }
            if (claim.getAppearances().isEmpty()) {
                problems.add(CaseProblem.of(Severity.WARNING, claim, "it has no appearance in any article."));
            }
        }
        return problems;
    }
}
