package org.factcheck.core.internal.importers;

import java.util.List;

import org.factcheck.core.importers.ImporterDescriptor;

/**
 * The importers this bundle brings. In OSGi they are contributed through {@code plugin.xml} like any
 * other; this list is used where no extension registry exists, and must match {@code plugin.xml}.
 */
public final class BuiltInImporters {

    /** Id of the plain text importer. */
    public static final String TEXT_ID = "org.factcheck.core.importers.text";
    /** Id of the HTML importer. */
    public static final String HTML_ID = "org.factcheck.core.importers.html";

    private BuiltInImporters() {
    }

    /** @return descriptors of the plain text and HTML importers */
    public static List<ImporterDescriptor> descriptors() {
        return List.of(
                new ImporterDescriptor(TEXT_ID, "Plain text", "text/plain", List.of("txt", "text"), 0,
                        PlainTextImporter::new),
                new ImporterDescriptor(HTML_ID, "HTML page", "text/html", List.of("html", "htm", "xhtml"), 0,
                        HtmlImporter::new));
    }
}
