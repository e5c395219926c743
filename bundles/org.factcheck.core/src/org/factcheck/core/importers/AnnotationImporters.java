package org.factcheck.core.importers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.factcheck.core.internal.importers.GuardedImports;
import org.factcheck.core.internal.importers.ImporterRegistry;
import org.factcheck.model.CaseFile;

/**
 * The known annotation importers and the procedure common to them: read the file, let the importer place
 * every annotation, and only then add the spans to the case.
 * <p>
 * {@link #getDefault()} follows the extension point {@code org.factcheck.core.importers}
 * ({@code annotationImporter} elements) while bundles are installed and removed. The importer is called through the
 * platform's guard: its {@link ImportException} reaches the caller as it is, while anything else it throws or an
 * unusable placement (a span on a document of another case, outside its document's text, not new …) is a fault of
 * the importer, which is logged with its bundle's id, reported once through
 * {@link org.factcheck.core.extensions.ContributionFailures} and disabled for the session. The case is unchanged
 * whenever the import fails.
 */
public final class AnnotationImporters {

    private static volatile AnnotationImporters defaultInstance;

    private final Supplier<List<ImporterRegistry.Annotations>> entries;

    /**
     * Creates a set of annotation importers, for example for a test.
     *
     * @param descriptors the importers; when several claim an extension, the one with the smallest id is used
     */
    public AnnotationImporters(List<AnnotationImporterDescriptor> descriptors) {
        List<ImporterRegistry.Annotations> fixed = ImporterRegistry.givenAnnotations(descriptors);
        this.entries = () -> fixed;
    }

    private AnnotationImporters(Supplier<List<ImporterRegistry.Annotations>> entries) {
        this.entries = entries;
    }

    /**
     * Returns the annotation importers contributed to the extension point {@code org.factcheck.core.importers}
     * ({@code annotationImporter} elements), as they are at each call; none outside OSGi.
     *
     * @return the shared instance
     */
    public static AnnotationImporters getDefault() {
        AnnotationImporters result = defaultInstance;
        if (result == null) {
            synchronized (AnnotationImporters.class) {
                result = defaultInstance;
                if (result == null) {
                    result = new AnnotationImporters(ImporterRegistry.annotationImporters());
                    defaultInstance = result;
                }
            }
        }
        return result;
    }

    /**
     * Returns the importers available now, without those disabled after a failure, sorted by id.
     *
     * @return an unmodifiable list
     */
    public List<AnnotationImporterDescriptor> descriptors() {
        return entries.get().stream().filter(e -> !e.contribution().isDisabled())
                .map(ImporterRegistry.Annotations::descriptor).toList();
    }

    /**
     * Returns the importer chosen for a file: the first available one that claims its extension, else one that
     * claims it but was disabled after a failure (so that such a file is still recognised as annotations, and
     * {@link #importInto} refuses it, rather than being read as an article).
     *
     * @param file a file
     * @return the importer that claims its extension, if any
     */
    public Optional<AnnotationImporterDescriptor> forFile(Path file) {
        return entryFor(file).map(ImporterRegistry.Annotations::descriptor);
    }

    private Optional<ImporterRegistry.Annotations> entryFor(Path file) {
        String extension = ArticleInput.of(file, new byte[0]).extension();
        List<ImporterRegistry.Annotations> claiming = entries.get().stream()
                .filter(e -> e.descriptor().fileExtensions().contains(extension)).toList();
        return claiming.stream().filter(e -> !e.contribution().isDisabled()).findFirst()
                .or(() -> claiming.stream().findFirst());
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
        ImporterRegistry.Annotations entry = entryFor(file).orElseThrow(() -> new ImportException(
                "No annotation importer reads " + shown + " (known extensions: " + String.join(", ",
                        descriptors().stream().flatMap(d -> d.fileExtensions().stream()).toList()) + ")."));
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
        AnnotationPlacement placement = GuardedImports.place(entry, ArticleInput.of(file, bytes), caseFile, shown);
        for (AnnotationPlacement.Placed placed : placement.spans()) {
            placed.document().getAnnotations().add(placed.span());
            placed.appearanceOf().forEach(claim -> claim.getAppearances().add(placed.span()));
        }
        return placement;
    }
}
