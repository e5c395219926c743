package org.factcheck.core.tests;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.factcheck.core.importers.ArticleImporter;
import org.factcheck.core.importers.ArticleInput;
import org.factcheck.model.CaseFactory;
import org.factcheck.model.Document;

/** A test importer contributed in fragment.xml: the text is the content in upper case. */
public class UpperCaseImporter implements ArticleImporter {

    @Override
    public Document importArticle(ArticleInput input) {
        Document document = CaseFactory.eINSTANCE.createDocument();
        document.setText(new String(input.bytes(), StandardCharsets.UTF_8).toUpperCase(Locale.ROOT));
        document.setTitle("upper");
        return document;
    }
}
