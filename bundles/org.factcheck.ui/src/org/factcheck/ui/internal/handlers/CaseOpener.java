package org.factcheck.ui.internal.handlers;

import java.nio.file.Path;
import java.util.function.Consumer;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.factcheck.core.CaseFileException;
import org.factcheck.ui.internal.editor.CaseEditor;
import org.factcheck.ui.internal.editor.CaseEditorInput;
import org.factcheck.ui.cases.CaseSession;
import org.factcheck.ui.cases.CaseSessions;

/**
 * Opens a case file in the case explorer. The file is loaded first, so a broken or foreign file is reported
 * in a dialog that says what is wrong, and no editor (and no half-read case) is left behind.
 */
public final class CaseOpener {

    private CaseOpener() {
    }

    /** Opens {@code file} (or activates its editor if already open); returns the editor or {@code null}. */
    public static CaseEditor open(IWorkbenchWindow window, Path file) {
        return open(window, file, message -> MessageDialog.openError(window.getShell(), "Cannot open case", message));
    }

    /**
     * Opens {@code file}; a file that cannot be opened is reported to {@code errors} with a message for the user
     * (the dialog, in the product) and {@code null} is returned.
     */
    public static CaseEditor open(IWorkbenchWindow window, Path file, Consumer<String> errors) {
        return open(window, file, errors, CaseSession::load);
    }

    /** How a case file is read into a session: {@link CaseSession#load}, or a read started earlier. */
    public interface Reader {
        CaseSession read(Path file) throws CaseFileException;
    }

    /** {@link #open(IWorkbenchWindow, Path, Consumer)}, with the file read by {@code reader} when it must be read. */
    public static CaseEditor open(IWorkbenchWindow window, Path file, Consumer<String> errors, Reader reader) {
        IWorkbenchPage page = window.getActivePage();
        CaseEditorInput probe = new CaseEditorInput(file, null);
        IEditorPart existing = page.findEditor(probe);
        if (existing instanceof CaseEditor editor) {
            page.activate(editor);
            return editor;
        }
        // The case may still be open without its explorer, in article editors or diagrams that hold unsaved
        // changes: show that session rather than reading a second, diverging copy from disk.
        java.util.Optional<CaseSession> live = CaseSessions.getDefault().forFile(probe.file());
        if (live.isPresent()) {
            return show(window, new CaseEditorInput(probe.file(), live.get()));
        }
        CaseSession session;
        try {
            session = reader.read(probe.file());
        } catch (CaseFileException e) {
            errors.accept(e.getMessage());
            return null;
        }
        CaseEditor editor = show(window, new CaseEditorInput(probe.file(), session));
        if (editor != null && session.readOnlyReason().isPresent()) {
            MessageDialog.openInformation(window.getShell(), "Case opened read-only", "“" + probe.file()
                    + "” is open read-only: " + session.readOnlyReason().get() + ".\n\nYou can read it and try changes,"
                    + " but File › Save will not overwrite it. To keep changes, use File › Save As…");
        }
        if (editor != null && !session.caseFile().getConflicts().isEmpty()) {
            // merged elsewhere with conflicts left for someone to decide: they are listed at once
            org.factcheck.ui.internal.sync.ConflictsView.show();
        }
        if (editor != null) {
            // a fresh clone has no merge driver for cases: offer (once per clone) what "factcheck git setup" does
            org.factcheck.ui.internal.sync.GitSetupOffer.offerLater(window.getShell(), probe.file());
        }
        return editor;
    }

    static CaseEditor show(IWorkbenchWindow window, CaseEditorInput input) {
        try {
            return (CaseEditor) window.getActivePage().openEditor(input, CaseEditor.ID);
        } catch (PartInitException e) {
            MessageDialog.openError(window.getShell(), "Cannot open case", e.getMessage());
            return null;
        }
    }
}
