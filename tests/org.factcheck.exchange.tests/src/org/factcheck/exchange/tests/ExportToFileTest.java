package org.factcheck.exchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.factcheck.core.exporters.ExportException;
import org.factcheck.core.exporters.ExporterDescriptor;
import org.factcheck.core.exporters.ExporterOption;
import org.factcheck.core.exporters.Exporters;
import org.factcheck.model.CaseFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Exporters#exportToFile}: options are checked first, and a failed export leaves nothing behind. */
class ExportToFileTest {

    @TempDir
    Path temp;

    private CaseFile demo;

    @BeforeEach
    void load() throws Exception {
        demo = Demo.load();
    }

    /** Writes half a line, then fails like an exporter that finds the case lacking. */
    private static final ExporterDescriptor FAILING = new ExporterDescriptor("test.failing", "Failing", "failing",
            "text/plain", "txt", List.of(new ExporterOption("mode", "How to fail.", true)), () -> (context, out) -> {
                out.write("partial output".getBytes(StandardCharsets.UTF_8));
                out.flush();
                if ("runtime".equals(context.options().get("mode"))) {
                    throw new IllegalStateException("bug");
                }
                throw new ExportException("The case has no verdicts.");
            });

    @Test
    void failedExportLeavesNoFileAndKeepsAnExistingOne() throws Exception {
        Exporters exporters = new Exporters(List.of(FAILING));
        Path out = temp.resolve("out.txt");
        ExportException e = assertThrows(ExportException.class,
                () -> exporters.exportToFile(FAILING, demo, null, Map.of("mode", "content"), out));
        assertEquals("The case has no verdicts.", e.getMessage());
        assertFalse(Files.exists(out));
        assertEquals(List.of(), listing());

        Files.writeString(out, "previous");
        e = assertThrows(ExportException.class, () -> exporters.exportToFile(FAILING, demo, null, Map.of("mode", "runtime"), out));
        assertTrue(e.getMessage().contains("Failing") && e.getMessage().contains("bug"), e.getMessage());
        assertEquals("previous", Files.readString(out));
        assertEquals(List.of("out.txt"), listing());
    }

    @Test
    void optionsAreCheckedBeforeTheExporterRuns() {
        Exporters exporters = new Exporters(List.of(FAILING));
        Path out = temp.resolve("out.txt");
        ExportException missing = assertThrows(ExportException.class,
                () -> exporters.exportToFile(FAILING, demo, null, Map.of(), out));
        assertEquals("The format “failing” needs the option “mode”: How to fail.", missing.getMessage());
        ExportException unknown = assertThrows(ExportException.class,
                () -> exporters.exportToFile(FAILING, demo, null, Map.of("mode", "x", "colour", "red"), out));
        assertEquals("The format “failing” has no option “colour”; its options are: mode.", unknown.getMessage());
        assertFalse(Files.exists(out));
    }

    @Test
    void folderOrMissingFolderAsTargetIsRefused() throws Exception {
        ExporterDescriptor csv = Exporters.getDefault().forFormat("csv").orElseThrow();
        IOException folder = assertThrows(IOException.class,
                () -> Exporters.getDefault().exportToFile(csv, demo, null, Map.of(), temp));
        assertTrue(folder.getMessage().contains("is a folder"), folder.getMessage());
        IOException noFolder = assertThrows(IOException.class,
                () -> Exporters.getDefault().exportToFile(csv, demo, null, Map.of(), temp.resolve("no/such/x.csv")));
        assertTrue(noFolder.getMessage().contains("does not exist"), noFolder.getMessage());
        assertEquals(List.of(), listing());
    }

    @Test
    void successfulExportWritesOnlyTheTarget() throws Exception {
        Path out = temp.resolve("claims.csv");
        Exporters.getDefault().exportToFile(Exporters.getDefault().forFormat("csv").orElseThrow(), demo, null, Map.of(), out);
        assertTrue(Files.readString(out).startsWith("id,statement,claimant"));
        assertEquals(List.of("claims.csv"), listing());
    }

    private List<String> listing() throws IOException {
        try (var files = Files.list(temp)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
