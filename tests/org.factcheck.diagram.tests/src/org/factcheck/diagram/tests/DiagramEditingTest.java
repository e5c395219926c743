package org.factcheck.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.draw2d.geometry.Point;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.gef.RequestConstants;
import org.eclipse.gef.commands.Command;
import org.eclipse.gef.commands.CommandStack;
import org.eclipse.gef.palette.PaletteContainer;
import org.eclipse.gef.palette.PaletteEntry;
import org.eclipse.gef.palette.PaletteRoot;
import org.eclipse.gef.requests.ChangeBoundsRequest;
import org.eclipse.gef.requests.CreateConnectionRequest;
import org.eclipse.gef.requests.CreateRequest;
import org.eclipse.gef.requests.CreationFactory;
import org.eclipse.gef.requests.DirectEditRequest;
import org.eclipse.gef.requests.GroupRequest;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.handlers.IHandlerService;
import org.factcheck.core.CaseFiles;
import org.factcheck.diagram.internal.commands.DiagramCommands;
import org.factcheck.diagram.internal.editor.DiagramArranger;
import org.factcheck.diagram.internal.handlers.OpenDiagramHandler;
import org.factcheck.diagram.internal.parts.ClaimPart;
import org.factcheck.model.CaseFactory;
import org.factcheck.model.CasePackage;
import org.factcheck.model.Claim;
import org.factcheck.model.ClaimRelation;
import org.factcheck.model.Polarity;
import org.factcheck.model.RelationKind;
import org.factcheck.model.notation.Node;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Editing the case in its diagram with GEF requests, as GEF's tools send them; every edit is one command on the
 * case's stack, undone with Edit › Undo.
 */
class DiagramEditingTest {

    @TempDir
    Path temp;

    private DemoDiagram demo;

    @BeforeEach
    void open() throws Exception {
        demo = DemoDiagram.open(temp);
    }

    @AfterEach
    void close() {
        DemoDiagram.page().closeAllEditors(false);
    }

    private CommandStack gefStack() {
        return demo.editor.viewer().getEditDomain().getCommandStack();
    }

    private void undoFromTheMenu() throws Exception {
        DemoDiagram.page().activate(demo.editor);
        demo.editor.getSite().getService(IHandlerService.class).executeCommand(IWorkbenchCommandConstants.EDIT_UNDO, null);
        DemoDiagram.processEvents();
    }

    private static CreationFactory factoryOf(Object made) {
        return new CreationFactory() {
            @Override
            public Object getNewObject() {
                return made;
            }

            @Override
            public Object getObjectType() {
                return made.getClass();
            }
        };
    }

    @Test
    void drawingARelationWithTheToolsRequestAddsItToTheModelAndUndoRemovesIt() throws Exception {
        Claim farce = demo.claim("Once the Ukrainian flag is returned");
        Claim defend = demo.claim("We will defend our territories");
        RelationKind contradicts = CaseFiles.kind(demo.caseFile(), CaseFiles.CONTRADICTS);
        ClaimPart source = demo.part(farce);
        ClaimPart target = demo.part(defend);
        int relations = demo.caseFile().getRelations().size();

        CreateConnectionRequest request = new CreateConnectionRequest();
        request.setFactory(factoryOf(contradicts));
        request.setType(RequestConstants.REQ_CONNECTION_START);
        request.setSourceEditPart(source);
        request.setTargetEditPart(source);
        assertNotNull(source.getCommand(request), "a relation can start at a claim");
        request.setType(RequestConstants.REQ_CONNECTION_END);
        request.setTargetEditPart(target);
        Command complete = target.getCommand(request);
        assertTrue(complete.canExecute());
        gefStack().execute(complete);

        assertEquals(relations + 1, demo.caseFile().getRelations().size());
        ClaimRelation added = demo.caseFile().getRelations().get(relations);
        assertSame(farce, added.getSource());
        assertSame(defend, added.getTarget());
        assertSame(contradicts, added.getKind());
        assertNotNull(added.getId(), "the case gave it an id");
        assertNotNull(demo.part(added), "it is drawn");
        assertEquals(Polarity.ATTACK, demo.part(added).figure().polarity());
        assertSame(demo.session.commandStack().getUndoCommand(), demo.session.commandStack().getMostRecentCommand(),
                "it went onto the case's own command stack");
        assertTrue(demo.explorer.isDirty(), "the case explorer sees the edit");
        assertTrue(demo.editor.isDirty());

        undoFromTheMenu();
        assertEquals(relations, demo.caseFile().getRelations().size(), "Edit › Undo removed it");
        assertNull(added.eContainer());
        assertNull(demo.part(added), "and its line");
        assertFalse(demo.editor.isDirty());
    }

