package org.factcheck.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.draw2d.geometry.Dimension;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.gef.editparts.ZoomManager;
import org.eclipse.gef.ui.actions.GEFActionConstants;
import org.eclipse.gef.ui.actions.ActionRegistry;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.handlers.IHandlerService;
import org.factcheck.model.notation.Diagram;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.factcheck.diagram.internal.editor.ArgumentDiagramEditor;
import org.factcheck.diagram.internal.editor.DiagramArranger;
import org.factcheck.diagram.internal.export.DiagramExport;
import org.factcheck.testing.DemoCase;
import org.factcheck.ui.cases.CaseSession;
import org.factcheck.ui.cases.CaseSessions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.NodeList;

/** The diagram as a workbench citizen: saving, closing with its case, zoom, overview, export. */
class DiagramWorkbenchTest {

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

    @Test
    void theDiagramSavesThroughTheCasesOneSaveable() throws Exception {
        assertArrayEquals(new Object[] { demo.session.saveable() }, demo.editor.getSaveables());
        assertSame(demo.session, CaseSessions.of(demo.editor).orElseThrow(), "the diagram adapts to its case");
        MPart tab = demo.editor.getSite().getService(MPart.class);
        assertFalse(tab.isDirty());
        DiagramArranger.arrange(demo.editor);
        assertTrue(demo.editor.isDirty() && demo.explorer.isDirty());
        assertTrue(tab.isDirty(), "the diagram's tab shows the case is dirty");
        demo.editor.doSave(new org.eclipse.core.runtime.NullProgressMonitor());
        assertFalse(demo.editor.isDirty());
        assertFalse(demo.explorer.isDirty(), "one save for the whole case");
        assertFalse(tab.isDirty());
        assertTrue(Files.exists(demo.session.file().resolveSibling(DemoCase.FILE_NAME + ".bak")));
        String saved = Files.readString(demo.session.file());
        int x = demo.editor.content().nodeOf(demo.caseFile().getClaims().get(0)).getX();
        assertTrue(saved.contains("x=\"" + x + "\""), "the arranged positions are in the file");

        demo.session.commandStack().execute(org.eclipse.emf.edit.command.SetCommand.create(demo.session.domain(),
                demo.caseFile(), org.factcheck.model.CasePackage.Literals.CASE_FILE__TITLE, "Reviewed"));
        assertTrue(tab.isDirty(), "an edit made elsewhere marks the diagram too");
        demo.explorer.doSave(new org.eclipse.core.runtime.NullProgressMonitor());
        DemoDiagram.processEvents();
        assertFalse(tab.isDirty(), "saving from the explorer clears the diagram's dirty mark too");
    }

    @Test
    void openArgumentDiagramOpensTheDiagramOfTheClaimSelectedInTheExplorer() throws Exception {
        DemoDiagram.page().closeEditor(demo.editor, false);
        DemoDiagram.page().activate(demo.explorer);
        demo.explorer.viewer().setSelection(new StructuredSelection(demo.caseFile().getClaims().get(0)), true);
        DemoDiagram.processEvents();
        demo.explorer.getSite().getService(IHandlerService.class).executeCommand("org.factcheck.diagram.open", null);
        DemoDiagram.processEvents();
        assertTrue(DemoDiagram.page().getActiveEditor() instanceof ArgumentDiagramEditor editor
                && editor.session() == demo.session, "the case's diagram is open and active");
        assertFalse(demo.session.isDirty(), "the demo has a diagram; none was added");
    }

    @Test
    void theExplorersContextMenuOffersTheDiagram() {
        DemoDiagram.page().activate(demo.explorer);
        demo.explorer.viewer().setSelection(new StructuredSelection(demo.caseFile().getClaims().get(0)), true);
        DemoDiagram.processEvents();
        org.eclipse.swt.widgets.Menu menu = demo.explorer.viewer().getControl().getMenu();
        menu.notifyListeners(org.eclipse.swt.SWT.Show, new org.eclipse.swt.widgets.Event());
        try {
            assertTrue(Arrays.stream(menu.getItems()).anyMatch(item -> item.getText().replace("&", "")
                    .startsWith("Open Argument Diagram")), "contributed to popup:org.factcheck.ui.caseEditor");
        } finally {
            menu.notifyListeners(org.eclipse.swt.SWT.Hide, new org.eclipse.swt.widgets.Event());
        }
    }

    @Test
    void aCaseWithoutDiagramGetsOneAsAnUndoableEdit() throws Exception {
        DemoDiagram.page().closeEditor(demo.editor, false);
        var existing = demo.editor.content().diagram();
        demo.session.commandStack().execute(new org.eclipse.emf.edit.command.RemoveCommand(demo.session.domain(),
                demo.session.resource().getContents(), existing));
        assertTrue(demo.session.resource().getContents().stream().noneMatch(Diagram.class::isInstance));
        DemoDiagram.page().activate(demo.explorer);
        demo.explorer.getSite().getService(IHandlerService.class).executeCommand("org.factcheck.diagram.open", null);
        DemoDiagram.processEvents();
        ArgumentDiagramEditor created = (ArgumentDiagramEditor) DemoDiagram.page().getActiveEditor();
        Diagram diagram = created.content().diagram();
        assertSame(demo.session.resource(), diagram.eResource());
        assertEquals("Argument map", diagram.getName());
        assertEquals(demo.caseFile().getClaims().size(), created.content().pending().size(), "every claim laid out");
        assertEquals("Add Argument Diagram", demo.session.commandStack().getUndoCommand().getLabel());
        demo.session.commandStack().undo();
        DemoDiagram.waitUntil("the diagram of a removed diagram closes", () -> Arrays.stream(DemoDiagram.page()
                .getEditorReferences()).noneMatch(r -> r.getId().equals(ArgumentDiagramEditor.ID)));
    }

