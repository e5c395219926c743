package org.factcheck.detect.opennlp.internal;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Runs {@link DetectorBenchmark} inside OSGi (models loaded from their bundles) when the build is given
 * -Dfactcheck.detector.benchmark=true (releng/benchmark-detector.sh); skipped otherwise. Asserts nothing: it prints.
 */
class DetectorBenchmarkTest {

    @Test
    void printPrecisionRecallAndSpeed() throws Exception {
        Assumptions.assumeTrue(Boolean.getBoolean("factcheck.detector.benchmark"), "only with -Dfactcheck.detector.benchmark=true");
        DetectorBenchmark.main(new String[] { DetectorQualityTest.bundle().toString(), "--misses" });
    }
}
