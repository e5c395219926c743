package org.factcheck.exchange.internal.csv;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import org.factcheck.core.exporters.CaseExporter;
import org.factcheck.core.exporters.ExportContext;
import org.factcheck.core.exporters.ExportException;
import org.factcheck.exchange.internal.CaseNames;
import org.factcheck.model.Claim;
import org.factcheck.model.Document;
import org.factcheck.model.Evidence;
import org.factcheck.model.Stance;
import org.factcheck.model.Tag;
import org.factcheck.model.TextSpan;

/**
 * Writes CSV (RFC 4180: comma-separated, CRLF line ends, fields quoted when needed, UTF-8) with a header row.
 * The option {@code table} chooses the rows: {@code claims} (default, one row per claim with its verdict and
 * evidence counts) or {@code evidence} (one row per piece of evidence with its claim). A cell that would start
 * with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return is prefixed with an apostrophe, so
 * that spreadsheets show quoted text instead of running it as a formula. The option {@code bom} ({@code true})
 * puts a byte order mark first, which spreadsheet software on Windows needs to read UTF-8.
 */
public final class CsvExporter implements CaseExporter {

    static final String TABLE = "table";
    static final String BOM = "bom";
    /** Characters that make a spreadsheet read a cell as a formula (OWASP's list: = + - @, tab, CR). */
    private static final String FORMULA_TRIGGERS = "=+-@\t\r";

    @Override
    public void export(ExportContext context, OutputStream out) throws ExportException, IOException {
        String table = context.option(TABLE).orElse("claims");
        List<List<String>> rows = switch (table) {
            case "claims" -> claims(context);
            case "evidence" -> evidence(context);
            default -> throw new ExportException("The option “table” must be “claims” or “evidence”, not “" + table + "”.");
        };
        String bom = context.option(BOM).orElse("false");
        if (!bom.equals("true") && !bom.equals("false")) {
            throw new ExportException("The option “" + BOM + "” must be true or false, not “" + bom + "”.");
        }
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        if (bom.equals("true")) {
            w.write('\uFEFF'); // so that Excel on Windows reads the file as UTF-8
        }
        for (List<String> row : rows) {
            w.write(row.stream().map(CsvExporter::cell).collect(Collectors.joining(",")));
            w.write("\r\n");
        }
        w.flush();
    }

    private static List<List<String>> claims(ExportContext context) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("id", "statement", "claimant", "date_said", "status", "verdict", "rating_value", "explanation",
                "tags", "appearances", "documents", "supporting_evidence", "refuting_evidence", "context_evidence"));
        for (Claim claim : context.caseFile().getClaims()) {
            String documents = claim.getAppearances().stream().map(TextSpan::getDocument).filter(Objects::nonNull)
                    .distinct().map(CaseNames::title).collect(Collectors.joining("; "));
            rows.add(List.of(claim.getId(), text(claim.getStatement()),
                    claim.getClaimant() == null ? "" : CaseNames.name(claim.getClaimant()),
                    claim.getDateSaid() == null ? "" : claim.getDateSaid().toString(),
                    claim.getStatus() == null ? "" : claim.getStatus().getLiteral(),
                    claim.getVerdict() == null ? "" : text(claim.getVerdict().getLabel()),
                    claim.getVerdict() == null || !claim.getVerdict().isScored() ? ""
                            : Integer.toString(claim.getVerdict().getValue()),
                    text(claim.getExplanation()),
                    claim.getTags().stream().map(Tag::getName).collect(Collectors.joining("; ")),
                    Integer.toString(claim.getAppearances().size()), documents, count(claim, Stance.SUPPORTS),
                    count(claim, Stance.REFUTES), count(claim, Stance.CONTEXT)));
        }
        return rows;
    }

    private static List<List<String>> evidence(ExportContext context) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("claim_id", "claim", "stance", "quote", "document", "document_url", "source", "url", "note",
                "retrieved", "content_sha256"));
        for (Claim claim : context.caseFile().getClaims()) {
            for (Evidence evidence : claim.getEvidence()) {
                TextSpan span = evidence.getSpan();
                Document document = span == null ? null : span.getDocument();
                rows.add(List.of(claim.getId(), text(claim.getStatement()),
                        evidence.getStance() == null ? "" : evidence.getStance().getLiteral(),
                        span == null ? "" : CaseNames.quote(span), document == null ? "" : CaseNames.title(document),
                        document == null ? "" : text(document.getUrl()),
                        evidence.getSource() == null ? "" : text(evidence.getSource().getName()), text(evidence.getUrl()),
                        text(evidence.getNote()), evidence.getRetrieved() == null ? "" : evidence.getRetrieved().toString(),
                        text(evidence.getContentSha256())));
            }
        }
        return rows;
    }

    private static String count(Claim claim, Stance stance) {
        return Long.toString(claim.getEvidence().stream().filter(e -> e.getStance() == stance).count());
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    /** One RFC 4180 field, defused against formula injection. */
    static String cell(String value) {
        String v = value;
        if (!v.isEmpty() && FORMULA_TRIGGERS.indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
            return '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }
}
