package org.factcheck.exchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.factcheck.core.exporters.ExportException;
import org.factcheck.model.CaseFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** CSV of the demo's claims and evidence, read back with an RFC 4180 parser written here. */
class CsvExportTest {

    private CaseFile demo;

    @BeforeEach
    void load() throws Exception {
        demo = Demo.load();
    }

    @Test
    void claimsTableHasARowPerClaimWithItsVerdict() throws Exception {
        demo.getClaims().get(0).setExplanation("Said \"twice\",\nin two outlets");
        demo.getClaims().get(1).setStatement("=HYPERLINK(\"http://evil\")");
        String csv = Demo.exportText("csv", demo, Map.of());
        assertTrue(csv.endsWith("\r\n"));
        List<List<String>> rows = parse(csv);
        assertEquals(demo.getClaims().size() + 1, rows.size());
        assertEquals(List.of("id", "statement", "claimant", "date_said", "status", "verdict", "rating_value", "explanation",
                "tags", "appearances", "documents", "supporting_evidence", "refuting_evidence", "context_evidence"), rows.get(0));
        for (List<String> row : rows) {
            assertEquals(14, row.size());
        }
        assertEquals("Said \"twice\",\nin two outlets", rows.get(1).get(7), "quotes, commas and line breaks survive");
        assertEquals("'=HYPERLINK(\"http://evil\")", rows.get(2).get(1), "formulas are defused");
        List<String> kherson = rows.stream().filter(r -> r.get(1).startsWith("Kherson remains")).findFirst().orElseThrow();
        assertEquals(List.of("Kremlin", "", "PUBLISHED", "False", "1"), kherson.subList(2, 7));
        assertEquals(List.of("0", "2", "0"), kherson.subList(11, 14));
    }

    @Test
    void evidenceTableHasARowPerPieceOfEvidence() throws Exception {
        List<List<String>> rows = parse(Demo.exportText("csv", demo, Map.of("table", "evidence")));
        long evidence = demo.getClaims().stream().mapToLong(c -> c.getEvidence().size()).sum();
        assertEquals(evidence + 1, rows.size());
        assertTrue(rows.stream().anyMatch(r -> r.get(2).equals("SUPPORTS") && r.get(6).equals("Associated Press")));
    }

    @Test
    void everyFormulaTriggerIsDefused() throws Exception {
        // OWASP CSV injection: a cell starting with = + - @, a tab or a carriage return
        List<String> statements = List.of("=1+1", "+1+1", "-1+1", "@SUM(A1)", "\t=1", "\r=1", "a-b", " -1");
        for (int i = 0; i < statements.size(); i++) {
            demo.getClaims().get(i).setStatement(statements.get(i));
        }
        List<List<String>> rows = parse(Demo.exportText("csv", demo, Map.of()));
        assertEquals(List.of("'=1+1", "'+1+1", "'-1+1", "'@SUM(A1)", "'\t=1", "'\r=1", "a-b", " -1"),
                rows.subList(1, 9).stream().map(r -> r.get(1)).toList(), "only a leading trigger is defused");
    }

    @Test
    void aByteOrderMarkOnlyWhenAsked() throws Exception {
        byte[] plain = Demo.export("csv", demo, Map.of());
        byte[] marked = Demo.export("csv", demo, Map.of("bom", "true"));
        assertEquals('i', plain[0], "no BOM by default: the header starts at once");
        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(marked[0], marked[1], marked[2]),
                "the UTF-8 byte order mark");
        assertEquals(new String(plain, java.nio.charset.StandardCharsets.UTF_8),
                new String(marked, 3, marked.length - 3, java.nio.charset.StandardCharsets.UTF_8));
        ExportException e = assertThrows(ExportException.class, () -> Demo.export("csv", demo, Map.of("bom", "yes")));
        assertEquals("The option “bom” must be true or false, not “yes”.", e.getMessage());
    }

    @Test
    void unknownTableIsRefused() {
        ExportException e = assertThrows(ExportException.class, () -> Demo.export("csv", demo, Map.of("table", "sources")));
        assertEquals("The option “table” must be “claims” or “evidence”, not “sources”.", e.getMessage());
    }

    /** A strict RFC 4180 reader: fields separated by commas, records by CRLF, quoted fields with doubled quotes. */
    static List<List<String>> parse(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        while (i < csv.length()) {
            char c = csv.charAt(i);
            if (c == '"' && field.isEmpty()) {
                i++;
                while (!(csv.charAt(i) == '"' && (i + 1 >= csv.length() || csv.charAt(i + 1) != '"'))) {
                    field.append(csv.charAt(i));
                    i += csv.charAt(i) == '"' ? 2 : 1;
                }
                i++;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
                i++;
            } else if (c == '\r' && csv.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i += 2;
            } else {
                field.append(c);
                i++;
            }
        }
        return rows;
    }
}
