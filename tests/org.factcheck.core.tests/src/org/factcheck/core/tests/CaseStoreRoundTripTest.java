package org.factcheck.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.factcheck.core.CaseResource;
import org.factcheck.core.CaseStore;
import org.factcheck.model.CaseFactory;
import org.factcheck.model.CaseFile;
import org.factcheck.model.CasePackage;
import org.factcheck.model.Claim;
import org.factcheck.model.Document;
import org.factcheck.model.Evidence;
import org.factcheck.model.Identifiable;
import org.factcheck.model.Person;
import org.factcheck.model.SourceKind;
import org.factcheck.model.notation.Diagram;
import org.factcheck.model.notation.NotationPackage;
import org.factcheck.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseStoreRoundTripTest {

    @TempDir
    Path dir;

    /** Creates the sample case with a diagram in a new resource and saves it. */
    private Resource saveSample(Path file) throws Exception {
        CaseFile sample = Fixtures.sampleCase();
        Resource resource = CaseStore.create(Fixtures.resourceSet(), file, sample);
        resource.getContents().add(Fixtures.sampleDiagram(sample));
        CaseStore.save(resource, file);
        return resource;
    }

    @Test
    void roundTripKeepsEveryObjectAttributeAndReference() throws Exception {
        Path file = dir.resolve("sample.factcase");
        Resource saved = saveSample(file);

        ResourceSet rs = Fixtures.resourceSet();
        Resource loaded = CaseStore.load(rs, file);

        assertInstanceOf(CaseResource.class, loaded);
        assertTrue(loaded.getErrors().isEmpty(), loaded.getErrors().toString());
        assertEquals(2, loaded.getContents().size());
        assertTrue(EcoreUtil.equals(saved.getContents(), loaded.getContents()),
                "the loaded model differs from the saved one");

        CaseFile c = (CaseFile) loaded.getContents().get(0);
        assertEquals(Fixtures.CREATED, c.getCreated());
        Document d = c.getDocuments().get(0);
        assertEquals(Fixtures.ARTICLE_TEXT, d.getText());
        assertEquals(LocalDate.of(2022, 10, 3), d.getPublished());
        assertSame(c.getSources().get(0), d.getOutlet());
        assertEquals(SourceKind.NEWS_OUTLET, d.getOutlet().getKind());
        Claim claim = c.getClaims().get(0);
        assertSame(d.getAnnotations().get(0), claim.getAppearances().get(0));
        assertSame(c.getRatingScale().getRatings().get(0), claim.getVerdict());
        Evidence evidence = claim.getEvidence().get(0);
        assertSame(claim, evidence.getClaim());
        assertSame(d.getAnnotations().get(1), evidence.getSpan());
        assertSame(d, evidence.getSpan().getDocument());
        assertEquals("Мы продолжим консультации с населением", evidence.getSpan().getExact());
        Person peskov = (Person) c.getActors().get(1);
        assertSame(c.getActors().get(0), peskov.getAffiliation());
        assertEquals(List.of("Дмитрий Песков"), peskov.getAliases());
        assertSame(c.getRelationKinds().get(0), c.getRelations().get(0).getKind());
        Diagram diagram = (Diagram) loaded.getContents().get(1);
        assertSame(claim, diagram.getNodes().get(0).getElement());
        assertEquals(210, diagram.getNodes().get(1).getX());
    }

    @Test
    void sampleUsesEveryConcreteClassOfBothPackages() throws Exception {
        Path file = dir.resolve("all.factcase");
        saveSample(file);
        Resource loaded = CaseStore.load(Fixtures.resourceSet(), file);
        Set<EClass> seen = new HashSet<>();
        for (TreeIterator<EObject> it = loaded.getAllContents(); it.hasNext();) {
            seen.add(it.next().eClass());
        }
        for (EPackage ePackage : List.of(CasePackage.eINSTANCE, NotationPackage.eINSTANCE)) {
            for (EClassifier classifier : ePackage.getEClassifiers()) {
                if (classifier instanceof EClass eClass && !eClass.isAbstract() && !eClass.isInterface()) {
                    assertTrue(seen.contains(eClass), "no " + eClass.getName() + " in the sample case");
                }
            }
        }
    }

    @Test
    void savingTwiceGivesIdenticalBytes() throws Exception {
        Path first = dir.resolve("first.factcase");
        Path second = dir.resolve("second.factcase");
        Resource resource = saveSample(first);
        CaseStore.save(resource, second);
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
    }

    @Test
    void loadingAndSavingAgainGivesIdenticalBytes() throws Exception {
        Path original = dir.resolve("original.factcase");
        saveSample(original);
        Resource loaded = CaseStore.load(Fixtures.resourceSet(), original);
        Path copy = dir.resolve("copy.factcase");
        CaseStore.save(loaded, copy);
        assertArrayEquals(Files.readAllBytes(original), Files.readAllBytes(copy));
    }

    @Test
    void everyObjectWithAnIdGetsAUniqueUuid() throws Exception {
        Path file = dir.resolve("ids.factcase");
        Resource resource = saveSample(file);
        Set<String> ids = new HashSet<>();
        int count = 0;
        for (TreeIterator<EObject> it = resource.getAllContents(); it.hasNext();) {
            EObject o = it.next();
            Object id = o.eGet(o.eClass().getEStructuralFeature("id"));
            assertNotNull(id, "no id on " + o.eClass().getName());
            assertEquals(id, UUID.fromString((String) id).toString());
            ids.add((String) id);
            count++;
        }
        assertEquals(count, ids.size(), "ids are not unique");
        Resource loaded = CaseStore.load(Fixtures.resourceSet(), file);
        assertEquals(((Identifiable) resource.getContents().get(0)).getId(),
                ((Identifiable) loaded.getContents().get(0)).getId());
    }

    @Test
    void objectsAddedLaterGetIdsAndExistingIdsAreKept() throws Exception {
        Path file = dir.resolve("later.factcase");
        saveSample(file);
        CaseFile c = (CaseFile) CaseStore.load(Fixtures.resourceSet(), file).getContents().get(0);
        Claim fresh = CaseFactory.eINSTANCE.createClaim();
        Claim preset = CaseFactory.eINSTANCE.createClaim();
        preset.setId("my-own-id");
        c.getClaims().add(fresh);
        c.getClaims().add(preset);
        assertNotNull(fresh.getId());
        UUID.fromString(fresh.getId());
        assertEquals("my-own-id", preset.getId());
    }

    @Test
    void loadingAssignsIdsToObjectsThatHaveNone() throws Exception {
        Path file = Fixtures.write(dir, "noids.factcase", """
                <?xml version="1.0" encoding="UTF-8"?>
                <fc:CaseFile xmlns:fc="http://www.factcheck.org/2026/case" title="Hand written">
                  <claims statement="A claim"/>
                </fc:CaseFile>
                """);
        CaseFile c = (CaseFile) CaseStore.load(Fixtures.resourceSet(), file).getContents().get(0);
        assertEquals("Hand written", c.getTitle());
        UUID.fromString(c.getId());
        UUID.fromString(c.getClaims().get(0).getId());
        assertNotEquals(c.getId(), c.getClaims().get(0).getId());
    }

    @Test
    void fileHasOneAttributePerLineAndLfLineEnds() throws Exception {
        Path file = dir.resolve("lines.factcase");
        saveSample(file);
        String xml = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(xml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"), xml.substring(0, 60));
        assertFalse(xml.contains("\r"), "CR in the file");
        Pattern attribute = Pattern.compile("[\\w:]+=\"");
        List<String> lines = xml.lines().skip(1).toList();
        int attributes = 0;
        for (String line : lines) {
            Matcher m = attribute.matcher(line);
            int onLine = 0;
            while (m.find()) {
                onLine++;
            }
            assertTrue(onLine <= 1, "more than one attribute on the line: " + line);
            attributes += onLine;
        }
        assertTrue(attributes > 50, "only " + attributes + " attributes in " + xml);
    }

    @Test
    void documentTextIsElementContentWithRealNewlines() throws Exception {
        Path file = dir.resolve("text.factcase");
        saveSample(file);
        String xml = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(xml.contains("<text>Kremlin unsure where annexed borders lie\n"), xml);
        assertTrue(xml.contains("\nПесков: «Мы продолжим консультации с населением» 🗺️ — said on Monday.\n</text>"), xml);
        assertTrue(xml.contains("\n  Indented quote: &lt;borders"), xml);
        assertFalse(xml.contains("text=\""), "the text is an attribute");
    }

    @Test
    void diagramsAreSavedAfterTheCaseUnderAnXmiRoot() throws Exception {
        Path file = dir.resolve("roots.factcase");
        saveSample(file);
        String xml = Files.readString(file, StandardCharsets.UTF_8);
        int caseAt = xml.indexOf("<fc:CaseFile");
        int diagramAt = xml.indexOf(":Diagram");
        assertTrue(xml.contains("<xmi:XMI"), xml);
        assertTrue(caseAt > 0 && diagramAt > caseAt, xml);
    }

    @Test
    void loadingTheSameFileAgainReturnsTheLoadedResource() throws Exception {
        Path file = dir.resolve("same.factcase");
        saveSample(file);
        ResourceSet rs = Fixtures.resourceSet();
        Resource first = CaseStore.load(rs, file);
        assertSame(first, CaseStore.load(rs, file));
        assertEquals(1, rs.getResources().size());
    }
}
