package org.factcheck.ui.internal.editor;

import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

/** The file dialogs for case files, so every place asks the same way and gets the extension right. */
public final class CaseFileDialogs {

    public static final String EXTENSION = ".factcase";

    private CaseFileDialogs() {
    }

    public static Path askOpenLocation(Shell shell) {
        FileDialog dialog = new FileDialog(shell, SWT.OPEN);
        dialog.setText("Open Case");
        dialog.setFilterExtensions(new String[] { "*" + EXTENSION, "*" });
        dialog.setFilterNames(new String[] { "Case files (*" + EXTENSION + ")", "All files" });
        String chosen = dialog.open();
        return chosen == null ? null : Path.of(chosen);
    }

    public static Path askSaveLocation(Shell shell, Path suggestion) {
        FileDialog dialog = new FileDialog(shell, SWT.SAVE);
        dialog.setText("Save Case As");
        dialog.setOverwrite(true);
        dialog.setFilterExtensions(new String[] { "*" + EXTENSION });
        if (suggestion != null) {
            if (suggestion.getParent() != null) {
                dialog.setFilterPath(suggestion.getParent().toString());
            }
            dialog.setFileName(suggestion.getFileName().toString());
        }
        String chosen = dialog.open();
        if (chosen == null) {
            return null;
        }
        return chosen.endsWith(EXTENSION) ? Path.of(chosen) : Path.of(chosen + EXTENSION);
    }
}
