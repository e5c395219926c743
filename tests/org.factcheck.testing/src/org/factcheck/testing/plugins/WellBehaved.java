package org.factcheck.testing.plugins;

import java.util.ArrayList;
import java.util.List;

import org.factcheck.core.checks.CaseCheck;
import org.factcheck.core.checks.CaseProblem;
import org.factcheck.core.detectors.ClaimDetector;
import org.factcheck.core.detectors.ClaimSuggestion;
import org.factcheck.core.detectors.DetectionRequest;
import org.factcheck.core.detectors.SuggestionKind;
import org.factcheck.model.CaseFile;

/**
 * A plugin's class that works: a detector suggesting every occurrence of "said" as indirect speech, and a check
 * warning about the case with its number of claims, so that tests can see the contributions alongside broken ones.
 */
public final class WellBehaved implements ClaimDetector, CaseCheck {

    /** What the check says. */
    public static String message(CaseFile caseFile) {
        return "it has " + caseFile.getClaims().size() + " claims (a contributed check).";
    }

    @Override
    public List<ClaimSuggestion> detect(DetectionRequest request) {
        List<ClaimSuggestion> result = new ArrayList<>();
        String text = request.text();
        for (int at = text.indexOf("said"); at >= 0; at = text.indexOf("said", at + 1)) {
            int start = text.codePointCount(0, at);
            result.add(ClaimSuggestion.builder(start, start + 4, SuggestionKind.INDIRECT_SPEECH).score(0.25)
                    .reason("the word “said”").build());
        }
        return result;
    }

    @Override
    public List<CaseProblem> check(CaseFile caseFile) {
        return List.of(CaseProblem.of(CaseProblem.Severity.WARNING, caseFile, message(caseFile)));
    }
}
