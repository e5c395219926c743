package org.factcheck.diagram.internal.handlers;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.factcheck.diagram.internal.editor.ArgumentDiagramEditor;
import org.factcheck.diagram.internal.export.DiagramExport;

/**
 * Exports the active diagram as a PNG or SVG image (chosen by the file name), as arranged or laid out anew, for
 * use in a fact-check article.
 */
public final class ExportHandler extends DiagramHandler {

    @Override
    void run(ArgumentDiagramEditor editor, ExecutionEvent event) {
        Shell shell = editor.getSite().getShell();
        FileDialog dialog = new FileDialog(shell, SWT.SAVE);
        dialog.setText("Export Diagram Image");
        dialog.setFilterExtensions(new String[] { "*.png", "*.svg" });
        dialog.setFilterNames(new String[] { "PNG image (*.png)", "SVG image (*.svg)" });
        dialog.setFileName(editor.getPartName().replaceAll("[^\\p{L}\\p{N}._-]+", "-") + ".png");
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen == null) {
            return;
        }
        int answer = new MessageDialog(shell, "Export Diagram Image", null, "Export the diagram as you arranged it, or laid "
                + "out automatically? (The diagram itself does not change.)", MessageDialog.QUESTION,
                new String[] { "As Arranged", "Laid Out", "Cancel" }, 0).open();
        if (answer != 0 && answer != 1) {
            return;
        }
        Path file = Path.of(chosen);
        try {
            if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".svg")) {
                DiagramExport.writeSvg(editor, file, answer == 1);
            } else {
                DiagramExport.writePng(editor, file, answer == 1);
            }
        } catch (IOException | RuntimeException e) {
            MessageDialog.openError(shell, "Export failed", "The image could not be written to " + file + ": " + e.getMessage());
        }
    }
}
