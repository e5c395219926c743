package org.factcheck.ui.internal.names;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.factcheck.model.Actor;

/**
 * Asks which of the selected duplicates to keep, and says what merging does: how many references move to the kept
 * one, which names become its aliases, that the others are deleted, and that one Undo takes it all back.
 */
public final class MergeDialog extends TitleAreaDialog {

    private final List<? extends EObject> candidates;
    private final List<Button> choices = new java.util.ArrayList<>();
    private EObject kept;

    public MergeDialog(Shell shell, List<? extends EObject> candidates) {
        super(shell);
        this.candidates = candidates;
        this.kept = preferred(candidates);
    }

    /** The one to keep by default: the one referred to most, then the one with the longest name. */
    static EObject preferred(List<? extends EObject> candidates) {
        return candidates.stream().max(java.util.Comparator.<EObject>comparingInt(MergeDialog::references)
                .thenComparingInt(o -> String.valueOf(MergeCommand.name(o)).length())).orElse(null);
    }

    static int references(EObject object) {
        return EcoreUtil.UsageCrossReferencer.find(object, EcoreUtil.getRootContainer(object)).size();
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Merge Duplicates");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle("Merge " + candidates.size() + " entries into one");
        setMessage("Everything that refers to the others will refer to the one you keep. One Undo takes it all back.");
        Composite body = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().applyTo(body);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
        new Label(body, SWT.NONE).setText("&Keep:");
        for (EObject candidate : candidates) {
            Button choice = new Button(body, SWT.RADIO);
            int count = references(candidate);
            choice.setText(MergeCommand.name(candidate) + "  (" + count + (count == 1 ? " reference)" : " references)"));
            choice.setSelection(candidate == kept);
            choice.addListener(SWT.Selection, e -> {
                if (choice.getSelection()) {
                    kept = candidate;
                    explain();
                }
            });
            choices.add(choice);
        }
        Label explanation = new Label(body, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(460, SWT.DEFAULT).indent(0, 10).applyTo(explanation);
        body.setData("explanation", explanation);
        explain();
        return area;
    }

    private void explain() {
        if (choices.isEmpty()) {
            return;
        }
        Label explanation = (Label) choices.get(0).getParent().getData("explanation");
        List<? extends EObject> others = candidates.stream().filter(c -> c != kept).toList();
        int moved = others.stream().mapToInt(MergeDialog::references).sum();
        String names = String.join(", ", others.stream().map(o -> "“" + MergeCommand.name(o) + "”").toList());
        explanation.setText(moved + (moved == 1 ? " reference" : " references") + " (claimants, affiliations, outlets,"
                + " evidence sources) will point to “" + MergeCommand.name(kept) + "”. " + names
                + (others.size() == 1 ? " will be kept as an alias" : " will be kept as aliases") + " (with "
                + (others.size() == 1 ? "its" : "their") + " own aliases)" + (others.size() == 1 ? " and deleted as a separate entry."
                                : " and deleted as separate entries."));
        explanation.getParent().layout(true);
    }

    /** Selects the one to keep (for tests and keyboard users, like clicking its button). */
    public void keep(EObject candidate) {
        kept = candidate;
        for (int i = 0; i < choices.size(); i++) {
            choices.get(i).setSelection(candidates.get(i) == candidate);
        }
        explain();
    }

    /** The one to keep. */
    public EObject kept() {
        return kept;
    }
}
