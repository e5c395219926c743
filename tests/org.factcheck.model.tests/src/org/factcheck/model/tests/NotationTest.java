package org.factcheck.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.factcheck.model.CaseFactory;
import org.factcheck.model.CaseFile;
import org.factcheck.model.CasePackage;
import org.factcheck.model.Claim;
import org.factcheck.model.notation.Diagram;
import org.factcheck.model.notation.Node;
import org.factcheck.model.notation.NotationFactory;
import org.factcheck.model.notation.NotationPackage;
import org.junit.jupiter.api.Test;

/** The notation package: diagram nodes point at semantic elements, never the other way round. */
class NotationTest {

    @Test
    void packagesHaveThePlannedIdentity() {
        assertEquals("http://www.factcheck.org/2026/case", CasePackage.eNS_URI);
        assertEquals("fc", CasePackage.eNS_PREFIX);
        assertEquals("http://www.factcheck.org/2026/notation", NotationPackage.eNS_URI);
        assertNotSame(CasePackage.eINSTANCE, NotationPackage.eINSTANCE);
    }

    @Test
    void nodeElementCanReferenceAClaim() {
        CaseFile caseFile = CaseFactory.eINSTANCE.createCaseFile();
        Claim claim = CaseFactory.eINSTANCE.createClaim();
        claim.setStatement("The border was closed on 1 March.");
        caseFile.getClaims().add(claim);

        Diagram diagram = NotationFactory.eINSTANCE.createDiagram();
        Node node = NotationFactory.eINSTANCE.createNode();
        node.setX(10);
        node.setY(20);
        diagram.getNodes().add(node);

        node.setElement(claim);

        assertSame(claim, node.getElement());
        assertSame(claim, node.eGet(NotationPackage.Literals.NODE__ELEMENT));
        assertSame(caseFile, claim.eContainer(), "the node does not take the claim out of the case");
        assertSame(diagram, node.eContainer());
        assertEquals(List.of(claim), caseFile.getClaims());
        assertEquals(10, node.getX());
        assertEquals(20, node.getY());
        assertEquals(0, node.getWidth(), "0 = preferred size");
        assertEquals(0, node.getHeight(), "0 = preferred size");
    }

    @Test
    void nodeElementIsAPlainCrossReferenceToAnyEObject() {
        EReference element = NotationPackage.Literals.NODE__ELEMENT;
        assertSame(EcorePackage.Literals.EOBJECT, element.getEReferenceType());
        assertTrue(!element.isContainment() && !element.isContainer() && !element.isTransient());
        assertNull(element.getEOpposite(), "the semantic model must not know its diagrams");
    }

    @Test
    void diagramAndNodeHaveTheirOwnIdAttributes() {
        assertSame(NotationPackage.Literals.DIAGRAM__ID, NotationPackage.Literals.DIAGRAM.getEIDAttribute());
        assertSame(NotationPackage.Literals.NODE__ID, NotationPackage.Literals.NODE.getEIDAttribute());

        Node node = NotationFactory.eINSTANCE.createNode();
        node.setId("node-1");
        assertEquals("node-1", EcoreUtil.getID(node));
        Diagram diagram = NotationFactory.eINSTANCE.createDiagram();
        EcoreUtil.setID(diagram, "diagram-1");
        assertEquals("diagram-1", diagram.getId());
    }

    @Test
    void semanticModelNeverReferencesTheNotation() {
        for (EClassifier classifier : CasePackage.eINSTANCE.getEClassifiers()) {
            if (classifier instanceof EClass eClass) {
                for (EClass superType : eClass.getEAllSuperTypes()) {
                    assertSame(CasePackage.eINSTANCE, superType.getEPackage(), eClass.getName());
                }
                for (EReference reference : eClass.getEAllReferences()) {
                    assertSame(CasePackage.eINSTANCE, reference.getEReferenceType().getEPackage(),
                            eClass.getName() + "." + reference.getName());
                }
            }
        }
    }

    @Test
    void notationDoesNotDependOnTheSemanticPackageStatically() {
        for (EClassifier classifier : NotationPackage.eINSTANCE.getEClassifiers()) {
            if (classifier instanceof EClass eClass) {
                for (EReference reference : eClass.getEAllReferences()) {
                    assertTrue(reference.getEReferenceType().getEPackage() != CasePackage.eINSTANCE,
                            eClass.getName() + "." + reference.getName());
                }
            }
        }
    }
}
