package org.factcheck.detect.opennlp.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.factcheck.core.detectors.ClaimDetectors;
import org.factcheck.core.detectors.ClaimSuggestion;
import org.factcheck.core.detectors.DetectedSuggestion;
import org.factcheck.core.detectors.DetectionRequest;
import org.factcheck.core.detectors.Suggestions;
import org.factcheck.core.detectors.SuggestionKind;
import org.factcheck.model.Document;
import org.junit.jupiter.api.Test;

/** The monitor stops a detection; the detector is contributed and runs through the platform's registry. */
class CancellationAndContributionTest {

    private static final String ID = "org.factcheck.detect.opennlp.speech";

    private static String longText() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 400; i++) {
            b.append("Peskov said that the borders would be decided later. Russia annexed Crimea in 2014.\n");
        }
        return b.toString();
    }

    /** Cancels after a number of polls. */
    private static final class CancelAfter extends NullProgressMonitor {
        private int polls;

        CancelAfter(int polls) {
            this.polls = polls;
        }

        @Override
        public boolean isCanceled() {
            return --polls < 0;
        }
    }

    @Test
    void aCanceledMonitorStopsTheDetection() throws Exception {
        Document doc = Evaluation.document("long", longText(), "en");
        OpenNlpClaimDetector detector = new OpenNlpClaimDetector();
        List<ClaimSuggestion> all = detector.detect(DetectionRequest.builder(doc).build());
        assertEquals(800, all.size());
        assertEquals(List.of(), detector.detect(DetectionRequest.builder(doc).monitor(new CancelAfter(0)).build()));
        List<ClaimSuggestion> some = detector.detect(DetectionRequest.builder(doc).monitor(new CancelAfter(10)).build());
        assertEquals(20, some.size(), "ten paragraphs of two sentences before the cancel");
    }

    @Test
    void contributedThroughTheExtensionPointAndRunByThePlatform() {
        assertTrue(ClaimDetectors.getDefault().descriptors().stream().anyMatch(d -> d.id().equals(ID)),
                ClaimDetectors.getDefault().descriptors().toString());
        Document doc = Evaluation.document("demo", "“We will continue consultations with the local population,” "
                + "Peskov said. He added that Russia annexed four regions in September.", "en");
        Suggestions result = ClaimDetectors.getDefault()
                .detect(DetectionRequest.builder(doc).actors(Evaluation.demoActors()).build(), List.of(ID));
        assertEquals(List.of(), result.failures(), "the models load from their bundles");
        assertFalse(result.canceled());
        List<DetectedSuggestion> found = result.suggestions();
        assertEquals(2, found.size(), found.toString());
        assertEquals(ID, found.get(0).detectorId());
        assertEquals(SuggestionKind.DIRECT_QUOTE, found.get(0).suggestion().kind());
        assertEquals("Dmitry Peskov", found.get(1).suggestion().speakerName());
    }
}
