package org.factcheck.core.exporters;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes a case in one exchange format (ClaimReview, W3C Web Annotation, GraphML, CSV, ...). Implementations
 * are contributed through the extension point {@code org.factcheck.core.exporters} and must have a public
 * no-argument constructor; one instance may be used for many exports, from several threads.
 * <p>
 * An exporter only reads the case. It writes to the stream it is given and never opens files itself:
 * {@link Exporters#exportToFile} writes the stream to a temporary file and moves it into place only when
 * the exporter returned normally, so a failed export leaves no partial file behind.
 */
public interface CaseExporter {

    /**
     * Writes the case.
     *
     * @param context the case and the options the user gave
     * @param out     where to write; the exporter must not close it
     * @throws ExportException if the case cannot be written in this format (a required option is invalid,
     *                         the case lacks something the format needs); the message is a sentence for the
     *                         user that names what is missing
     * @throws IOException     if writing to {@code out} fails
     */
    void export(ExportContext context, OutputStream out) throws ExportException, IOException;
}
