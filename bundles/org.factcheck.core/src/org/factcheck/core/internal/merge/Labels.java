package org.factcheck.core.internal.merge;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.factcheck.core.internal.merge.Snapshot.Obj;
import org.factcheck.core.text.Abbreviations;

/** Names objects, features and values of a case in a fact-checker's words, for diffs and conflicts. */
public final class Labels {

    private static final int QUOTE = 60;

    private final Function<String, Obj> lookup;

    /** @param lookup finds an object by id in the versions at hand (null if none has it) */
    public Labels(Function<String, Obj> lookup) {
        this.lookup = lookup;
    }

    /**
     * @param id an object's id
     * @return it in words, e.g. claim “Russia has no plans…”
     */
    public String of(String id) {
        Obj obj = lookup.apply(id);
        return obj == null ? "an object that no longer exists (" + id + ")" : of(obj);
    }

    /**
     * @param obj an object
     * @return it in words, e.g. claim “Russia has no plans…”, span “…” in document “…”
     */
    public String of(Obj obj) {
        String type = obj.eClass().getName();
        return switch (type) {
            case "Claim" -> "claim " + quote(text(obj, "statement"));
            case "Document" -> "document " + quote(text(obj, "title"));
            case "TextSpan" -> "span " + quote(text(obj, "exact"), 40)
                    + (obj.parent() == null ? "" : " in " + of(obj.parent()));
            case "Evidence" -> "evidence " + (text(obj, "note") != null ? quote(text(obj, "note"), 40) + " " : "")
                    + "on " + (obj.parent() == null ? "no claim" : of(obj.parent()));
            case "ClaimRelation" -> "relation " + name(obj, "source", "statement") + " "
                    + (ref(obj, "kind") == null ? "relates to" : nameOf(ref(obj, "kind"), "name")) + " "
                    + name(obj, "target", "statement");
            case "Person", "Organisation" -> type.toLowerCase(Locale.ROOT) + " " + quote(text(obj, "name"));
            case "Source", "Tag", "RatingScale", "RelationKind" -> words(type) + " " + quote(text(obj, "name"));
            case "Rating" -> "rating " + quote(text(obj, "label"));
            case "CaseFile" -> "the case " + quote(text(obj, "title"));
            case "MergeConflict" -> "conflict " + quote(text(obj, "message"));
            case "Diagram" -> "diagram " + quote(text(obj, "name"));
            case "Node" -> "box of " + (ref(obj, "element") == null ? "nothing" : of(ref(obj, "element")))
                    + (obj.parent() == null ? "" : " in " + of(obj.parent()));
            default -> words(type) + " " + obj.id();
        };
    }

    /**
     * @param feature a feature
     * @return its name in words: "date said", "text SHA-256"
     */
    public static String feature(EStructuralFeature feature) {
        return words(feature.getName()).replace("sha256", "SHA-256");
    }

    /**
     * A feature's value in words: a referenced object by its name, an enumeration literal in lower case, a text
     * in quotation marks (shortened), nothing as "none".
     *
     * @param feature the feature
     * @param value   the value, as a snapshot holds it
     * @return the words
     */
    public String value(EStructuralFeature feature, Object value) {
        if (value == null) {
            return "none";
        }
        if (value instanceof List<?> list) {
            return list.isEmpty() ? "none" : String.join(", ", list.stream().map(v -> value(feature, v)).toList());
        }
        if (feature instanceof EAttribute) {
            if (value instanceof Enumerator e) {
                return words(e.getName().toLowerCase(Locale.ROOT).replace('_', ' '));
            }
            if (value instanceof String s) {
                return quote(s);
            }
            return String.valueOf(value);
        }
        Obj target = lookup.apply((String) value);
        if (target == null) {
            return "(" + value + ")";
        }
        return switch (target.eClass().getName()) {
            case "Rating" -> text(target, "label");
            case "RelationKind", "Tag", "Person", "Organisation", "Source" -> text(target, "name");
            default -> of(target);
        };
    }

    private String name(Obj obj, String reference, String attribute) {
        String target = ref(obj, reference);
        return target == null ? "nothing" : quote(nameOf(target, attribute), 40);
    }

    private String nameOf(String id, String attribute) {
        Obj obj = lookup.apply(id);
        return obj == null ? id : text(obj, attribute);
    }

    private static String ref(Obj obj, String name) {
        EStructuralFeature f = obj.eClass().getEStructuralFeature(name);
        return f == null ? null : (String) obj.get(f);
    }

    static String text(Obj obj, String name) {
        EStructuralFeature f = obj.eClass().getEStructuralFeature(name);
        Object value = f == null ? null : obj.get(f);
        return value == null ? null : String.valueOf(value);
    }

    /**
     * @param text a text, or null
     * @return the text shortened in quotation marks
     */
    public static String quote(String text) {
        return quote(text, QUOTE);
    }

    private static String quote(String text, int max) {
        return text == null ? "(untitled)" : "“" + Abbreviations.shorten(text.strip().replaceAll("\\s+", " "), max) + "”";
    }

    /** "dateSaid" → "date said", "RatingScale" → "rating scale". */
    static String words(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }
}
