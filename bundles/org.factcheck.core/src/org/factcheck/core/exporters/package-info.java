/**
 * Writing cases in exchange formats.
 * <p>
 * {@link org.factcheck.core.exporters.Exporters#getDefault()} knows every exporter contributed to the
 * extension point {@code org.factcheck.core.exporters}, and
 * {@link org.factcheck.core.exporters.Exporters#exportToFile} does what is common to all of them: checking
 * the options and the output path, and writing the file so that a failed export leaves nothing behind. An
 * exporter only writes its format to a stream; it implements {@link org.factcheck.core.exporters.CaseExporter}.
 */
package org.factcheck.core.exporters;
