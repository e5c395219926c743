package org.factcheck.diagram.internal.parts;

import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.gef.tools.CellEditorLocator;
import org.eclipse.gef.tools.DirectEditManager;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.KeyEvent;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.factcheck.diagram.internal.figures.ClaimFigure;
import org.factcheck.diagram.internal.figures.DiagramStyle;

/**
 * Edits a claim's statement in place, in a wrapping text field over the statement. Enter applies, Escape
 * cancels; the change is one undoable command.
 */
final class StatementEditManager extends DirectEditManager {

    StatementEditManager(ClaimPart part) {
        super(part, StatementCellEditor.class, new Locator(part.figure()));
    }

    @Override
    protected CellEditor createCellEditorOn(Composite composite) {
        return new StatementCellEditor(composite);
    }

    @Override
    protected void initCellEditor() {
        ClaimPart part = (ClaimPart) getEditPart();
        getCellEditor().setValue(part.claim().getStatement() == null ? "" : part.claim().getStatement());
        Text text = (Text) getCellEditor().getControl();
        text.setFont(DiagramStyle.statementFont());
        text.selectAll();
    }

    /** A multi-line text field in which Enter applies the edit instead of starting a new line. */
    static final class StatementCellEditor extends TextCellEditor {

        StatementCellEditor(Composite parent) {
            super(parent, SWT.MULTI | SWT.WRAP);
        }

        @Override
        protected void keyReleaseOccured(KeyEvent event) {
            if (event.character == '\r' && (event.stateMask & SWT.SHIFT) == 0) {
                event.doit = false;
                fireApplyEditorValue();
                deactivate();
                return;
            }
            super.keyReleaseOccured(event);
        }
    }

    private record Locator(ClaimFigure figure) implements CellEditorLocator {
        @Override
        public void relocate(CellEditor editor) {
            Rectangle area = figure.statementArea().getCopy();
            figure.translateToAbsolute(area);
            int minHeight = 3 * (area.height / Math.max(1, figure.statementLines().size()));
            ((Text) editor.getControl()).setBounds(area.x - 3, area.y - 3, area.width + 6, Math.max(area.height, minHeight) + 6);
        }
    }
}
