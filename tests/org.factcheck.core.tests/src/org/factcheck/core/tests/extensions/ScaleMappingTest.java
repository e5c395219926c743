package org.factcheck.core.tests.extensions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.factcheck.core.CaseFiles;
import org.factcheck.core.scales.ScaleMapping;
import org.factcheck.model.CaseFactory;
import org.factcheck.model.CaseFile;
import org.factcheck.model.Claim;
import org.factcheck.model.Rating;
import org.factcheck.model.RatingScale;
import org.junit.jupiter.api.Test;

/** How Change Rating Scale proposes to map verdicts: by label, then by value, the rest left to the user. */
class ScaleMappingTest {

    @Test
    void labelsFirstThenScoredValuesThenNothing() {
        CaseFile caseFile = CaseFiles.newCase("Mapping");
        RatingScale old = caseFile.getRatingScale();
        Rating trueRating = old.getRatings().get(0);
        Rating mostlyFalse = old.getRatings().get(3);
        Rating unverifiable = old.getRatings().get(5);
        claim(caseFile, trueRating);
        claim(caseFile, mostlyFalse);
        claim(caseFile, unverifiable);
        claim(caseFile, trueRating);

        RatingScale target = CaseFactory.eINSTANCE.createRatingScale();
        Rating accurate = rating(target, "Accurate", 2, true);
        Rating mostlyWrong = rating(target, "Misleading", 1, true);
        Rating truth = rating(target, "  TRUE ", 9, true);
        rating(target, "Unproven", 0, false);

        ScaleMapping mapping = ScaleMapping.propose(caseFile, target);
        assertEquals(truth, mapping.target(trueRating).orElseThrow(), "by label, ignoring case and spaces");
        assertEquals(accurate, mapping.target(mostlyFalse).orElseThrow(), "Mostly false is scored 2, like Accurate");
        assertEquals(List.of(unverifiable), mapping.unmapped(), "an unscored rating with no label match is the user's call");
        assertEquals(List.of(trueRating, mostlyFalse, unverifiable), mapping.used());
        assertEquals(false, mapping.mapped().containsValue(mostlyWrong));
    }

    private static void claim(CaseFile caseFile, Rating verdict) {
        Claim claim = CaseFactory.eINSTANCE.createClaim();
        claim.setVerdict(verdict);
        caseFile.getClaims().add(claim);
    }

    private static Rating rating(RatingScale scale, String label, int value, boolean scored) {
        Rating rating = CaseFactory.eINSTANCE.createRating();
        rating.setLabel(label);
        rating.setValue(value);
        rating.setScored(scored);
        scale.getRatings().add(rating);
        return rating;
    }
}
