package org.factcheck.ui.internal.claims;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.factcheck.model.Actor;
import org.factcheck.model.CaseFile;
import org.factcheck.model.CasePackage.Literals;
import org.factcheck.model.Claim;
import org.factcheck.model.Document;
import org.factcheck.model.Evidence;
import org.factcheck.model.Rating;
import org.factcheck.model.RatingScale;
import org.factcheck.model.Source;
import org.factcheck.model.Tag;

/**
 * The rows of the Claims or Sources view that a burst of changes touches: the claims (or sources) added, removed
 * or changed, whatever changed them, and whether the filter choices (people, ratings, tags) must be filled again.
 * A row's fate is decided by looking at the object afterwards, so a burst that adds and removes the same claim
 * leaves it as it ends.
 */
final class RowChanges<T> {

    final Set<T> rows = new LinkedHashSet<>();
    /** People, ratings or tags changed: the filter choices and every row's names may be stale. */
    boolean choices;
    boolean title;

    /** The claims {@code changes} touch. */
    static RowChanges<Claim> claims(CaseFile caseFile, List<Notification> changes) {
        RowChanges<Claim> result = new RowChanges<>();
        for (Notification change : changes) {
            Object notifier = change.getNotifier();
            Object feature = change.getFeature();
            if (notifier == caseFile) {
                if (feature == Literals.CASE_FILE__CLAIMS) {
                    values(change, Claim.class, result.rows);
                } else if (feature == Literals.CASE_FILE__ACTORS || feature == Literals.CASE_FILE__TAGS
                        || feature == Literals.CASE_FILE__RATING_SCALE) {
                    result.choices = true;
                }
                result.title |= feature == Literals.CASE_FILE__TITLE;
            } else if (notifier instanceof Actor || notifier instanceof Tag || notifier instanceof Rating
                    || notifier instanceof RatingScale) {
                result.choices = true;
            } else if (notifier instanceof EObject object) {
                Claim claim = claimOf(object);
                if (claim != null) {
                    result.rows.add(claim);
                }
            }
        }
        return result;
    }

    /** The sources {@code changes} touch: changed ones, and those whose count of articles or evidence changed. */
    static RowChanges<Source> sources(CaseFile caseFile, List<Notification> changes) {
        RowChanges<Source> result = new RowChanges<>();
        Set<Source> rows = result.rows;
        for (Notification change : changes) {
            Object notifier = change.getNotifier();
            Object feature = change.getFeature();
            if (notifier == caseFile) {
                if (feature == Literals.CASE_FILE__SOURCES) {
                    values(change, Source.class, rows);
                } else if (feature == Literals.CASE_FILE__DOCUMENTS) {
                    values(change, Document.class, new LinkedHashSet<>()).forEach(d -> add(rows, d.getOutlet()));
                } else if (feature == Literals.CASE_FILE__CLAIMS) {
                    values(change, Claim.class, new LinkedHashSet<>())
                            .forEach(c -> c.getEvidence().forEach(e -> add(rows, e.getSource())));
                }
                result.title |= feature == Literals.CASE_FILE__TITLE;
            } else if (notifier instanceof Source source) {
                rows.add(source);
            } else if (feature == Literals.DOCUMENT__OUTLET || feature == Literals.EVIDENCE__SOURCE) {
                values(change, Source.class, rows);
            } else if (feature == Literals.CLAIM__EVIDENCE) {
                values(change, Evidence.class, new LinkedHashSet<>()).forEach(e -> add(rows, e.getSource()));
            }
        }
        return result;
    }

    private static <V> void add(Set<V> rows, V value) {
        if (value != null) {
            rows.add(value);
        }
    }

    /** The claim an object belongs to (itself, or the claim that contains it), or {@code null}. */
    static Claim claimOf(EObject object) {
        for (EObject o = object; o != null; o = o.eContainer()) {
            if (o instanceof Claim claim) {
                return claim;
            }
        }
        return null;
    }

    /** The old and new values of a change that are of {@code type}, added to {@code into}. */
    private static <V> Set<V> values(Notification change, Class<V> type, Set<V> into) {
        collect(change.getOldValue(), type, into);
        collect(change.getNewValue(), type, into);
        return into;
    }

    private static <V> void collect(Object value, Class<V> type, Set<V> into) {
        if (type.isInstance(value)) {
            into.add(type.cast(value));
        } else if (value instanceof Collection<?> many) {
            for (Object item : many) {
                if (type.isInstance(item)) {
                    into.add(type.cast(item));
                }
            }
        }
    }
}
