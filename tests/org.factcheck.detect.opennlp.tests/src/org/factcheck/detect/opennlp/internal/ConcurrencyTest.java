package org.factcheck.detect.opennlp.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.factcheck.core.detectors.ClaimSuggestion;
import org.factcheck.core.detectors.DetectionRequest;
import org.junit.jupiter.api.Test;

/** One detector instance called from several threads at once gives what it gives one call at a time. */
class ConcurrencyTest {

    private static final String[] TEXTS = {
        "“We will continue consultations with the local population,” Peskov said. He added that Russia annexed four regions.",
        "Peskow erklärte, dass die Grenzen später festgelegt würden. Russland annektierte die Krim im Jahr 2014.",
        "Kremlin spokesperson Dmitri Peskov said Moscow will consult the population. The closest soldiers are 380 kilometers away.",
        "Песков заявил, что Россия не отступит. Он добавил, что решение окончательное." };

    private static String describe(List<ClaimSuggestion> found) {
        StringBuilder b = new StringBuilder();
        for (ClaimSuggestion s : found) {
            b.append(s).append(' ').append(s.reason()).append('\n');
        }
        return b.toString();
    }

    @Test
    void parallelCallsAgreeWithSequentialOnes() throws Exception {
        OpenNlpClaimDetector detector = new OpenNlpClaimDetector();
        List<String> expected = new ArrayList<>();
        for (String text : TEXTS) {
            expected.add(describe(detector.detect(request(text))));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (int round = 0; round < 8; round++) {
                for (String text : TEXTS) {
                    futures.add(pool.submit(() -> describe(detector.detect(request(text)))));
                }
            }
            for (int i = 0; i < futures.size(); i++) {
                assertEquals(expected.get(i % TEXTS.length), futures.get(i).get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static DetectionRequest request(String text) {
        return DetectionRequest.builder(Evaluation.document("t", text, null)).actors(Evaluation.demoActors()).build();
    }
}
