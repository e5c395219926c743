package com.example.factcheck.sample.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.factcheck.core.exporters.CaseExporter;
import org.factcheck.core.exporters.ExportContext;
import org.factcheck.core.exporters.ExportException;
import org.factcheck.model.CaseFile;
import org.factcheck.model.Claim;

/**
 * Writes a case as a short Markdown summary: its title, then one line per claim with its verdict and how much
 * evidence it has. With {@code --verdicts-only true}, claims without a verdict are left out.
 */
public final class MarkdownSummaryExporter implements CaseExporter {

    @Override
    public void export(ExportContext context, OutputStream out) throws ExportException, IOException {
        String verdictsOnly = context.option("verdicts-only").orElse("false");
        if (!verdictsOnly.equals("true") && !verdictsOnly.equals("false")) {
            throw new ExportException("verdicts-only must be true or false, not “" + verdictsOnly + "”.");
        }
        CaseFile caseFile = context.caseFile();
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write("# " + text(caseFile.getTitle(), "Untitled case") + "\n\n");
        writer.write("| Claim | Verdict | Evidence |\n|---|---|---|\n");
        int written = 0;
        for (Claim claim : caseFile.getClaims()) {
            if (verdictsOnly.equals("true") && claim.getVerdict() == null) {
                continue;
            }
            String verdict = claim.getVerdict() == null ? "—" : text(claim.getVerdict().getLabel(), "?");
            writer.write("| " + cell(text(claim.getStatement(), "(no statement)")) + " | " + cell(verdict) + " | "
                    + claim.getEvidence().size() + " |\n");
            written++;
        }
        writer.write("\n" + written + " claim(s).\n");
        writer.flush();
    }

    private static String text(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    /** A Markdown table cell: one line, pipes escaped. */
    static String cell(String value) {
        return value.replaceAll("\\s+", " ").replace("|", "\\|");
    }
}
