package org.factcheck.ui.internal.names;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.factcheck.model.Actor;
import org.factcheck.model.CasePackage.Literals;
import org.factcheck.model.Source;

/**
 * Merges duplicates into the one kept, as one command (one Undo restores everything): every reference to a
 * duplicate anywhere in the case's resources — a claim's claimant, a person's affiliation, a piece of evidence's
 * source, a document's outlet, and whatever else refers to it — is pointed at the kept one; the duplicates' names
 * and aliases become aliases of the kept actor or source; the kept one's empty fields take the duplicates' values
 * (role, description, URL, note…); the duplicates are removed from the case.
 */
public final class MergeCommand {

    private MergeCommand() {
    }

    /** The command that merges {@code duplicates} into {@code kept} (all actors of one kind, or all sources). */
    public static Command create(EditingDomain domain, EObject kept, Collection<? extends EObject> duplicates) {
        List<EObject> others = duplicates.stream().filter(d -> d != kept).map(EObject.class::cast).toList();
        CompoundCommand merge = new CompoundCommand(label(kept, others));
        if (others.isEmpty() || others.stream().anyMatch(d -> !compatible(kept, d))) {
            merge.append(org.eclipse.emf.common.command.UnexecutableCommand.INSTANCE);
            return merge;
        }
        for (EObject duplicate : others) {
            repoint(domain, merge, duplicate, kept, others);
        }
        fillEmptyFields(domain, merge, kept, others);
        if (kept instanceof Actor actor) {
            Set<String> aliases = new LinkedHashSet<>();
            for (EObject duplicate : others) {
                Actor other = (Actor) duplicate;
                aliases.add(other.getName());
                aliases.addAll(other.getAliases());
            }
            aliases.removeIf(a -> a == null || a.isBlank() || a.equals(actor.getName()) || actor.getAliases().contains(a));
            if (!aliases.isEmpty()) {
                merge.append(AddCommand.create(domain, actor, Literals.ACTOR__ALIASES, aliases));
            }
            merge.append(RemoveCommand.create(domain, actor.eContainer(), Literals.CASE_FILE__ACTORS, others));
        } else {
            Source source = (Source) kept;
            Set<String> aliases = new LinkedHashSet<>();
            for (EObject duplicate : others) {
                Source other = (Source) duplicate;
                aliases.add(other.getName());
                aliases.addAll(other.getAliases());
            }
            aliases.removeIf(a -> a == null || a.isBlank() || a.equals(source.getName()) || source.getAliases().contains(a));
            if (!aliases.isEmpty()) {
                merge.append(AddCommand.create(domain, source, Literals.SOURCE__ALIASES, aliases));
            }
            merge.append(RemoveCommand.create(domain, source.eContainer(), Literals.CASE_FILE__SOURCES, others));
        }
        return merge;
    }

    /** Whether {@code a} and {@code b} can be merged: two people, two organisations or two sources of one case. */
    public static boolean compatible(EObject a, EObject b) {
        boolean sameKind = a instanceof Source ? b instanceof Source : a instanceof Actor && a.eClass() == b.eClass();
        return sameKind && a != b && a.eContainer() != null && a.eContainer() == b.eContainer();
    }

    /** "Merge “Peskov” into “Dmitry Peskov”". */
    static String label(EObject kept, List<EObject> others) {
        String what = others.size() == 1 ? "“" + name(others.get(0)) + "”" : others.size() + " duplicates";
        return "Merge " + what + " into “" + name(kept) + "”";
    }

    static String name(EObject object) {
        return object instanceof Actor a ? a.getName() : object instanceof Source s ? s.getName() : String.valueOf(object);
    }

    /** Points every non-containment reference to {@code duplicate} at {@code kept}. */
    private static void repoint(EditingDomain domain, CompoundCommand merge, EObject duplicate, EObject kept,
            List<EObject> others) {
        Collection<EStructuralFeature.Setting> usages = domain.getResourceSet() == null
                ? EcoreUtil.UsageCrossReferencer.find(duplicate, EcoreUtil.getRootContainer(duplicate))
                : EcoreUtil.UsageCrossReferencer.find(duplicate, domain.getResourceSet());
        for (EStructuralFeature.Setting usage : usages) {
            EObject owner = usage.getEObject();
            EStructuralFeature feature = usage.getEStructuralFeature();
            if (!(feature instanceof EReference reference) || reference.isContainment() || reference.isContainer()
                    || reference.isDerived() || !reference.isChangeable() || others.contains(owner)) {
                continue; // the duplicates' own references go with them (their values fill the kept one's gaps)
            }
            Object target = owner == kept ? null : kept; // the kept one cannot refer to itself (an organisation
                                                         // that was its own duplicate's affiliation)
            if (reference.isMany()) {
                List<Object> values = new ArrayList<>((Collection<?>) owner.eGet(reference));
                List<Object> replaced = new ArrayList<>();
                for (Object value : values) {
                    Object now = value == duplicate ? target : value;
                    if (now != null && !replaced.contains(now)) {
                        replaced.add(now);
                    }
                }
                merge.append(SetCommand.create(domain, owner, reference, replaced));
            } else {
                merge.append(SetCommand.create(domain, owner, reference, target == null ? SetCommand.UNSET_VALUE : target));
            }
        }
    }

    /** The kept one's empty single-valued fields take the first duplicate's value that is set. */
    private static void fillEmptyFields(EditingDomain domain, CompoundCommand merge, EObject kept, List<EObject> others) {
        for (EStructuralFeature feature : kept.eClass().getEAllStructuralFeatures()) {
            if (feature.isMany() || !feature.isChangeable() || feature.isDerived() || feature.isTransient()
                    || feature == Literals.IDENTIFIABLE__ID || feature instanceof EReference r && r.isContainment()
                    || kept.eIsSet(feature) && !blank(kept.eGet(feature))) {
                continue;
            }
            for (EObject duplicate : others) {
                Object value = duplicate.eGet(feature);
                if (duplicate.eIsSet(feature) && !blank(value) && value != kept && !others.contains(value)) {
                    merge.append(SetCommand.create(domain, kept, feature, value));
                    break;
                }
            }
        }
    }

    private static boolean blank(Object value) {
        return value == null || value instanceof String s && s.isBlank();
    }
}
