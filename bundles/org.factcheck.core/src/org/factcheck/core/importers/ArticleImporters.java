package org.factcheck.core.importers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.factcheck.core.internal.importers.BinarySniffer;
import org.factcheck.core.internal.importers.GuardedImports;
import org.factcheck.core.internal.importers.ImporterRegistry;
import org.factcheck.core.text.Hashes;
import org.factcheck.core.text.TextNormalizer;
import org.factcheck.core.text.XmlCharacters;
import org.factcheck.model.Document;

/**
 * The known article importers and the import procedure common to all of them.
 * <p>
 * {@link #getDefault()} follows the extension point {@code org.factcheck.core.importers}: importers of bundles
 * installed at run time are used at once, those of bundles removed are dropped, and an importer's class is loaded
 * only when it first imports.
 * <p>
 * {@link #importFile(Path)} reads the file (at most {@value #MAX_BYTES} bytes), chooses an importer by
 * file extension or, for an unknown extension, by looking at the content, refuses binary content for
 * text formats, lets the importer decode the article and then normalizes the text
 * ({@link TextNormalizer}), stores its SHA-256 in {@code textSha256}, sets {@code retrieved} to now and
 * {@code mediaType} to the importer's media type unless the importer set them, and falls back to the
 * file name for a missing title.
 * <p>
 * The importer is called through the platform's guard. Its {@link ImportException} (the file cannot be read in
 * its format) reaches the caller as it is; anything else it throws, or a result that is no new document, is a
 * fault of the importer: it is logged with its bundle's id, reported once through
 * {@link org.factcheck.core.extensions.ContributionFailures} and disabled for the session, and the import fails
 * with an {@link ImportException} that says so. Either way no document is returned.
 */
public final class ArticleImporters {

    /** The largest article file that is imported: 20 MiB. */
    public static final long MAX_BYTES = 20L * 1024 * 1024;

    private static volatile ArticleImporters defaultInstance;

    private final Supplier<List<ImporterRegistry.Article>> entries;

    /**
     * Creates a set of importers, for example for a test; the application uses {@link #getDefault()}.
     *
     * @param descriptors the importers; when several claim an extension, the one with the highest
     *                    priority is chosen (then the smallest id)
     */
    public ArticleImporters(List<ImporterDescriptor> descriptors) {
        List<ImporterRegistry.Article> fixed = ImporterRegistry.given(descriptors, ImporterRegistry.NOT_CONTRIBUTED);
        this.entries = () -> fixed;
    }

    private ArticleImporters(Supplier<List<ImporterRegistry.Article>> entries) {
        this.entries = entries;
    }

    /**
     * Returns the importers contributed to the extension point {@code org.factcheck.core.importers}, as they are
     * at each call; where no extension registry exists (plain Java, unit tests outside OSGi) the built-in
     * importers for plain text and HTML.
     *
     * @return the shared instance
     */
    public static ArticleImporters getDefault() {
        ArticleImporters result = defaultInstance;
        if (result == null) {
            synchronized (ArticleImporters.class) {
                result = defaultInstance;
                if (result == null) {
                    result = new ArticleImporters(ImporterRegistry.articleImporters());
                    defaultInstance = result;
                }
            }
        }
        return result;
    }

    /**
     * Returns the importers available now, without those disabled after a failure: highest priority first, then
     * the built-in ones, then by id.
     *
     * @return an unmodifiable list
     */
    public List<ImporterDescriptor> descriptors() {
        return available().map(ImporterRegistry.Article::descriptor).toList();
    }

    private java.util.stream.Stream<ImporterRegistry.Article> available() {
        return entries.get().stream().filter(e -> !e.contribution().isDisabled());
    }

    /**
     * Returns the importer chosen for a file extension.
     *
     * @param extension an extension without the dot, in any case
     * @return the available importer with the highest priority that claims it, if any
     */
    public Optional<ImporterDescriptor> forExtension(String extension) {
        return available().map(ImporterRegistry.Article::descriptor).filter(d -> d.handles(extension)).findFirst();
    }