    @Test
    void aClaimCannotContradictItselfNorTheSameClaimTwice() {
        Claim consult = demo.claim("We will continue consultations");
        Claim finalised = demo.claim("Under Russian law the accession");
        RelationKind contradicts = CaseFiles.kind(demo.caseFile(), CaseFiles.CONTRADICTS);
        assertFalse(DiagramCommands.relate(demo.session.domain(), consult, consult, contradicts).canExecute());
        assertFalse(DiagramCommands.relate(demo.session.domain(), consult, finalised, contradicts).canExecute(),
                "the demo already says so");
        assertTrue(DiagramCommands.relate(demo.session.domain(), finalised, consult, contradicts).canExecute());
    }

    @Test
    void movingAClaimChangesOnlyItsNodeAndUndoPutsItBack() throws Exception {
        Claim consult = demo.claim("We will continue consultations");
        ClaimPart part = demo.part(consult);
        Node node = demo.editor.content().nodeOf(consult);
        Rectangle before = part.figure().getBounds().getCopy();
        String statement = consult.getStatement();

        ChangeBoundsRequest move = new ChangeBoundsRequest(RequestConstants.REQ_MOVE);
        move.setEditParts(part);
        move.setMoveDelta(new Point(50, 30));
        gefStack().execute(part.getCommand(move));
        DemoDiagram.processEvents();

        assertEquals(before.x + 50, node.getX());
        assertEquals(before.y + 30, node.getY());
        assertEquals(before.getTranslated(50, 30), part.figure().getBounds());
        assertEquals(statement, consult.getStatement());
        assertEquals("Move", demo.session.commandStack().getUndoCommand().getLabel());
        undoFromTheMenu();
        assertEquals(before.x, node.getX());
        assertEquals(before, part.figure().getBounds());
    }

    @Test
    void addingAClaimFromThePaletteCreatesClaimAndNodeInOneStep() throws Exception {
        int claims = demo.caseFile().getClaims().size();
        Claim made = DiagramCommands.newClaim();
        CreateRequest create = new CreateRequest();
        create.setFactory(factoryOf(made));
        create.setLocation(new Point(1400, 60));
        gefStack().execute(demo.editor.diagramPart().getCommand(create));
        DemoDiagram.processEvents();

        assertEquals(claims + 1, demo.caseFile().getClaims().size());
        assertSame(made, demo.caseFile().getClaims().get(claims));
        Node node = demo.editor.content().nodeOf(made);
        assertNotNull(node, "it is placed where the user clicked");
        assertEquals(DiagramCommands.NEW_STATEMENT, demo.part(made).figure().view().statement());
        undoFromTheMenu();
        assertEquals(claims, demo.caseFile().getClaims().size(), "one undo removes claim and node");
        assertTrue(demo.editor.content().diagram().getNodes().stream().noneMatch(n -> n.getElement() == made));
    }

    @Test
    void deletingAClaimDeletesItsRelationsAndNodesAndUndoBringsThemBack() throws Exception {
        Claim finalised = demo.claim("Under Russian law the accession");
        List<ClaimRelation> touching = demo.caseFile().getRelations().stream()
                .filter(r -> r.getSource() == finalised || r.getTarget() == finalised).toList();
        assertEquals(2, touching.size());
        Node node = demo.editor.content().nodeOf(finalised);
        ClaimPart part = demo.part(finalised);
        GroupRequest delete = new GroupRequest(RequestConstants.REQ_DELETE);
        delete.setEditParts(List.of(part, demo.part(touching.get(0))));
        Command command = part.getCommand(delete);
        assertNull(demo.part(touching.get(0)).getCommand(delete), "the first selected part answers for all");
        gefStack().execute(command);
        DemoDiagram.processEvents();

        assertFalse(demo.caseFile().getClaims().contains(finalised));
        assertTrue(touching.stream().noneMatch(demo.caseFile().getRelations()::contains));
        assertNull(node.eContainer(), "its node is gone from the diagram");
        assertNull(demo.editor.viewer().getEditPartRegistry().get(finalised));
        undoFromTheMenu();
        assertTrue(demo.caseFile().getClaims().contains(finalised));
        assertTrue(demo.caseFile().getRelations().containsAll(touching));
        assertSame(demo.editor.content().diagram(), node.eContainer());
        assertNotNull(demo.part(touching.get(1)), "its lines are drawn again");
    }

