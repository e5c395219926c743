package org.factcheck.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.factcheck.testing.DemoCase;
import org.factcheck.testing.plugins.Contributions;
import org.factcheck.testing.plugins.HangingEverywhere;
import org.factcheck.testing.plugins.ThrowingEverywhere;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code factcheck validate} with checks of an installed plugin: a good one's problems are printed in the usual
 * format, one that throws in every method or hangs is named once on standard error, and validate's output, exit
 * code and the built-in checks are otherwise as without the plugin.
 */
class ContributedChecksTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int validate(Path file) {
        out.reset();
        err.reset();
        Cli cli = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                "test");
        return cli.run("validate", file.toString());
    }

    private List<String> lines(ByteArrayOutputStream stream) {
        return stream.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void aGoodCheckIsPrintedAndOneThatThrowsOrHangsIsNamedOnceOnStandardError(@TempDir Path folder) throws Exception {
        Path demo = folder.resolve(DemoCase.FILE_NAME);
        Files.copy(DemoCase.file(), demo);
        assertEquals(ExitCode.OK, validate(demo));
        List<String> before = lines(out);
        assertTrue(before.get(before.size() - 1).endsWith(": 0 errors, 0 warnings."), before.toString());

        String previous = System.getProperty("factcheck.contributions.timeout");
        System.setProperty("factcheck.contributions.timeout", "0.5");
        HangingEverywhere.hold();
        try (Contributions plugin = Contributions.add(ThrowingEverywhere.class, """
                <extension point="org.factcheck.core.caseChecks">
                   <check id="org.factcheck.testing.cli.good" name="Counts claims" class="org.factcheck.testing.plugins.WellBehaved"/>
                   <check id="org.factcheck.testing.cli.throws" name="Throws" class="org.factcheck.testing.plugins.ThrowingEverywhere"/>
                   <check id="org.factcheck.testing.cli.hangs" name="Hangs" class="org.factcheck.testing.plugins.HangingEverywhere"/>
                </extension>""")) {
            Contributions.waitUntil("the checks are contributed", () -> org.factcheck.core.checks.CaseChecks.getDefault()
                    .descriptors().stream().anyMatch(d -> d.id().equals("org.factcheck.testing.cli.hangs")));
            assertEquals(ExitCode.OK, validate(demo), "warnings only: " + out + err);
            List<String> printed = lines(out);
            org.factcheck.model.CaseFile loaded = (org.factcheck.model.CaseFile) org.factcheck.core.CaseStore
                    .load(org.factcheck.testing.Fixtures.resourceSet(), demo).getContents().get(0);
            assertTrue(printed.stream().anyMatch(l -> l.startsWith(demo + ": warning: case “")
                    && l.endsWith("”: " + org.factcheck.testing.plugins.WellBehaved.message(loaded))), printed.toString());
            assertTrue(printed.get(printed.size() - 1).endsWith(": 0 errors, 1 warning."), printed.toString());
            List<String> errors = lines(err);
            assertEquals(2, errors.size(), errors.toString());
            // contributed checks run in the order of their ids: …hangs before …throws
            assertTrue(errors.get(0).startsWith("factcheck validate: warning: “Hangs” (org.factcheck.testing, "
                    + "org.factcheck.core.caseChecks) check(case) did not finish within 0.5 s"), errors.get(0));
            assertTrue(errors.get(1).startsWith("factcheck validate: warning: “Throws” (org.factcheck.testing, "
                    + "org.factcheck.core.caseChecks) check(case) threw java.lang.LinkageError"), errors.get(1));

            assertEquals(ExitCode.OK, validate(demo));
            assertEquals(List.of(), lines(err), "the broken checks are not run, nor named, again");
            assertEquals(printed, lines(out));
        } finally {
            HangingEverywhere.release();
            if (previous == null) {
                System.clearProperty("factcheck.contributions.timeout");
            } else {
                System.setProperty("factcheck.contributions.timeout", previous);
            }
        }
    }

}
