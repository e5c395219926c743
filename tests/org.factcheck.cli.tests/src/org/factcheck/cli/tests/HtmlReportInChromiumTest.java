package org.factcheck.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.factcheck.cli.tests.Factcheck.Result;
import org.factcheck.testing.DemoCase;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report of the demo, exported by the command line, opens in headless Chromium (Debian's
 * {@code chromium}, which releng/test.sh installs when run as root) without console messages, with its inline
 * diagram, and renders to a screenshot kept as {@code target/report.png} for people to look at. Skipped where
 * Chromium is not installed.
 */
class HtmlReportInChromiumTest {

    @TempDir
    Path temp;

    @Test
    void reportOpensWithoutConsoleMessages() throws Exception {
        Path chromium = Path.of("/usr/bin/chromium");
        Assumptions.assumeTrue(Files.isExecutable(chromium), "Chromium is not installed (apt-get install chromium)");
        Path demo = DemoCase.copyTo(temp.resolve("demo"));
        Path report = temp.resolve("report.html");
        Result export = Factcheck.run("export", "--format", "html", demo.toString(), "-o", report.toString(),
                "--publisher", "Example Newsroom", "--date", "2026-11-22");
        assertEquals(0, export.exitCode(), export.toString());

        Path screenshot = Path.of("target/report.png").toAbsolutePath();
        Files.deleteIfExists(screenshot);
        String log = chromium(chromium, "--window-size=1280,2400", "--screenshot=" + screenshot, report.toUri().toString());
        assertTrue(log.lines().noneMatch(l -> l.contains(":CONSOLE")), log);
        byte[] png = Files.readAllBytes(screenshot);
        assertArrayEquals(new byte[] { (byte) 0x89, 'P', 'N', 'G' }, Arrays.copyOf(png, 4), "a PNG");
        assertTrue(png.length > 50_000, "a rendered page, not a blank one: " + png.length + " bytes");

        Path dom = temp.resolve("dom.html");
        String domLog = chromium(chromium, "--dump-dom", report.toUri().toString(), dom);
        assertTrue(domLog.lines().noneMatch(l -> l.contains(":CONSOLE")), domLog);
        String rendered = Files.readString(dom);
        assertTrue(rendered.contains("<h1>Borders of the annexed regions</h1>"), "the page was parsed and rendered");
        int claims = Files.readString(report).split("<article class=\"claim\"", -1).length - 1;
        assertTrue(claims > 0);
        assertEquals(claims, rendered.split("<g class=\"claim\" id=\"fc-claim-", -1).length - 1,
                "the inline diagram was parsed as SVG with a box per claim");
    }

    /** Runs headless Chromium with console logging on standard error; returns that log. */
    private String chromium(Path chromium, String... args) throws Exception {
        return chromium(chromium, List.of(args), null);
    }

    private String chromium(Path chromium, String option, String url, Path stdout) throws Exception {
        return chromium(chromium, List.of(option, url), stdout);
    }

    private String chromium(Path chromium, List<String> args, Path stdout) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(chromium.toString(), "--headless=new", "--no-sandbox",
                "--disable-gpu", "--hide-scrollbars", "--user-data-dir=" + temp.resolve("profile"),
                "--enable-logging=stderr", "--v=0"));
        command.addAll(args);
        Path log = temp.resolve("chromium.log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(log.toFile());
        builder.redirectOutput(stdout == null ? ProcessBuilder.Redirect.DISCARD : ProcessBuilder.Redirect.to(stdout.toFile()));
        Process process = builder.start();
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("Chromium did not finish within 90 s");
        }
        assertEquals(0, process.exitValue(), Files.readString(log));
        return Files.readString(log);
    }
}
