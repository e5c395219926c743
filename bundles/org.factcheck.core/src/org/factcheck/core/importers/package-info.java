/**
 * Turning article files into {@code org.factcheck.model.Document}s.
 * <p>
 * {@link org.factcheck.core.importers.ArticleImporters#getDefault()} knows every importer contributed to
 * the extension point {@code org.factcheck.core.importers} (outside OSGi: the two built-in ones, for
 * plain text and HTML) and {@link org.factcheck.core.importers.ArticleImporters#importFile(java.nio.file.Path)}
 * does the work common to all of them: size limit, binary detection, choice of importer, text
 * normalization, fingerprint, retrieval time and media type. An importer only decodes its format; it
 * implements {@link org.factcheck.core.importers.ArticleImporter}.
 */
package org.factcheck.core.importers;
