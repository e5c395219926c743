package org.factcheck.detect.opennlp.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * Guards the detector's measured quality on the hand-labelled demo articles against regressions. The floors lie a
 * little below what it reaches (README: reported speech precision 1.00, recall 0.96, speaker 1.00; check-worthy
 * precision 1.00, recall 0.76); the targets are 0.85, 0.75 and 0.80.
 */
class DetectorQualityTest {

    static Path bundle() {
        return Path.of(System.getProperty("factcheck.detector.bundle", "."));
    }

    @Test
    void reportedSpeechAndSpeakersStayAboveTheirFloors() throws Exception {
        Evaluation.Result result = Evaluation.run(bundle());
        String table = result.table() + String.join("\n", result.misses());
        Evaluation.Counts speech = result.kinds().get(Evaluation.SPEECH);
        assertTrue(speech.precision() >= 0.93, "reported speech precision\n" + table);
        assertTrue(speech.recall() >= 0.90, "reported speech recall\n" + table);
        assertTrue(result.speakerAccuracy() >= 0.92, "speaker accuracy\n" + table);
        assertTrue(result.kinds().get("direct").recall() >= 0.90, "direct quotes recall\n" + table);
        assertTrue(result.kinds().get("indirect").recall() >= 0.85, "indirect speech recall\n" + table);
        Evaluation.Counts checkWorthy = result.kinds().get("check-worthy");
        assertTrue(checkWorthy.precision() >= 0.85, "check-worthy precision\n" + table);
        assertTrue(checkWorthy.recall() >= 0.65, "check-worthy recall\n" + table);
    }
}
