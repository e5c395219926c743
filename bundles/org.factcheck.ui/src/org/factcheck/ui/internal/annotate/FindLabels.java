package org.factcheck.ui.internal.annotate;

import java.util.ListResourceBundle;
import java.util.ResourceBundle;

/** The texts of the document editor's Find/Replace action (the platform's action reads them from a bundle). */
final class FindLabels extends ListResourceBundle {

    static final ResourceBundle BUNDLE = new FindLabels();

    @Override
    protected Object[][] getContents() {
        return new Object[][] {
                { "find.label", "&Find…" },
                { "find.tooltip", "Find words in the article" },
                { "find.description", "Find words in the article (the text is read-only: nothing is replaced)" },
        };
    }
}