    @Test
    void editingAStatementInPlaceIsOneUndoableCommand() throws Exception {
        Claim defend = demo.claim("We will defend our territories");
        ClaimPart part = demo.part(defend);
        DirectEditRequest edit = new DirectEditRequest();
        TextCellEditor text = new TextCellEditor(demo.editor.viewer().getControl().getParent());
        try {
            text.setValue("  We will defend our territories with every means.  ");
            edit.setCellEditor(text);
            gefStack().execute(part.getCommand(edit));
        } finally {
            text.dispose();
        }
        assertEquals("We will defend our territories with every means.", defend.getStatement());
        assertEquals(defend.getStatement(), demo.part(defend).figure().view().statement(), "the box shows it");
        assertEquals("Edit Statement", demo.session.commandStack().getUndoCommand().getLabel());
        undoFromTheMenu();
        assertTrue(defend.getStatement().startsWith("We will defend our territories with all the means"));
    }

    @Test
    void theStatementEditorOverTheBoxAppliesOnEnter() throws Exception {
        Claim defend = demo.claim("We will defend our territories");
        ClaimPart part = demo.part(defend);
        Composite canvas = (Composite) demo.editor.viewer().getControl();
        part.performRequest(new DirectEditRequest());
        DemoDiagram.processEvents();
        Text field = Arrays.stream(canvas.getChildren()).filter(Text.class::isInstance).map(Text.class::cast).findFirst()
                .orElseThrow(() -> new AssertionError("a text field opened over the diagram"));
        assertEquals(defend.getStatement(), field.getText());
        assertTrue(field.getBounds().intersects(toControl(part)), "over the claim's box");
        field.setText("We will defend what we hold.");
        Event enter = new Event();
        enter.character = '\r';
        enter.keyCode = SWT.CR;
        field.notifyListeners(SWT.KeyDown, enter);
        DemoDiagram.processEvents();
        assertEquals("We will defend what we hold.", defend.getStatement());
        assertTrue(field.isDisposed(), "the field closed");
    }

    private org.eclipse.swt.graphics.Rectangle toControl(ClaimPart part) {
        Rectangle box = part.figure().getBounds().getCopy();
        part.figure().translateToAbsolute(box);
        return new org.eclipse.swt.graphics.Rectangle(box.x, box.y, box.width, box.height);
    }

    @Test
    void thePaletteHasAToolPerRelationKind() {
        PaletteRoot palette = demo.editor.viewer().getEditDomain().getPaletteViewer().getPaletteRoot();
        List<String> tools = new java.util.ArrayList<>();
        collect(palette, tools);
        assertTrue(tools.containsAll(List.of("Claim", "Supports", "Contradicts")), tools.toString());
    }

    private static void collect(PaletteContainer container, List<String> labels) {
        for (Object child : container.getChildren()) {
            if (child instanceof PaletteContainer nested) {
                collect(nested, labels);
            } else {
                labels.add(((PaletteEntry) child).getLabel());
            }
        }
    }

