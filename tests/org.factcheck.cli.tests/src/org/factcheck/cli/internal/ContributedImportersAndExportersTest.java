package org.factcheck.cli.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.factcheck.testing.DemoCase;
import org.factcheck.testing.plugins.Contributions;
import org.factcheck.testing.plugins.ThrowingEverywhere;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code factcheck import} and {@code export} with an importer and an exporter of a plugin installed while the
 * workbench runs: they are used without a restart; when they throw, the command fails with a clear message and a
 * non-zero exit, the plugin is named once on standard error, and neither the case nor the output file changes.
 */
class ContributedImportersAndExportersTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        Cli cli = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), "test");
        return cli.run(args);
    }

    private List<String> errors() {
        return err.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void aThrowingImporterAndExporterFailTheCommandOnceAndChangeNothing(@TempDir Path folder) throws Exception {
        Path demo = folder.resolve(DemoCase.FILE_NAME);
        Files.copy(DemoCase.file(), demo);
        byte[] before = Files.readAllBytes(demo);
        Path article = Files.writeString(folder.resolve("article.boom"), "They said so.");
        Path output = folder.resolve("out.boom");
        try (Contributions plugin = Contributions.add(ThrowingEverywhere.class, """
                <extension point="org.factcheck.core.importers">
                   <importer id="org.factcheck.testing.cli.import" name="Boom articles"
                         class="org.factcheck.testing.plugins.ThrowingEverywhere" mediaType="text/x-boom" fileExtensions="boom"/>
                </extension>
                <extension point="org.factcheck.core.exporters">
                   <exporter id="org.factcheck.testing.cli.export" name="Boom export" format="boom"
                         class="org.factcheck.testing.plugins.ThrowingEverywhere" mediaType="text/plain" fileExtension="boom"/>
                </extension>""")) {
            Contributions.waitUntil("the importer and exporter are contributed", () -> org.factcheck.core.exporters.Exporters
                    .getDefault().forFormat("boom").isPresent()
                    && org.factcheck.core.importers.ArticleImporters.getDefault().forExtension("boom").isPresent());
            assertEquals(ExitCode.OK, run("export", "--help"));
            assertTrue(out.toString(StandardCharsets.UTF_8).contains("Boom export (.boom)"),
                    "listed without a restart: " + out.toString(StandardCharsets.UTF_8));

            assertEquals(ExitCode.INPUT, run("import", article.toString(), "--into", demo.toString()));
            List<String> lines = errors();
            assertEquals(2, lines.size(), lines.toString());
            assertTrue(lines.get(0).startsWith("factcheck import: warning: “Boom articles” (org.factcheck.testing, "
                    + "org.factcheck.core.importers) importArticle("), lines.get(0));
            assertTrue(lines.get(1).startsWith("factcheck import: “" + article + "” was not imported, because of a fault"
                    + " in the importer “Boom articles” (org.factcheck.testing)")
                    && lines.get(1).endsWith("The case “" + demo + "” was not changed."), lines.get(1));
            assertArrayEquals(before, Files.readAllBytes(demo), "the case is unchanged");

            assertEquals(ExitCode.INPUT, run("export", "--format", "boom", demo.toString(), "-o", output.toString()));
            lines = errors();
            assertEquals(2, lines.size(), lines.toString());
            assertTrue(lines.get(0).startsWith("factcheck export: warning: “Boom export” (org.factcheck.testing, "
                    + "org.factcheck.core.exporters) export("), lines.get(0));
            assertTrue(lines.get(1).contains("a fault of its plugin (org.factcheck.testing)")
                    && lines.get(1).endsWith("Nothing was written."), lines.get(1));
            assertFalse(Files.exists(output), "no half-written file");
            try (var files = Files.list(folder)) {
                assertEquals(List.of("article.boom", DemoCase.FILE_NAME), files.map(p -> p.getFileName().toString())
                        .filter(n -> !n.endsWith(".lock")).sorted().toList());
            }

            assertEquals(ExitCode.USAGE, run("export", "--format", "boom", demo.toString(), "-o", output.toString()),
                    "the disabled exporter is no longer offered");
            assertTrue(errors().get(0).contains("there is no format “boom”"), errors().toString());
        }
    }
}
