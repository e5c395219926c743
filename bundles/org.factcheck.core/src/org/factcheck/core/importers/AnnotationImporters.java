package org.factcheck.core.importers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.factcheck.core.internal.importers.ImporterRegistry;
import org.factcheck.model.CaseFile;

/**
 * The known annotation importers and the procedure common to them: read the file, let the importer place
 * every annotation, and only then add the spans to the case.
 */
public final class AnnotationImporters {

    private static volatile AnnotationImporters defaultInstance;

    private final List<AnnotationImporterDescriptor> descriptors;

    /**
     * Creates a set of annotation importers, for example for a test.
     *
     * @param descriptors the importers; when several claim an extension, the one with the smallest id is used
     */
    public AnnotationImporters(List<AnnotationImporterDescriptor> descriptors) {
        this.descriptors = descriptors.stream().sorted(Comparator.comparing(AnnotationImporterDescriptor::id)).toList();
    }

    /**
     * Returns the annotation importers contributed to the extension point {@code org.factcheck.core.importers}
     * ({@code annotationImporter} elements); empty outside OSGi. Read once.
     *
     * @return the shared instance
     */
    public static AnnotationImporters getDefault() {
        AnnotationImporters result = defaultInstance;
        if (result == null) {
            synchronized (AnnotationImporters.class) {
                result = defaultInstance;
                if (result == null) {
                    result = new AnnotationImporters(ImporterRegistry.contributedAnnotationImporters());
                    defaultInstance = result;
                }
            }
        }
        return result;
    }

    /**
     * Returns the importers, sorted by id.
     *
     * @return an unmodifiable list
     */
    public List<AnnotationImporterDescriptor> descriptors() {
        return descriptors;
    }

    /**
     * Returns the importer chosen for a file.
     *
     * @param file a file
     * @return the importer that claims its extension, if any
     */
    public Optional<AnnotationImporterDescriptor> forFile(Path file) {
        String extension = ArticleInput.of(file, new byte[0]).extension();
        return descriptors.stream().filter(d -> d.fileExtensions().contains(extension)).findFirst();
    }

    /**
     * Imports an annotation file into a case: the importer places every annotation first, and only when all
     * could be placed are the spans added to their documents (and to the claims they are appearances of).
     *
     * @param file     the annotation file
     * @param caseFile the case
     * @return what was added
     * @throws ImportException if the file is missing, a folder, unreadable, empty, larger than
     *                         {@link ArticleImporters#MAX_BYTES}, of an extension no importer claims, or an
     *                         annotation cannot be placed; the case is then unchanged
     */
    public AnnotationPlacement importInto(Path file, CaseFile caseFile) throws ImportException {
        String shown = "“" + file + "”";
        if (Files.isDirectory(file)) {
            throw new ImportException(shown + " is a folder, not an annotation file.");
        }
        if (!Files.exists(file)) {
            throw new ImportException(shown + " cannot be imported because it does not exist.");
        }
        AnnotationImporterDescriptor descriptor = forFile(file).orElseThrow(() -> new ImportException(
                "No annotation importer reads " + shown + " (known extensions: " + String.join(", ",
                        descriptors.stream().flatMap(d -> d.fileExtensions().stream()).toList()) + ")."));
        byte[] bytes;
        try {
            if (Files.size(file) > ArticleImporters.MAX_BYTES) {
                throw new ImportException(shown + " is too large to import (the limit is "
                        + ArticleImporters.MAX_BYTES / 1048576 + " MiB).");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ImportException(shown + " could not be read: " + e.getMessage(), e);
        }
        if (bytes.length == 0) {
            throw new ImportException(shown + " is empty.");
        }
        AnnotationPlacement placement;
        try {
            placement = descriptor.importer().place(ArticleInput.of(file, bytes), caseFile);
        } catch (RuntimeException e) {
            throw new ImportException("The annotation importer “" + descriptor.name() + "” failed on " + shown + ": "
                    + e, e);
        }
        for (AnnotationPlacement.Placed placed : placement.spans()) {
            if (placed.document().eContainer() != caseFile) {
                throw new ImportException("The annotation importer “" + descriptor.name()
                        + "” placed an annotation on a document that is not part of the case.");
            }
        }
        for (AnnotationPlacement.Placed placed : placement.spans()) {
            placed.document().getAnnotations().add(placed.span());
            placed.appearanceOf().forEach(claim -> claim.getAppearances().add(placed.span()));
        }
        return placement;
    }
}
