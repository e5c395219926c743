package com.example.factcheck.sample.internal;

import java.util.ArrayList;
import java.util.List;

import org.factcheck.core.checks.CaseCheck;
import org.factcheck.core.checks.CaseProblem;
import org.factcheck.core.checks.CaseProblem.Severity;
import org.factcheck.model.CaseFile;
import org.factcheck.model.Claim;

/** The newsroom's rule: a claim that has a verdict must have at least one piece of evidence behind it. */
public final class SourcedVerdictsCheck implements CaseCheck {

    @Override
    public List<CaseProblem> check(CaseFile caseFile) {
        List<CaseProblem> problems = new ArrayList<>();
        for (Claim claim : caseFile.getClaims()) {
            if (claim.getVerdict() != null && claim.getEvidence().isEmpty()) {
                problems.add(CaseProblem.of(Severity.WARNING, claim, "has the verdict “"
                        + claim.getVerdict().getLabel() + "” but no evidence (Example Newsroom: sourced verdicts)"));
            }
        }
        return problems;
    }
}
