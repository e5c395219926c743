package org.factcheck.ui.internal.handlers;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.factcheck.core.scales.RatingScales;
import org.factcheck.core.scales.ScaleDescriptor;
import org.factcheck.core.scales.ScaleMapping;
import org.factcheck.model.CaseFile;
import org.factcheck.model.Rating;
import org.factcheck.model.RatingScale;

/**
 * Change Rating Scale: the scale to change to and, for every verdict the case's claims use, the rating of the
 * new scale it becomes — proposed by label, then by value ({@link ScaleMapping}); the verdicts without a match
 * are pointed out, and the user picks a rating or "No verdict" for each.
 */
public final class ChangeScaleDialog extends TitleAreaDialog {

    private static final String NO_VERDICT = "(no verdict)";

    private final CaseFile caseFile;
    private final List<ScaleDescriptor> scales;
    private final RatingScales registry;
    private Combo scale;
    private Composite mappingArea;
    private RatingScale candidate;
    private ScaleMapping proposal;
    private final Map<Rating, Combo> choices = new HashMap<>();
    private Map<Rating, Rating> chosen;

    public ChangeScaleDialog(Shell parent, CaseFile caseFile, RatingScales registry) {
        super(parent);
        this.caseFile = caseFile;
        this.registry = registry;
        this.scales = registry.descriptors();
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Change Rating Scale");
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle("Change Rating Scale");
        setMessage("The case's verdicts move to the new scale; you can undo the change.");
        Composite form = new Composite(area, SWT.NONE);
        form.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        form.setLayout(new GridLayout(2, false));
        new Label(form, SWT.NONE).setText("New &scale:");
        scale = new Combo(form, SWT.READ_ONLY | SWT.DROP_DOWN);
        scale.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        scales.forEach(d -> scale.add(d.name()));
        scale.addModifyListener(e -> scaleChosen());
        mappingArea = new Composite(form, SWT.NONE);
        mappingArea.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        mappingArea.setLayout(new GridLayout(2, false));
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        getButton(IDialogConstants.OK_ID).setText("Change");
        int current = -1;
        for (int i = 0; i < scales.size(); i++) {
            if (caseFile.getRatingScale() == null || !scales.get(i).name().equals(caseFile.getRatingScale().getName())) {
                current = i;
                break;
            }
        }
        if (current >= 0) {
            scale.select(current);
        }
        scaleChosen();
    }

    private void scaleChosen() {
        for (Control child : mappingArea.getChildren()) {
            child.dispose();
        }
        choices.clear();
        int index = scale.getSelectionIndex();
        Optional<RatingScale> made = index < 0 ? Optional.empty() : registry.create(scales.get(index));
        candidate = made.orElse(null);
        if (candidate == null) {
            setErrorMessage(index < 0 ? "Choose a scale." : "The scale could not be made: its plugin failed.");
            enableOk(false);
            return;
        }
        proposal = ScaleMapping.propose(caseFile, candidate);
        Label intro = new Label(mappingArea, SWT.WRAP);
        intro.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        intro.setText(proposal.used().isEmpty() ? "No claim has a verdict yet: nothing to map."
                : proposal.unmapped().isEmpty() ? "Every verdict in use has a match on the new scale:"
                        : proposal.unmapped().size() + " verdict(s) in use have no match on the new scale. "
                                + "Choose what they become:");
        for (Rating old : proposal.used()) {
            Label label = new Label(mappingArea, SWT.NONE);
            long claims = caseFile.getClaims().stream().filter(c -> c.getVerdict() == old).count();
            label.setText(old.getLabel() + " (" + claims + (claims == 1 ? " claim)" : " claims)") + " →"
                    + (proposal.target(old).isEmpty() ? "  ⚠" : ""));
            Combo target = new Combo(mappingArea, SWT.READ_ONLY | SWT.DROP_DOWN);
            target.add(NO_VERDICT);
            candidate.getRatings().forEach(r -> target.add(r.getLabel()));
            target.select(proposal.target(old).map(r -> candidate.getRatings().indexOf(r) + 1).orElse(0));
            choices.put(old, target);
        }
        setErrorMessage(null);
        enableOk(true);
        mappingArea.layout(true, true);
        getShell().layout(true, true);
        getShell().setSize(getShell().computeSize(Math.max(getShell().getSize().x, 480), SWT.DEFAULT));
    }

    private void enableOk(boolean enabled) {
        if (getButton(IDialogConstants.OK_ID) != null) {
            getButton(IDialogConstants.OK_ID).setEnabled(enabled);
        }
    }

    @Override
    protected void okPressed() {
        chosen = new HashMap<>();
        for (Map.Entry<Rating, Combo> entry : choices.entrySet()) {
            int index = entry.getValue().getSelectionIndex();
            chosen.put(entry.getKey(), index <= 0 ? null : candidate.getRatings().get(index - 1));
        }
        super.okPressed();
    }

    /** @return the new scale, after OK */
    public RatingScale newScale() {
        return candidate;
    }

    /** @return for each old rating in use, its new rating or {@code null} for none, after OK */
    public Map<Rating, Rating> mapping() {
        return chosen;
    }

    /** @return the scale choice, for tests */
    public Combo scaleField() {
        return scale;
    }

    /** @return the old ratings in use with their choice of new rating, for tests */
    public Map<Rating, Combo> choiceFields() {
        return choices;
    }

    /** @return the old ratings without a proposed match, for tests */
    public List<Rating> unmapped() {
        return proposal == null ? List.of() : new ArrayList<>(proposal.unmapped());
    }
}
