package org.factcheck.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.factcheck.testing.DemoCase;
import org.junit.jupiter.api.Test;

/**
 * The product's build makes the JDK's ahead-of-time cache (JDK 25+) and the start script hands it to the JVM
 * silently; a run without it prints the same.
 */
class AheadOfTimeCacheTest {

    @Test
    void theProductBuiltWithJdk25HasACacheThatTheCommandLineUsesWithoutAWord() throws Exception {
        assumeTrue(Runtime.version().feature() >= 25, "the cache needs JDK 25; this build runs " + Runtime.version());
        Path cache = Factcheck.script().resolveSibling("aot/factcheck.aot");
        assertTrue(Files.size(cache) > 1_000_000, "the build trained a cache: " + cache);
        String demo = DemoCase.copyTo(Files.createTempDirectory("stats")).toString();

        List<Factcheck.Result> r = Factcheck.runAll(Map.of("FACTCHECK_VMARGS", "-Xlog:aot=info"),
                List.of(List.of("stats", demo)));
        assertEquals(0, r.get(0).exitCode(), r.get(0).toString());
        assertTrue(r.get(0).out().contains("Opened AOT cache " + cache), "the JVM maps the product's cache");

        Factcheck.Result with = Factcheck.run("stats", demo);
        Factcheck.Result without = Factcheck.runAll(Map.of("FACTCHECK_AOT", "off"), List.of(List.of("stats", demo))).get(0);
        assertEquals(0, with.exitCode(), with.toString());
        assertFalse((with.out() + with.err()).toLowerCase(java.util.Locale.ROOT).contains("aot"), "nothing about it is printed: " + with);
        assertEquals(without.out(), with.out(), "the same output with and without the cache");
        assertEquals(without.err(), with.err());

        Factcheck.Result stale = Factcheck.runAll(Map.of("FACTCHECK_VMARGS", "-XX:-UseCompressedOops"),
                List.of(List.of("stats", demo))).get(0);
        assertEquals(without.out(), stale.out(), "a cache the JVM cannot use (other flags) is ignored silently");
        assertEquals(without.err(), stale.err());
    }
}