    /**
     * Imports a file as a new document (see the class comment for what is done).
     *
     * @param file the article file
     * @return a new document, not contained in any case file
     * @throws ImportException if the file is missing, unreadable, too large, empty, binary, of a format
     *                         no importer reads, or not decodable by its importer
     */
    public Document importFile(Path file) throws ImportException {
        String shown = "“" + file + "”";
        if (Files.isDirectory(file)) {
            throw new ImportException(shown + " is a folder, not an article file.");
        }
        if (!Files.exists(file)) {
            throw new ImportException(shown + " cannot be imported because it does not exist.");
        }
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw tooLarge(shown, size);
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ImportException(shown + " could not be read: " + e.getMessage(), e);
        }
        return importArticle(ArticleInput.of(file, bytes));
    }

    /**
     * Imports article bytes held in memory, exactly as {@link #importFile(Path)} imports a file.
     *
     * @param input the bytes and their name
     * @return a new document, not contained in any case file
     * @throws ImportException if the bytes cannot be imported
     */
    public Document importArticle(ArticleInput input) throws ImportException {
        String shown = "“" + input.shownName() + "”";
        if (input.bytes().length > MAX_BYTES) {
            throw tooLarge(shown, input.bytes().length);
        }
        if (input.bytes().length == 0) {
            throw new ImportException(shown + " is empty.");
        }
        ImporterRegistry.Article entry = choose(input, shown);
        ImporterDescriptor descriptor = entry.descriptor();
        if (descriptor.mediaType().startsWith("text/")) {
            Optional<String> binary = BinarySniffer.describe(input.bytes());
            if (binary.isPresent()) {
                throw new ImportException(shown + " is not a text article: it looks like " + binary.get() + ".");
            }
        }
        Document document = GuardedImports.importArticle(entry, input, shown);
        complete(document, descriptor, input, shown);
        return document;
    }

    /**
     * The available importer that claims the extension; when only importers disabled after a failure claim it, the
     * file is refused (not read by another format's importer); for an extension nobody claims, the importer of the
     * content's type.
     */
    private ImporterRegistry.Article choose(ArticleInput input, String shown) throws ImportException {
        String extension = input.extension();
        List<ImporterRegistry.Article> claiming = entries.get().stream().filter(e -> e.descriptor().handles(extension))
                .toList();
        Optional<ImporterRegistry.Article> enabled = claiming.stream().filter(e -> !e.contribution().isDisabled())
                .findFirst();
        if (enabled.isPresent()) {
            return enabled.get();
        }
        if (!claiming.isEmpty()) {
            throw new ImportException(shown + " was not imported: its importer “" + claiming.get(0).descriptor().name()
                    + "” failed before and is disabled for this session.");
        }
        Optional<String> binary = BinarySniffer.describe(input.bytes());
        if (binary.isPresent()) {
            throw new ImportException(shown + " is not an article: it looks like " + binary.get()
                    + ", and no importer reads such files.");
        }
        String mediaType = BinarySniffer.looksLikeHtml(input.bytes()) ? "text/html" : "text/plain";
        return available().filter(e -> e.descriptor().mediaType().equals(mediaType)).findFirst()
                .orElseThrow(() -> new ImportException(
                        "No importer reads files like " + shown + " (no importer for " + mediaType + ")."));
    }

    private static void complete(Document document, ImporterDescriptor descriptor, ArticleInput input,
            String shown) throws ImportException {
        String raw = document.getText() == null ? "" : document.getText();
        String text = TextNormalizer.normalize(raw);
        XmlCharacters.Invalid invalid = XmlCharacters.firstInvalid(text);
        if (invalid != null) {
            XmlCharacters.Invalid where = XmlCharacters.firstInvalid(raw); // where the importer's text has it
            throw new ImportException(shown + " contains a character that a case file cannot hold, "
                    + (where != null ? where : invalid).describe() + ". Remove it and import the file again.");
        }
        if (text.isBlank()) {
            throw new ImportException(shown + " contains no article text.");
        }
        document.setText(text);
        document.setTextSha256(Hashes.sha256Hex(text));
        if (document.getRetrieved() == null) {
            document.setRetrieved(Instant.now());
        }
        if (document.getMediaType() == null) {
            document.setMediaType(descriptor.mediaType());
        }
        if (document.getTitle() == null || document.getTitle().isBlank()) {
            String name = input.fileName();
            int dot = name.lastIndexOf('.');
            document.setTitle(dot > 0 ? name.substring(0, dot) : name);
        }
    }

    private static ImportException tooLarge(String shown, long size) {
        return new ImportException(String.format(java.util.Locale.ROOT,
                "%s is too large to import (%.1f MiB; the limit is %d MiB).", shown, size / 1048576.0,
                MAX_BYTES / 1048576));
    }
}
