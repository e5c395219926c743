package org.factcheck.exchange.tests;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.factcheck.core.CaseStore;
import org.factcheck.core.exporters.ExportContext;
import org.factcheck.core.exporters.Exporters;
import org.factcheck.exchange.internal.Json;
import org.factcheck.model.CaseFile;
import org.factcheck.testing.DemoCase;
import org.factcheck.testing.Fixtures;

import com.fasterxml.jackson.databind.JsonNode;

/** The demo case and exports of it, for the tests of this fragment. */
final class Demo {

    private Demo() {
    }

    /** @return the committed demo case, freshly loaded */
    static CaseFile load() throws Exception {
        return (CaseFile) CaseStore.load(Fixtures.resourceSet(), DemoCase.file()).getContents().get(0);
    }

    /** Exports a case with the registered exporter of a format. */
    static byte[] export(String format, CaseFile caseFile, Map<String, String> options) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Exporters.getDefault().forFormat(format).orElseThrow().exporter()
                .export(new ExportContext(caseFile, null, options), out);
        return out.toByteArray();
    }

    static String exportText(String format, CaseFile caseFile, Map<String, String> options) throws Exception {
        return new String(export(format, caseFile, options), StandardCharsets.UTF_8);
    }

    static JsonNode exportJson(String format, CaseFile caseFile, Map<String, String> options) throws Exception {
        return Json.mapper().readTree(export(format, caseFile, options));
    }
}
