package org.factcheck.core.importers;

import org.factcheck.model.CaseFile;

/**
 * Reads annotations made elsewhere (a W3C Web Annotation export, another tool's annotations) and finds
 * where they belong in the documents of an existing case. Implementations are contributed through the
 * {@code annotationImporter} element of the extension point {@code org.factcheck.core.importers} and must
 * have a public no-argument constructor; one instance may be used for many imports, from several threads.
 * <p>
 * An annotation importer must not change the case: it returns new, uncontained spans and where they go, and
 * {@link AnnotationImporters#importInto} adds them all at once. So an import either succeeds entirely or
 * leaves the case as it was.
 */
public interface AnnotationImporter {

    /**
     * Reads the annotations and places each on a document of the case.
     *
     * @param input    the bytes of the annotation file (the record's {@code declaredCharset} is unused)
     * @param caseFile the case whose documents the annotations point into; not to be changed
     * @return one placement per annotation
     * @throws ImportException if the file is not of this importer's format, or an annotation cannot be placed
     *                         (its text occurs in no document of the case, it names no text, ...); the message
     *                         names the file and the annotation
     */
    AnnotationPlacement place(ArticleInput input, CaseFile caseFile) throws ImportException;
}
