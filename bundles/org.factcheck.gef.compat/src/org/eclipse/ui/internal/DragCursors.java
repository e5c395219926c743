package org.eclipse.ui.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Cursor;
import org.eclipse.swt.widgets.Display;

/**
 * Stand-in for the workbench-internal class that GEF 3.2.100's flyout palette uses while the user drags
 * the palette to the other side of the editor. The platform removed the original; this fragment of
 * {@code org.eclipse.gef} answers with the matching system cursors, which the display owns and disposes.
 * <p>
 * Not API: only GEF's byte code is meant to link against it.
 */
public final class DragCursors {

    public static final int INVALID = 0;
    public static final int LEFT = 1;
    public static final int RIGHT = 2;
    public static final int TOP = 3;
    public static final int BOTTOM = 4;
    public static final int CENTER = 5;
    public static final int OFFSCREEN = 6;
    public static final int FASTVIEW = 7;

    private DragCursors() {
    }

    /** The system cursor that shows a drag towards {@code direction} (one of the constants above). */
    public static Cursor getCursor(int direction) {
        Display display = Display.getCurrent() != null ? Display.getCurrent() : Display.getDefault();
        return display.getSystemCursor(systemCursorFor(direction));
    }

    static int systemCursorFor(int direction) {
        switch (direction) {
            case LEFT:
            case RIGHT:
                return SWT.CURSOR_SIZEWE;
            case TOP:
            case BOTTOM:
                return SWT.CURSOR_SIZENS;
            case INVALID:
            case OFFSCREEN:
                return SWT.CURSOR_NO;
            default:
                return SWT.CURSOR_SIZEALL;
        }
    }
}
