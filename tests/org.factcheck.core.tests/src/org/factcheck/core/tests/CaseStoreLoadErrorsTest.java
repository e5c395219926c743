package org.factcheck.core.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.emf.ecore.resource.ResourceSet;
import org.factcheck.core.CaseFileException;
import org.factcheck.core.CaseStore;
import org.factcheck.testing.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseStoreLoadErrorsTest {

    private static final String NS = "xmlns:fc=\"http://www.factcheck.org/2026/case\"";

    @TempDir
    Path dir;

    private ResourceSet rs;

    @BeforeEach
    void newResourceSet() {
        rs = Fixtures.resourceSet();
    }

    /** Loads, expects a failure that names the file and contains the fragments, and no leftover resource. */
    private String refused(Path file, String... fragments) {
        CaseFileException e = assertThrows(CaseFileException.class, () -> CaseStore.load(rs, file));
        String message = e.getMessage();
        assertTrue(message.startsWith("Cannot open the case file “" + file.toAbsolutePath() + "”: it "), message);
        assertTrue(message.endsWith("."), message);
        for (String fragment : fragments) {
            assertTrue(message.contains(fragment), "“" + fragment + "” not in: " + message);
        }
        assertTrue(rs.getResources().isEmpty(), "half-loaded resource left in the resource set");
        return message;
    }

    @Test
    void missingFile() {
        refused(dir.resolve("nowhere.factcase"), "does not exist");
    }

    @Test
    void directory() throws Exception {
        refused(Files.createDirectory(dir.resolve("folder.factcase")), "is a folder");
    }

    @Test
    void emptyFile() throws Exception {
        refused(Fixtures.write(dir, "empty.factcase", ""), "is empty");
    }

    @Test
    void truncatedFile() throws Exception {
        Path good = dir.resolve("good.factcase");
        CaseStore.save(CaseStore.create(Fixtures.resourceSet(), good, Fixtures.sampleCase()), good);
        byte[] bytes = Files.readAllBytes(good);
        Path truncated = Fixtures.write(dir, "truncated.factcase", Arrays.copyOf(bytes, bytes.length / 2));
        refused(truncated, "is not well-formed XML", "line ");
    }

    @Test
    void brokenEndOfAnOtherwiseGoodFile() throws Exception {
        Path good = dir.resolve("good.factcase");
        CaseStore.save(CaseStore.create(Fixtures.resourceSet(), good, Fixtures.sampleCase()), good);
        String text = Files.readString(good);
        int end = text.lastIndexOf("</");
        Path broken = Fixtures.write(dir, "broken.factcase", text.substring(0, end) + "</fc:NotTheRoot>\n");
        refused(broken, "is not well-formed XML", "line ");
    }

    @Test
    void notXmlAtAll() throws Exception {
        refused(Fixtures.write(dir, "notes.factcase", "Just some notes, not XML."), "is not well-formed XML");
    }

    @Test
    void pngBytes() throws Exception {
        refused(Fixtures.write(dir, "image.factcase", Fixtures.pngBytes()), "is not well-formed XML");
    }

    @Test
    void externalEntityIsRefused() throws Exception {
        Path xxe = Fixtures.write(dir, "xxe.factcase", """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE fc:CaseFile [ <!ENTITY secret SYSTEM "file:///etc/passwd"> ]>
                <fc:CaseFile %s title="&secret;"/>
                """.formatted(NS));
        refused(xxe, "DOCTYPE");
    }

    @Test
    void entityExpansionIsRefused() throws Exception {
        Path laughs = Fixtures.write(dir, "laughs.factcase", """
                <?xml version="1.0"?>
                <!DOCTYPE lolz [
                  <!ENTITY lol "lol">
                  <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
                  <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
                ]>
                <fc:CaseFile %s title="&lol2;"/>
                """.formatted(NS));
        refused(laughs, "DOCTYPE");
    }

    @Test
    void xmlWhoseRootIsNotACase() throws Exception {
        Path other = Fixtures.write(dir, "pom.factcase", "<?xml version=\"1.0\"?><project><modelVersion/></project>");
        refused(other, "is not a case file", "project");
    }

    @Test
    void caseModelObjectThatIsNotACase() throws Exception {
        Path document = Fixtures.write(dir, "document.factcase",
                "<?xml version=\"1.0\"?><fc:Document " + NS + " title=\"x\"/>");
        refused(document, "is not a case file", "Document");
    }

    @Test
    void xmiWrapperWhoseFirstRootIsNotACase() throws Exception {
        Path diagram = Fixtures.write(dir, "diagram.factcase", """
                <?xml version="1.0" encoding="UTF-8"?>
                <xmi:XMI xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
                    xmlns:notation="http://www.factcheck.org/2026/notation">
                  <notation:Diagram name="d"/>
                </xmi:XMI>
                """);
        refused(diagram, "is not a case file");
    }

    @Test
    void unknownAttributeIsReported() throws Exception {
        Path unknown = Fixtures.write(dir, "unknown.factcase",
                "<?xml version=\"1.0\"?><fc:CaseFile " + NS + " title=\"t\" bogusFeature=\"1\"/>");
        refused(unknown, "could not be read", "bogusFeature");
    }

    @Test
    void badDateIsReported() throws Exception {
        Path badDate = Fixtures.write(dir, "date.factcase",
                "<?xml version=\"1.0\"?><fc:CaseFile " + NS + " created=\"yesterday\"/>");
        refused(badDate, "could not be read");
    }

    @Test
    void failureLeavesOtherResourcesAlone() throws Exception {
        Path good = dir.resolve("good.factcase");
        CaseStore.save(CaseStore.create(Fixtures.resourceSet(), good, Fixtures.sampleCase()), good);
        CaseStore.load(rs, good);
        Path bad = Fixtures.write(dir, "bad.factcase", "<oops");
        assertThrows(CaseFileException.class, () -> CaseStore.load(rs, bad));
        assertTrue(rs.getResources().size() == 1 && rs.getResources().get(0).isLoaded());
        assertFalse(rs.getResources().get(0).getContents().isEmpty());
    }
}
