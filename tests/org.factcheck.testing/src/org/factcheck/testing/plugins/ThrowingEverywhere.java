package org.factcheck.testing.plugins;

import java.util.List;

import org.factcheck.core.checks.CaseCheck;
import org.factcheck.core.checks.CaseProblem;
import org.factcheck.core.detectors.ClaimDetector;
import org.factcheck.core.detectors.ClaimSuggestion;
import org.factcheck.core.detectors.DetectionRequest;
import org.factcheck.core.scales.ScaleFactory;
import org.factcheck.model.CaseFile;
import org.factcheck.model.RatingScale;

/**
 * A plugin's class that throws in every method, as one compiled against an older API does after an upgrade:
 * errors the platform must survive, not only exceptions. It also throws from {@code hashCode}, {@code equals}
 * and {@code toString}, which the platform must not need.
 */
public final class ThrowingEverywhere implements ClaimDetector, CaseCheck, ScaleFactory {

    @Override
    public List<ClaimSuggestion> detect(DetectionRequest request) {
        throw new NoSuchMethodError("org.factcheck.core.detectors.DetectionRequest.sentences()");
    }

    @Override
    public List<CaseProblem> check(CaseFile caseFile) {
        throw new LinkageError("loader constraint violation (simulated)");
    }

    @Override
    public RatingScale createScale() {
        throw new IllegalStateException("no scale today");
    }

    @Override
    public int hashCode() {
        throw new UnsupportedOperationException("hashCode");
    }

    @Override
    public boolean equals(Object other) {
        throw new UnsupportedOperationException("equals");
    }

    @Override
    public String toString() {
        throw new UnsupportedOperationException("toString");
    }
}
