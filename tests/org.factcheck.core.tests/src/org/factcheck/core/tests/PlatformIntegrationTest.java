package org.factcheck.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.content.IContentType;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.factcheck.core.CaseResource;
import org.factcheck.core.CaseResourceFactory;
import org.factcheck.core.CaseStore;
import org.factcheck.model.CaseFile;
import org.factcheck.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What plugin.xml registers, seen from inside OSGi. */
class PlatformIntegrationTest {

    @TempDir
    Path dir;

    @Test
    void factcaseExtensionIsRegisteredWithEmf() throws Exception {
        Path file = dir.resolve("registered.factcase");
        CaseStore.save(CaseStore.create(Fixtures.resourceSet(), file, Fixtures.sampleCase()), file);
        URI uri = URI.createFileURI(file.toString());
        assertInstanceOf(CaseResourceFactory.class, Resource.Factory.Registry.INSTANCE.getFactory(uri));
        ResourceSet rs = Fixtures.resourceSet();
        Resource resource = rs.getResource(uri, true);
        assertInstanceOf(CaseResource.class, resource);
        assertEquals("Kremlin borders", ((CaseFile) resource.getContents().get(0)).getTitle());
    }

    @Test
    void caseFilesHaveTheirContentType() throws Exception {
        IContentType type = Platform.getContentTypeManager().getContentType(CaseResourceFactory.CONTENT_TYPE);
        assertNotNull(type, "content type not registered");
        Path file = dir.resolve("typed.factcase");
        CaseFile sample = Fixtures.sampleCase();
        Resource resource = CaseStore.create(Fixtures.resourceSet(), file, sample);
        resource.getContents().add(Fixtures.sampleDiagram(sample));
        CaseStore.save(resource, file);
        try (InputStream in = Files.newInputStream(file)) {
            IContentType found = Platform.getContentTypeManager().findContentTypeFor(in, file.getFileName().toString());
            assertNotNull(found);
            assertEquals(CaseResourceFactory.CONTENT_TYPE, found.getId());
        }
    }
}
