package org.factcheck.ui.internal.editor;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.resource.ColorDescriptor;
import org.eclipse.jface.viewers.DelegatingStyledCellLabelProvider.IStyledLabelProvider;
import org.eclipse.jface.viewers.StyledString;
import org.eclipse.jface.viewers.StyledString.Styler;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.TextStyle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.factcheck.model.Claim;
import org.factcheck.model.ClaimRelation;
import org.factcheck.model.Polarity;
import org.factcheck.model.Rating;
import org.factcheck.ui.emf.EmfLabelProvider;

/**
 * Labels of the case explorer: {@link CaseLabels} wording, with who-and-when in the qualifier colour and a
 * claim's verdict in the rating's own colour, EMF.Edit icons, and folder icons for the groups.
 */
final class CaseLabelProvider extends EmfLabelProvider implements IStyledLabelProvider {

    private final LocalResourceManager resources;

    CaseLabelProvider(AdapterFactory adapterFactory, Control owner) {
        super(adapterFactory);
        resources = new LocalResourceManager(JFaceResources.getResources(), owner);
    }

    @Override
    public String getText(Object element) {
        String text = CaseLabels.text(element);
        return text != null ? text : super.getText(element);
    }

    /** The label, marked when the object or something it contains has an open merge conflict. */
    @Override
    public StyledString getStyledText(Object element) {
        StyledString label = styledText(element);
        if (element instanceof org.eclipse.emf.ecore.EObject object && !(element instanceof org.factcheck.model.CaseFile)) {
            int conflicts = org.factcheck.ui.cases.CaseConflicts.of(object).size();
            if (conflicts > 0) {
                // in front, where a long label cannot push it out of sight
                StyledString marked = new StyledString(CONFLICT_MARK + (conflicts == 1 ? " conflict" : " " + conflicts
                        + " conflicts"), colourStyler("#d35400"));
                return marked.append("  ").append(label);
            }
        }
        return label;
    }

    /** What marks an object with open conflicts in the explorer. */
    static final String CONFLICT_MARK = "\u26a0";

    private StyledString styledText(Object element) {
        if (element instanceof FeatureGroup group) {
            return new StyledString(group.label()).append(" (" + group.children().size() + ")", StyledString.COUNTER_STYLER);
        }
        if (element instanceof Claim claim) {
            // The verdict leads, so a column of claims can be scanned by verdict even when statements are long.
            StyledString label = new StyledString();
            Rating verdict = claim.getVerdict();
            if (verdict != null) {
                label.append(verdict.getLabel(), verdictStyler(verdict)).append("  ");
            }
            label.append(CaseLabels.quote(claim.getStatement()));
            String who = CaseLabels.claimQualifier(claim);
            if (!who.isEmpty()) {
                label.append(who, StyledString.QUALIFIER_STYLER);
            }
            return label;
        }
        if (element instanceof ClaimRelation relation) {
            Polarity polarity = relation.getKind() == null ? Polarity.NEUTRAL : relation.getKind().getPolarity();
            String verdictColour = polarity == Polarity.ATTACK ? "#c0392b" : polarity == Polarity.SUPPORT ? "#1e8449" : null;
            String kind = CaseLabels.relationKind(relation);
            return new StyledString(Character.toUpperCase(kind.charAt(0)) + kind.substring(1), colourStyler(verdictColour))
                    .append("  ").append(CaseLabels.relationEnds(relation));
        }
        return new StyledString(getText(element));
    }

    private Styler verdictStyler(Rating verdict) {
        return colourStyler(verdict.getColor());
    }

    /** Bold text in {@code colour} (#RRGGBB), or no styling if the colour is missing or malformed. */
    private Styler colourStyler(String colour) {
        RGB rgb = parse(colour);
        if (rgb == null) {
            return null;
        }
        return new Styler() {
            @Override
            public void applyStyles(TextStyle style) {
                style.foreground = resources.create(ColorDescriptor.createFrom(rgb));
                style.font = JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT);
            }
        };
    }

    static RGB parse(String colour) {
        if (colour == null || !colour.matches("#[0-9a-fA-F]{6}")) {
            return null;
        }
        int value = Integer.parseInt(colour.substring(1), 16);
        return new RGB(value >> 16 & 0xff, value >> 8 & 0xff, value & 0xff);
    }

    @Override
    public Image getImage(Object element) {
        if (element instanceof FeatureGroup) {
            return PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJ_FOLDER);
        }
        return super.getImage(element);
    }

    @Override
    public void dispose() {
        resources.dispose();
        super.dispose();
    }
}
