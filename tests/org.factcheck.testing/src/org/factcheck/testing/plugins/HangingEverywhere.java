package org.factcheck.testing.plugins;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.factcheck.core.checks.CaseCheck;
import org.factcheck.core.checks.CaseProblem;
import org.factcheck.core.detectors.ClaimDetector;
import org.factcheck.core.detectors.ClaimSuggestion;
import org.factcheck.core.detectors.DetectionRequest;
import org.factcheck.core.scales.ScaleFactory;
import org.factcheck.model.CaseFile;
import org.factcheck.model.RatingScale;

/**
 * A plugin's class that hangs in every method: it ignores its monitor and interrupts, until {@link #release()}
 * lets the abandoned threads end (at the end of a test).
 */
public final class HangingEverywhere implements ClaimDetector, CaseCheck, ScaleFactory {

    private static volatile boolean released;

    /** How many calls are hanging now. */
    public static final AtomicInteger HANGING = new AtomicInteger();

    /** Lets every hanging call return. */
    public static void release() {
        released = true;
    }

    /** Makes calls hang again (before a test). */
    public static void hold() {
        released = false;
    }

    private static <T> T hang() {
        HANGING.incrementAndGet();
        try {
            while (!released) {
                try {
                    Thread.sleep(50);
                } catch (InterruptedException ignored) {
                    // a hanging plugin does not care
                }
            }
            return null;
        } finally {
            HANGING.decrementAndGet();
        }
    }

    @Override
    public List<ClaimSuggestion> detect(DetectionRequest request) {
        return hang();
    }

    @Override
    public List<CaseProblem> check(CaseFile caseFile) {
        return hang();
    }

    @Override
    public RatingScale createScale() {
        return hang();
    }
}
