package org.factcheck.exchange.internal.html;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

import org.factcheck.core.CaseStore;
import org.factcheck.core.exporters.ExportContext;
import org.factcheck.model.CaseFile;
import org.factcheck.testing.DemoCase;
import org.factcheck.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** The report embeds the SVG its {@link DiagramSource} gives, and has no figure without one. */
class HtmlDiagramSeamTest {

    @Test
    void svgFromTheDiagramSourceIsEmbedded() throws Exception {
        CaseFile demo = (CaseFile) CaseStore.load(Fixtures.resourceSet(), DemoCase.file()).getContents().get(0);
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><rect width=\"10\" height=\"10\"/></svg>";
        String with = export(new HtmlReportExporter(c -> c == demo ? Optional.of(svg) : Optional.empty()), demo);
        assertTrue(with.contains("<figure class=\"diagram\">" + svg + "</figure>"));
        String without = export(new HtmlReportExporter(), demo);
        assertFalse(without.contains("<figure"));
        assertTrue(without.contains("<ul class=\"relations\">"), "the relations are listed either way");
    }

    private static String export(HtmlReportExporter exporter, CaseFile c) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.export(new ExportContext(c, null, Map.of()), out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
