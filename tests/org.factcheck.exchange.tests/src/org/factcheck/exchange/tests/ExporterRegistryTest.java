package org.factcheck.exchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.ServiceLoader;

import org.factcheck.core.exporters.ExporterDescriptor;
import org.factcheck.core.exporters.ExporterProvider;
import org.factcheck.core.exporters.Exporters;
import org.factcheck.core.importers.AnnotationImporters;
import org.factcheck.exchange.internal.BuiltInExporters;
import org.junit.jupiter.api.Test;

/** The formats are found through the extension registry, and the list used outside OSGi matches plugin.xml. */
class ExporterRegistryTest {

    @Test
    void everyFormatIsContributed() {
        List<String> formats = Exporters.getDefault().descriptors().stream().map(ExporterDescriptor::format).toList();
        assertTrue(formats.containsAll(List.of("aif", "claimreview", "csv", "dot", "graphml", "html", "w3c")), formats.toString());
        assertEquals("jsonld", Exporters.getDefault().forFormat("ClaimReview").orElseThrow().fileExtension());
    }

    @Test
    void serviceLoaderListMatchesPluginXml() {
        ExporterProvider provider = ServiceLoader.load(ExporterProvider.class, BuiltInExporters.class.getClassLoader())
                .findFirst().orElseThrow();
        for (ExporterDescriptor builtIn : provider.exporters()) {
            ExporterDescriptor contributed = Exporters.getDefault().forFormat(builtIn.format()).orElseThrow();
            assertEquals(builtIn.id(), contributed.id());
            assertEquals(builtIn.name(), contributed.name());
            assertEquals(builtIn.mediaType(), contributed.mediaType());
            assertEquals(builtIn.fileExtension(), contributed.fileExtension());
            assertEquals(builtIn.options(), contributed.options(), builtIn.id());
        }
        assertEquals(provider.exporters().size(), Exporters.getDefault().descriptors().size());
    }

    @Test
    void w3cAnnotationImporterIsContributed() {
        assertEquals("org.factcheck.exchange.w3c.import", AnnotationImporters.getDefault()
                .forFile(java.nio.file.Path.of("notes.jsonld")).orElseThrow().id());
        assertTrue(AnnotationImporters.getDefault().forFile(java.nio.file.Path.of("article.txt")).isEmpty());
    }
}
