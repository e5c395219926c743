package org.factcheck.core.checks;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.factcheck.core.internal.checks.Labels;

/**
 * One problem a {@link CaseCheck} found: how serious it is, what it is about and what is wrong. Immutable.
 *
 * @since 0.1.0
 */
public final class CaseProblem {

    /** How serious a problem is. */
    public enum Severity {
        /** The case is not fit to publish: {@code factcheck validate} exits with code 1. */
        ERROR,
        /** Something a person should look at. */
        WARNING,
        /** A remark, shown in the workbench only (validate leaves it out). */
        INFO
    }

    private final Severity severity;
    private final List<EObject> elements;
    private final String where;
    private final String message;
    private final String checkId;

    private CaseProblem(Severity severity, List<EObject> elements, String where, String message, String checkId) {
        this.severity = Objects.requireNonNull(severity, "severity");
        this.elements = List.copyOf(elements);
        if (message == null || message.isBlank()) {
            throw new IllegalArgumentException("A problem needs a message");
        }
        this.message = message.strip();
        this.where = where == null || where.isBlank()
                ? (this.elements.isEmpty() ? "the case" : Labels.describe(this.elements.get(0)))
                : where.strip();
        this.checkId = checkId;
    }

    /**
     * Creates a problem about one object of the case.
     *
     * @param severity how serious it is
     * @param element  the claim, document, span, actor, ... it is about; {@code null} for the case as a whole
     * @param message  what is wrong, one sentence, for example "it has a verdict but no explanation."
     * @return the problem; {@link #where()} names the element the way the workbench shows it
     */
    public static CaseProblem of(Severity severity, EObject element, String message) {
        return new CaseProblem(severity, element == null ? List.of() : List.of(element), null, message, null);
    }

    /**
     * Creates a problem about several objects (for example two claims that contradict each other).
     *
     * @param severity how serious it is
     * @param elements the objects, the most important first; may be empty
     * @param where    how to name them for people, or {@code null} to name the first
     * @param message  what is wrong, one sentence
     * @return the problem
     */
    public static CaseProblem of(Severity severity, List<? extends EObject> elements, String where, String message) {
        return new CaseProblem(severity, List.copyOf(elements), where, message, null);
    }

    /** @return how serious it is */
    public Severity severity() {
        return severity;
    }

    /** @return the first object it is about, if any */
    public Optional<EObject> element() {
        return elements.isEmpty() ? Optional.empty() : Optional.of(elements.get(0));
    }

    /** @return all the objects it is about */
    public List<EObject> elements() {
        return elements;
    }

    /** @return what it is about, for people, for example {@code claim “We will win”} */
    public String where() {
        return where;
    }

    /** @return what is wrong */
    public String message() {
        return message;
    }

    /** @return the id of the check that found it; {@code null} before {@link CaseChecks} tagged it */
    public String checkId() {
        return checkId;
    }

    /**
     * The same problem about other objects: those that stand for its objects elsewhere, for example in the case
     * that a copy of the case was made from (checks can run on a copy away from the thread that edits the case).
     *
     * @param others the objects, in the order of {@link #elements()}
     * @return the problem, with the same severity, description, message and check
     */
    public CaseProblem withElements(List<? extends EObject> others) {
        return new CaseProblem(severity, List.copyOf(others), where, message, checkId);
    }

    CaseProblem withCheck(String id) {
        return new CaseProblem(severity, elements, where, message, id);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CaseProblem p && p.severity == severity && p.where.equals(where)
                && p.message.equals(message) && Objects.equals(p.checkId, checkId) && p.elements.equals(elements);
    }

    @Override
    public int hashCode() {
        return Objects.hash(severity, where, message, checkId);
    }

    @Override
    public String toString() {
        return severity.name().toLowerCase(java.util.Locale.ROOT) + ": " + where + ": " + message
                + (checkId == null ? "" : " [" + checkId + "]");
    }
}
