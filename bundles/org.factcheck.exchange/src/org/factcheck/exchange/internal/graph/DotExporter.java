package org.factcheck.exchange.internal.graph;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.factcheck.core.exporters.CaseExporter;
import org.factcheck.core.exporters.ExportContext;
import org.factcheck.core.layout.Contrast;
import org.factcheck.exchange.internal.CaseNames;
import org.factcheck.model.CaseFile;
import org.factcheck.model.Claim;
import org.factcheck.model.ClaimRelation;
import org.factcheck.model.Polarity;

/**
 * Writes the claim graph in Graphviz DOT: a box per claim (short statement, claimant, verdict; filled with
 * the verdict's colour) and an arrow per relation, green for support, red and dashed for attack. Render it
 * with {@code dot -Tsvg case.dot -o case.svg}.
 */
public final class DotExporter implements CaseExporter {

    @Override
    public void export(ExportContext context, OutputStream out) throws IOException {
        CaseFile caseFile = context.caseFile();
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write("digraph " + quote(caseFile.getTitle() == null ? "case" : caseFile.getTitle()) + " {\n");
        w.write("  graph [rankdir=LR, fontname=\"Helvetica\"];\n");
        w.write("  node [shape=box, style=\"rounded,filled\", fillcolor=\"#FFFFFF\", fontname=\"Helvetica\", fontsize=10];\n");
        w.write("  edge [fontname=\"Helvetica\", fontsize=9];\n");
        for (Claim claim : caseFile.getClaims()) {
            StringBuilder label = new StringBuilder(CaseNames.shortStatement(claim));
            label.append('\n').append(CaseNames.name(claim.getClaimant()));
            if (claim.getVerdict() != null) {
                label.append(" — ").append(claim.getVerdict().getLabel());
            }
            w.write("  " + quote(claim.getId()) + " [label=" + quote(label.toString()));
            String color = claim.getVerdict() == null ? null : claim.getVerdict().getColor();
            if (color != null) {
                w.write(", fillcolor=" + quote(color));
                if (color.matches("#[0-9A-Fa-f]{6}")) {
                    w.write(", fontcolor=" + quote(Contrast.textOn(color))); // at least 4.5:1
                }
            }
            w.write("];\n");
        }
        for (ClaimRelation relation : caseFile.getRelations()) {
            if (relation.getSource() == null || relation.getTarget() == null) {
                continue;
            }
            Polarity polarity = relation.getKind() == null ? Polarity.NEUTRAL : relation.getKind().getPolarity();
            String style = switch (polarity) {
                case SUPPORT -> "color=\"#1A9850\"";
                case ATTACK -> "color=\"#D73027\", style=dashed";
                default -> "color=\"#777777\"";
            };
            String label = relation.getKind() == null ? "" : relation.getKind().getLabel();
            w.write("  " + quote(relation.getSource().getId()) + " -> " + quote(relation.getTarget().getId())
                    + " [label=" + quote(label == null ? "" : label) + ", " + style + "];\n");
        }
        w.write("}\n");
        w.flush();
    }

    /** A DOT double-quoted string: quotes and backslashes escaped, line breaks as centred {@code \n}. */
    static String quote(String s) {
        String value = s == null ? "" : s;
        return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\r", "").replace("\n", "\\n") + '"';
    }
}
