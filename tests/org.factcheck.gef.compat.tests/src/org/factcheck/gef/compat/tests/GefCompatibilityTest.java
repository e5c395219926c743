package org.factcheck.gef.compat.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

import org.eclipse.core.runtime.AssertionFailedException;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.GraphicalViewer;
import org.eclipse.gef.palette.PaletteDrawer;
import org.eclipse.gef.palette.ToolEntry;
import org.eclipse.gef.ui.actions.ActionRegistry;
import org.eclipse.gef.ui.actions.GEFActionConstants;
import org.eclipse.gef.ui.actions.ZoomInAction;
import org.eclipse.draw2d.ScalableLayeredPane;
import org.eclipse.draw2d.Viewport;
import org.eclipse.gef.editparts.ZoomManager;
import org.eclipse.gef.ui.palette.PaletteViewer;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.osgi.framework.FrameworkUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * GEF 3.2.100 links against two classes the platform removed; without the fragment these calls fail with
 * NoClassDefFoundError. The tests run on the UI thread (useUIThread), so assertions fail the test directly.
 */
class GefCompatibilityTest {

    private Shell shell;

    @AfterEach
    void closeShell() {
        if (shell != null) {
            shell.dispose();
        }
    }

    @Test
    void actionRegistryRegistersActions() {
        ActionRegistry registry = new ActionRegistry();
        IAction action = new Action("Probe") {
        };
        action.setId("probe.action");
        registry.registerAction(action);
        assertSame(action, registry.getAction("probe.action"));
    }

    @Test
    void actionRegistryStillRejectsAnActionWithoutId() {
        ActionRegistry registry = new ActionRegistry();
        assertThrows(AssertionFailedException.class, () -> registry.registerAction(new Action("no id") {
        }));
    }

    @Test
    void graphicalEditorWithFlyoutPaletteOpensWithItsActionsAndPalette() throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        IEditorPart part = page.openEditor(new ProbeInput(), "org.factcheck.gef.compat.tests.editor");
        try {
            assertTrue(part instanceof ProbeEditor, "the probe editor opened: " + part);
            ActionRegistry registry = part.getAdapter(ActionRegistry.class);
            assertNotNull(registry, "GraphicalEditor created its action registry");
            assertNotNull(registry.getAction(ActionFactory.UNDO.getId()));
            assertNotNull(registry.getAction(ActionFactory.DELETE.getId()));
            GraphicalViewer viewer = part.getAdapter(GraphicalViewer.class);
            assertNotNull(viewer.getControl(), "the diagram canvas exists");
        } finally {
            page.closeEditor(part, false);
        }
    }

    @Test
    void paletteViewerShowsToolsAndActivatesThem() {
        shell = new Shell(Display.getCurrent());
        PaletteViewer palette = new PaletteViewer();
        palette.createControl(shell);
        ProbeEditor probe = new ProbeEditor();
        palette.setPaletteRoot(probe.getPaletteRootForTest());
        PaletteDrawer drawer = (PaletteDrawer) probe.getPaletteRootForTest().getChildren().get(0);
        ToolEntry marquee = (ToolEntry) drawer.getChildren().get(1);
        EditPart part = (EditPart) palette.getEditPartRegistry().get(marquee);
        assertNotNull(part, "the palette created an edit part for the marquee tool");
        palette.setActiveTool(marquee);
        assertSame(marquee, palette.getActiveTool());
    }

    @Test
    void zoomActionsWork() {
        ZoomManager zoom = new ZoomManager(new ScalableLayeredPane(), new Viewport());
        ZoomInAction zoomIn = new ZoomInAction(zoom);
        assertEquals(GEFActionConstants.ZOOM_IN, zoomIn.getId());
        double before = zoom.getZoom();
        zoomIn.run();
        assertTrue(zoom.getZoom() > before, "zoomed in from " + before + " to " + zoom.getZoom());
    }

    @Test
    void gefsFlyoutPaletteFindsDragCursorsWithSystemCursors() throws Exception {
        // Loaded the way GEF's FlyoutPaletteComposite loads it: through the org.eclipse.gef bundle.
        Class<?> dragCursors = FrameworkUtil.getBundle(GraphicalViewer.class).loadClass("org.eclipse.ui.internal.DragCursors");
        Method getCursor = dragCursors.getMethod("getCursor", int.class);
        Display display = Display.getCurrent();
        assertSame(display.getSystemCursor(SWT.CURSOR_SIZEWE), getCursor.invoke(null, dragCursors.getField("LEFT").getInt(null)));
        assertSame(display.getSystemCursor(SWT.CURSOR_SIZENS), getCursor.invoke(null, dragCursors.getField("BOTTOM").getInt(null)));
        assertSame(display.getSystemCursor(SWT.CURSOR_NO), getCursor.invoke(null, dragCursors.getField("INVALID").getInt(null)));
    }

    @Test
    void gefFindsTheOldJFaceAssertDelegatingToTheRuntimeOne() throws Exception {
        Class<?> oldAssert = FrameworkUtil.getBundle(GraphicalViewer.class).loadClass("org.eclipse.jface.util.Assert");
        Method isTrue = oldAssert.getMethod("isTrue", boolean.class, String.class);
        assertEquals(Boolean.TRUE, isTrue.invoke(null, true, "fine"));
        InvocationTargetException failure = assertThrows(InvocationTargetException.class, () -> isTrue.invoke(null, false, "broken"));
        assertTrue(failure.getCause() instanceof AssertionFailedException, String.valueOf(failure.getCause()));
        assertTrue(failure.getCause().getMessage().contains("broken"), failure.getCause().getMessage());
    }
}