    @Test
    void aClaimAddedElsewhereAppearsBesideItsNeighbourWithoutMovingTheOthers() {
        Map<Claim, Rectangle> before = new HashMap<>();
        demo.editor.diagramPart().claimParts().forEach(p -> before.put(p.claim(), p.figure().getBounds().getCopy()));
        Claim finalised = demo.claim("Under Russian law the accession");
        Claim added = CaseFactory.eINSTANCE.createClaim();
        added.setStatement("The borders will be fixed by the State Duma.");
        ClaimRelation supports = CaseFactory.eINSTANCE.createClaimRelation();
        supports.setSource(added);
        supports.setTarget(finalised);
        supports.setKind(CaseFiles.kind(demo.caseFile(), CaseFiles.SUPPORTS));
        CompoundCommand elsewhere = new CompoundCommand("Add claim in the explorer");
        elsewhere.append(AddCommand.create(demo.session.domain(), demo.caseFile(), CasePackage.Literals.CASE_FILE__CLAIMS, added));
        elsewhere.append(AddCommand.create(demo.session.domain(), demo.caseFile(), CasePackage.Literals.CASE_FILE__RELATIONS, supports));
        demo.session.commandStack().execute(elsewhere);
        DemoDiagram.processEvents();

        ClaimPart part = demo.part(added);
        Rectangle box = part.figure().getBounds();
        assertTrue(box.width > 0 && box.height > 0);
        assertNull(demo.editor.content().nodeOf(added), "no node is written behind the user's back");
        assertNotNull(demo.part(supports), "its relation is drawn");
        before.forEach((claim, bounds) -> assertEquals(bounds, demo.part(claim).figure().getBounds(),
                "unchanged: " + claim.getStatement()));
        before.values().forEach(other -> assertFalse(other.intersects(box), box + " overlaps " + other));
        Rectangle target = demo.part(finalised).figure().getBounds();
        assertTrue(box.y > target.bottom(), "below the claim it supports: " + box + " vs " + target + " others " + before.values());
    }

    @Test
    void arrangingLaysTheDiagramOutWithoutOverlapsAsOneUndoableCommand() throws Exception {
        Map<Claim, Rectangle> before = new HashMap<>();
        demo.editor.diagramPart().claimParts().forEach(p -> before.put(p.claim(), p.figure().getBounds().getCopy()));
        DiagramArranger.arrange(demo.editor);
        DemoDiagram.processEvents();
        List<ClaimPart> parts = demo.editor.diagramPart().claimParts();
        for (int i = 0; i < parts.size(); i++) {
            for (int j = i + 1; j < parts.size(); j++) {
                assertFalse(parts.get(i).figure().getBounds().intersects(parts.get(j).figure().getBounds()),
                        parts.get(i).claim().getStatement() + " overlaps " + parts.get(j).claim().getStatement());
            }
        }
        for (ClaimRelation relation : demo.caseFile().getRelations()) {
            assertTrue(demo.part(relation.getTarget()).figure().getBounds().bottom() < demo.part(relation.getSource()).figure()
                    .getBounds().y, "contested claims above: " + relation.getRationale());
        }
        assertEquals("Arrange Automatically", demo.session.commandStack().getUndoCommand().getLabel());
        undoFromTheMenu();
        before.forEach((claim, bounds) -> assertEquals(bounds, demo.part(claim).figure().getBounds()));
    }

    @Test
    void aSecondNamedDiagramLaysItselfOutAndKeepsItsOwnPositions() throws Exception {
        var diagram = OpenDiagramHandler.addDiagram(demo.session, "Military situation");
        var second = OpenDiagramHandler.open(DemoDiagram.page(), demo.session, diagram);
        DemoDiagram.processEvents();
        assertEquals("Military situation", second.getPartName());
        assertTrue(diagram.getNodes().isEmpty());
        List<ClaimPart> parts = second.diagramPart().claimParts();
        assertEquals(demo.caseFile().getClaims().size(), parts.size());
        assertEquals(parts.size(), second.content().pending().size(), "every claim got an automatic position");
        for (int i = 0; i < parts.size(); i++) {
            for (int j = i + 1; j < parts.size(); j++) {
                assertFalse(parts.get(i).figure().getBounds().intersects(parts.get(j).figure().getBounds()));
            }
        }
        Claim consult = demo.claim("We will continue consultations");
        Node firstNode = demo.editor.content().nodeOf(consult);
        int x = firstNode.getX();
        ClaimPart part = (ClaimPart) second.viewer().getEditPartRegistry().get(consult);
        ChangeBoundsRequest move = new ChangeBoundsRequest(RequestConstants.REQ_MOVE);
        move.setEditParts(part);
        move.setMoveDelta(new Point(0, 400));
        second.viewer().getEditDomain().getCommandStack().execute(part.getCommand(move));
        assertNotNull(second.content().nodeOf(consult), "moving it wrote its node into the second diagram");
        assertEquals(x, firstNode.getX(), "the first diagram keeps its position");
        assertEquals(1, diagram.getNodes().size());
    }
}