    @Test
    void theDiagramClosesWithItsCase() {
        CaseSession session = demo.session;
        DemoDiagram.page().closeEditor(demo.explorer, false);
        DemoDiagram.waitUntil("the diagram closed", () -> Arrays.stream(DemoDiagram.page().getEditorReferences())
                .noneMatch(r -> r.getId().equals(ArgumentDiagramEditor.ID)));
        assertTrue(CaseSessions.getDefault().forFile(session.file()).isEmpty());
    }

    @Test
    void closingTheExplorerOfAChangedCaseLeavesTheDiagramOpenWithTheChanges() {
        CaseSession session = demo.session;
        session.commandStack().execute(org.eclipse.emf.edit.command.SetCommand.create(session.domain(),
                session.caseFile(), org.factcheck.model.CasePackage.Literals.CASE_FILE__TITLE, "Changed"));
        DemoDiagram.page().closeEditor(demo.explorer, false);
        DemoDiagram.processEvents();
        assertTrue(Arrays.stream(DemoDiagram.page().getEditorReferences()).anyMatch(r -> r.getEditor(false) == demo.editor),
                "the diagram keeps the unsaved change open");
        assertTrue(demo.editor.isDirty());
        assertSame(session, CaseSessions.getDefault().forFile(session.file()).orElseThrow());
        DemoDiagram.page().closeEditor(demo.editor, false);
        DemoDiagram.processEvents();
        assertTrue(CaseSessions.getDefault().forFile(session.file()).isEmpty(), "closed with its last part");
    }

    @Test
    void zoomInOutAndFit() {
        ZoomManager zoom = demo.editor.zoomManager();
        assertEquals(1.0, zoom.getZoom());
        ActionRegistry actions = (ActionRegistry) demo.editor.getAdapter(ActionRegistry.class);
        actions.getAction(GEFActionConstants.ZOOM_IN).run();
        assertTrue(zoom.getZoom() > 1.0);
        actions.getAction(GEFActionConstants.ZOOM_OUT).run();
        actions.getAction(GEFActionConstants.ZOOM_OUT).run();
        assertTrue(zoom.getZoom() < 1.0);
        zoom.setZoomAsText(ZoomManager.FIT_ALL);
        DemoDiagram.processEvents();
        Dimension visible = zoom.getViewport().getClientArea().getSize();
        Dimension drawing = zoom.getScalableFigure().getPreferredSize();
        assertTrue(drawing.width <= visible.width + 1 && drawing.height <= visible.height + 1,
                "fit shows it all: " + drawing + " in " + visible);
    }

    @Test
    void theOverviewIsAThumbnailOfTheDiagram() {
        IContentOutlinePage outline = (IContentOutlinePage) demo.editor.getAdapter(IContentOutlinePage.class);
        assertNotNull(outline);
        Shell shell = new Shell(demo.editor.getSite().getShell());
        try {
            outline.createControl(new Composite(shell, 0));
            assertNotNull(outline.getControl());
        } finally {
            outline.dispose();
            shell.dispose();
        }
    }

    @Test
    void theDiagramExportsAsPngAndSvgAsArrangedOrLaidOut() throws Exception {
        Path png = temp.resolve("diagram.png");
        DiagramExport.writePng(demo.editor, png, false);
        ImageData image = new ImageLoader().load(png.toString())[0];
        assertTrue(image.width > 900 && image.height > 300, image.width + " × " + image.height);

        Path laidOut = temp.resolve("laid-out.png");
        DiagramExport.writePng(demo.editor, laidOut, true);
        assertTrue(new ImageLoader().load(laidOut.toString())[0].width > 200);
        assertFalse(demo.editor.isDirty(), "exporting changes nothing");

        Path svg = temp.resolve("diagram.svg");
        DiagramExport.writeSvg(demo.editor, svg, true);
        var document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(Files.readAllBytes(svg)));
        NodeList groups = document.getElementsByTagName("g");
        int claims = 0;
        for (int i = 0; i < groups.getLength(); i++) {
            String cssClass = ((org.w3c.dom.Element) groups.item(i)).getAttribute("class");
            claims += cssClass.equals("claim") ? 1 : 0;
        }
        assertEquals(demo.caseFile().getClaims().size(), claims);
        assertTrue(Files.readString(svg).contains("contradicts"));
    }

    /** Leaves images of the demo's diagram in target/screenshots for a person to look at. */
    @Test
    void screenshotsOfTheDemoDiagram() throws Exception {
        Path folder = Path.of("target", "screenshots");
        Files.createDirectories(folder);
        DiagramArranger.arrange(demo.editor);
        DemoDiagram.processEvents();
        DiagramExport.writePng(demo.editor, folder.resolve("demo-diagram-arranged.png"), false);
        demo.editor.setShowEvidence(true);
        DiagramExport.writePng(demo.editor, folder.resolve("demo-diagram-evidence.png"), true);
        DiagramExport.writeSvg(demo.editor, folder.resolve("demo-diagram.svg"), false);
        assertTrue(Files.size(folder.resolve("demo-diagram-arranged.png")) > 10_000);
    }
}
