package org.factcheck.testing.plugins;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.factcheck.core.exporters.CaseExporter;
import org.factcheck.core.exporters.ExportContext;
import org.factcheck.core.importers.AnnotationImporter;
import org.factcheck.core.importers.AnnotationPlacement;
import org.factcheck.core.importers.ArticleInput;
import org.factcheck.model.CaseFactory;
import org.factcheck.model.CaseFile;
import org.factcheck.model.Claim;

/**
 * A plugin's class that changes the case it was only to read, and otherwise does its job: an exporter that renames
 * the case, adds a claim and writes a line; an annotation importer that rewords the first document's title and places
 * nothing.
 */
public final class MeddlingEverywhere implements CaseExporter, AnnotationImporter {

    @Override
    public void export(ExportContext context, OutputStream out) throws IOException {
        CaseFile caseFile = context.caseFile();
        caseFile.setTitle(caseFile.getTitle() + " (as exported)");
        Claim claim = CaseFactory.eINSTANCE.createClaim();
        claim.setStatement("A claim the exporter made up");
        caseFile.getClaims().add(claim);
        out.write(("title: " + caseFile.getTitle() + "\n").getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public AnnotationPlacement place(ArticleInput input, CaseFile caseFile) {
        if (!caseFile.getDocuments().isEmpty()) {
            caseFile.getDocuments().get(0).setTitle("Retitled by an importer");
        }
        return new AnnotationPlacement(List.of(), 0);
    }
}
