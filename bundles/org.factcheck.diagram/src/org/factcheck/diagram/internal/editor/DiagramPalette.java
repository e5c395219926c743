package org.factcheck.diagram.internal.editor;

import org.eclipse.gef.palette.ConnectionCreationToolEntry;
import org.eclipse.gef.palette.CreationToolEntry;
import org.eclipse.gef.palette.MarqueeToolEntry;
import org.eclipse.gef.palette.PaletteDrawer;
import org.eclipse.gef.palette.PaletteGroup;
import org.eclipse.gef.palette.PaletteRoot;
import org.eclipse.gef.palette.PanningSelectionToolEntry;
import org.eclipse.gef.palette.ToolEntry;
import org.eclipse.gef.requests.CreationFactory;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ResourceLocator;
import org.factcheck.diagram.internal.commands.DiagramCommands;
import org.factcheck.model.CaseFile;
import org.factcheck.model.Claim;
import org.factcheck.model.Polarity;
import org.factcheck.model.RelationKind;

/**
 * The diagram's tools: select (and pan), marquee, add a claim, and one tool per relation kind of the case for
 * drawing a relation from the claim that supports or contradicts to the claim it supports or contradicts.
 */
final class DiagramPalette {

    private DiagramPalette() {
    }

    static PaletteRoot create(CaseFile caseFile) {
        PaletteRoot root = new PaletteRoot();
        PaletteGroup tools = new PaletteGroup("Tools");
        ToolEntry select = new PanningSelectionToolEntry();
        tools.add(select);
        tools.add(new MarqueeToolEntry());
        root.add(tools);
        root.setDefaultEntry(select);

        PaletteDrawer claims = new PaletteDrawer("Claims");
        claims.add(new CreationToolEntry("Claim", "Add a claim where you click; type its statement", new CreationFactory() {
            @Override
            public Object getNewObject() {
                return DiagramCommands.newClaim();
            }

            @Override
            public Object getObjectType() {
                return Claim.class;
            }
        }, icon("icons/claim16.png"), icon("icons/claim16.png")));
        root.add(claims);

        PaletteDrawer relations = new PaletteDrawer("Relations");
        for (RelationKind kind : caseFile.getRelationKinds()) {
            String label = DiagramCommands.kindLabel(kind);
            String verb = label.endsWith("s") ? label.substring(0, label.length() - 1) : label;
            ImageDescriptor image = icon(kind.getPolarity() == Polarity.ATTACK ? "icons/contradicts16.png"
                    : kind.getPolarity() == Polarity.SUPPORT ? "icons/supports16.png" : "icons/relation16.png");
            relations.add(new ConnectionCreationToolEntry(capitalised(label),
                    "Drag from the claim that " + label + " to the claim it " + label + " (to " + verb + ")",
                    new KindFactory(kind), image, image));
        }
        root.add(relations);
        return root;
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    static ImageDescriptor icon(String path) {
        return ResourceLocator.imageDescriptorFromBundle(DiagramPalette.class, path).orElse(null);
    }

    /** "Creates" the relation kind a relation tool draws; the edit policy makes the relation. */
    private record KindFactory(RelationKind kind) implements CreationFactory {
        @Override
        public Object getNewObject() {
            return kind;
        }

        @Override
        public Object getObjectType() {
            return RelationKind.class;
        }
    }
}
