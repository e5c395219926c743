package org.factcheck.ui.internal.annotate;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.handlers.HandlerUtil;
import org.factcheck.core.anchoring.Anchorer;
import org.factcheck.core.anchoring.Placement;
import org.factcheck.core.anchoring.Reanchoring;
import org.factcheck.core.importers.ArticleImporters;
import org.factcheck.core.importers.ImportException;
import org.factcheck.core.text.Hashes;
import org.factcheck.model.CasePackage.Literals;
import org.factcheck.model.Document;
import org.factcheck.ui.internal.annotate.Annotator.Refusal;

/**
 * Re-import New Version…: reads a new version of the article, re-anchors its spans and applies text and spans as
 * one undoable command. Orphans and approximate matches appear in the editor's review list.
 */
public final class ReimportHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        if (!(HandlerUtil.getActivePart(event) instanceof DocumentEditor editor)) {
            return null;
        }
        FileDialog dialog = new FileDialog(editor.getSite().getShell(), SWT.OPEN);
        dialog.setText("Re-import New Version of “" + ClaimText.shorten(editor.document().getTitle(), 50) + "”");
        org.factcheck.ui.internal.handlers.ImportArticleHandler.offerImporters(dialog);
        String chosen = dialog.open();
        if (chosen != null) {
            try {
                Reanchoring result = reimport(editor, Path.of(chosen));
                MessageDialog.openInformation(editor.getSite().getShell(), "New version imported", result.summary() + "."
                        + (result.count(org.factcheck.model.AnchorStatus.ANCHORED) < result.placements().size()
                                ? "\n\nThe spans to review are listed below the text." : ""));
            } catch (Refusal refusal) {
                MessageDialog.openError(editor.getSite().getShell(), "New version not imported", refusal.getMessage());
            }
        }
        return null;
    }

    /** Imports {@code file} as the new text of the editor's article; returns what happened to the spans. */
    public static Reanchoring reimport(DocumentEditor editor, Path file) throws Refusal {
        Annotator.readOnlyCheck(editor.session());
        String newText;
        try {
            newText = ArticleImporters.getDefault().importFile(file).getText();
        } catch (ImportException e) {
            throw new Refusal(e.getMessage() + " The article is unchanged.");
        }
        Reanchoring result = new Anchorer().reanchor(editor.document(), newText);
        editor.session().commandStack().execute(command(editor.session().domain(), result));
        return result;
    }

    /** Sets the new text and moves every span, all in one command. */
    static Command command(EditingDomain domain, Reanchoring result) {
        Document document = result.document();
        CompoundCommand command = new CompoundCommand("Re-import " + ClaimText.shorten(document.getTitle(), 40));
        command.append(SetCommand.create(domain, document, Literals.DOCUMENT__TEXT, result.newText()));
        command.append(SetCommand.create(domain, document, Literals.DOCUMENT__TEXT_SHA256, Hashes.sha256Hex(result.newText())));
        for (Placement p : result.placements()) {
            if (!p.changesSpan()) {
                continue;
            }
            command.append(SetCommand.create(domain, p.span(), Literals.TEXT_SPAN__START, p.start()));
            command.append(SetCommand.create(domain, p.span(), Literals.TEXT_SPAN__END, p.end()));
            command.append(SetCommand.create(domain, p.span(), Literals.TEXT_SPAN__EXACT, p.selector().exact()));
            command.append(SetCommand.create(domain, p.span(), Literals.TEXT_SPAN__PREFIX, p.selector().prefix()));
            command.append(SetCommand.create(domain, p.span(), Literals.TEXT_SPAN__SUFFIX, p.selector().suffix()));
            command.append(SetCommand.create(domain, p.span(), Literals.TEXT_SPAN__ANCHOR_STATUS, p.status()));
        }
        return command;
    }
}
