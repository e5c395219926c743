package org.factcheck.ui.internal.annotate;

import java.util.List;
import java.util.Set;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.factcheck.core.text.CodePoints;
import org.factcheck.model.Claim;
import org.factcheck.model.TextSpan;
import org.factcheck.ui.internal.annotate.Annotator.Range;
import org.factcheck.ui.internal.annotate.Annotator.Refusal;

/**
 * The annotating commands of the document editor, one handler class configured by the action after the colon in
 * plugin.xml: {@code createClaim}, {@code addAppearance}, {@code addEvidence}, {@code addNote}, {@code reattach}, {@code markBoilerplate},
 * {@code nextSpan}, {@code previousSpan}. Each works on the words selected in the active document editor; a problem
 * (nothing selected, read-only case file) is explained in a dialog and changes nothing.
 */
public final class AnnotateHandler extends AbstractHandler implements IExecutableExtension {

    private String action = "";

    @Override
    public void setInitializationData(IConfigurationElement config, String propertyName, Object data) {
        action = data instanceof String text ? text : "";
    }

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchPart part = HandlerUtil.getActivePart(event);
        if (!(part instanceof DocumentEditor editor)) {
            return null;
        }
        Shell shell = editor.getSite().getShell();
        try {
            switch (action) {
            case "createClaim" -> createClaim(editor, shell);
            case "addAppearance" -> addAppearance(editor, shell);
            case "addEvidence" -> addEvidence(editor, shell);
            case "addNote" -> addNote(editor, shell);
            case "reattach" -> reattach(editor);
            case "markBoilerplate" -> editor.annotator().markBoilerplate(selectedRange(editor));
            case "nextSpan" -> editor.moveToSpan(true);
            case "previousSpan" -> editor.moveToSpan(false);
            default -> throw new IllegalStateException("unknown annotation action " + action);
            }
        } catch (Refusal refusal) {
            MessageDialog.openInformation(shell, "Nothing annotated", refusal.getMessage());
        }
        return null;
    }

    private static Range selectedRange(DocumentEditor editor) throws Refusal {
        int[] chars = editor.selectedChars();
        return editor.annotator().range(chars[0], chars[1]);
    }

    private static String quote(DocumentEditor editor, Range range) {
        return CodePoints.substring(editor.document().getText(), range.start(), range.end());
    }

    private static void createClaim(DocumentEditor editor, Shell shell) throws Refusal {
        Range range = selectedRange(editor);
        Annotator.readOnlyCheck(editor.session());
        String text = editor.document().getText();
        int[] chars = editor.selectedChars();
        NewClaimDialog dialog = new NewClaimDialog(shell, quote(editor, range), List.copyOf(editor.session().caseFile()
                .getActors()), ClaimDefaults.claimant(editor.session().caseFile(), text, Math.min(chars[0], chars[1]),
                        Math.max(chars[0], chars[1])), ClaimDefaults.dateSaid(editor.document()));
        if (dialog.open() == Window.OK) {
            Claim claim = editor.annotator().createClaim(range, dialog.statement(), dialog.claimant(), dialog.dateSaid());
            editor.announce(claim);
        }
    }

    private static ClaimPickerDialog picker(DocumentEditor editor, Shell shell, String title, String message,
            boolean stance) {
        return new ClaimPickerDialog(shell, title, message, List.copyOf(editor.session().caseFile().getClaims()),
                editor.focusedClaim(), stance);
    }

    private static void addAppearance(DocumentEditor editor, Shell shell) throws Refusal {
        Range range = selectedRange(editor);
        Annotator.readOnlyCheck(editor.session());
        noClaimsCheck(editor);
        ClaimPickerDialog dialog = picker(editor, shell, "Add as Appearance",
                "Which claim do the selected words state again?", false);
        if (dialog.open() == Window.OK) {
            editor.annotator().addAppearance(range, dialog.claim());
            editor.announce(dialog.claim());
        }
    }

    private static void addEvidence(DocumentEditor editor, Shell shell) throws Refusal {
        Range range = selectedRange(editor);
        Annotator.readOnlyCheck(editor.session());
        noClaimsCheck(editor);
        ClaimPickerDialog dialog = picker(editor, shell, "Mark as Evidence",
                "Which claim are the selected words evidence for, and do they support or refute it?", true);
        if (dialog.open() == Window.OK) {
            editor.annotator().addEvidence(range, dialog.claim(), dialog.stance());
            editor.announce(dialog.claim());
        }
    }

    private static void noClaimsCheck(DocumentEditor editor) throws Refusal {
        if (editor.session().caseFile().getClaims().isEmpty()) {
            throw new Refusal("The case has no claims yet. Create one from the selected words first (Create Claim, "
                    + "Ctrl+Shift+C). Nothing was changed.");
        }
    }

    private static void addNote(DocumentEditor editor, Shell shell) throws Refusal {
        Range range = selectedRange(editor);
        Annotator.readOnlyCheck(editor.session());
        InputDialog dialog = new InputDialog(shell, "Attach Note", "Note on “" + ClaimText.shorten(quote(editor, range), 60)
                + "”:", "", text -> text.isBlank() ? "Write the note." : null);
        if (dialog.open() == Window.OK) {
            TextSpan span = editor.annotator().addNote(range, dialog.getValue());
            editor.setFocus(Set.of(span), false);
        }
    }

    private static void reattach(DocumentEditor editor) throws Refusal {
        TextSpan span = editor.review().selected();
        if (span == null) {
            throw new Refusal("Choose the span to re-attach in the review list below the text first. Nothing was changed.");
        }
        editor.annotator().reattach(span, selectedRange(editor));
    }
}
