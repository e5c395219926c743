package org.factcheck.core.importers;

import org.factcheck.model.Document;

/**
 * Decodes one article format into a {@link Document}. Implementations are contributed through the
 * extension point {@code org.factcheck.core.importers} and must have a public no-argument constructor;
 * one instance may be used for many imports, from several threads.
 * <p>
 * An importer fills {@code text} and whatever metadata its format carries ({@code title}, {@code url},
 * {@code author}, {@code published}, {@code language}, {@code outlet}). It need not normalize the text
 * or set {@code textSha256}, {@code retrieved} or {@code mediaType}:
 * {@link ArticleImporters#importFile(java.nio.file.Path)} does that for every importer. If it sets
 * {@code outlet}, the {@code Source} is new and not yet contained in any case file (see
 * {@link org.factcheck.core.CaseFiles#addDocument(org.factcheck.model.CaseFile, Document)}).
 */
public interface ArticleImporter {

    /**
     * Imports one article.
     *
     * @param input the bytes and where they came from
     * @return a new document, not contained in any case file
     * @throws ImportException if the bytes are not a readable article of this importer's format; the
     *                         message names {@link ArticleInput#shownName()} and the reason
     */
    Document importArticle(ArticleInput input) throws ImportException;
}
