package org.factcheck.diagram.internal.badges;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.factcheck.diagram.decorators.ClaimDecorators;
import org.factcheck.diagram.decorators.Decoration;
import org.factcheck.diagram.internal.figures.ClaimView;
import org.factcheck.diagram.internal.figures.DiagramStyle;
import org.factcheck.model.CaseFile;
import org.factcheck.model.Claim;

/**
 * The badges the contributed decorators put on the claims of one diagram. Asking for a claim's badges never calls a
 * decorator: it answers what is known (nothing yet, at first) and has the claim decorated in the background. The
 * decorators run in a background job, one at a time per diagram, on a copy of the case ({@link DecorationSnapshot})
 * made once the edits have settled ({@link #DELAY_MS} after the last of a burst), through {@link ClaimDecorators}'
 * guard and time budget. A worker makes the copy while the UI thread may go on editing; the UI thread hands it to
 * the decorators only if the case did not change meanwhile (its change count), so no decorator reads a torn case. Their result is kept per claim; the claims whose badges it changed
 * are handed to the listener on the UI thread. A claim changed again while it was being decorated is decorated
 * anew, and a whole result is discarded when the decorators themselves changed meanwhile (a generation count), so
 * a box never shows badges of a case or of decorators that have gone. Used on the UI thread.
 */
public final class ClaimBadges {

    /** How long after a change the decorators are asked, so that a burst of edits costs one run. */
    static final int DELAY_MS = 80;

    private final Supplier<CaseFile> caseFile;
    private final java.util.function.LongSupplier caseChanges;
    private final Supplier<ClaimDecorators> decorators;
    private final Consumer<Set<Claim>> changed;
    private final Display display;
    private final Map<Claim, List<Decoration>> decorations = new HashMap<>();
    private final Map<Claim, List<ClaimView.Badge>> badges = new HashMap<>();
    /** Claims to decorate at the next run. */
    private final Set<Claim> pending = new LinkedHashSet<>();
    /** Whether every claim is to be decorated at the next run. */
    private boolean everything = true;
    /** Counts the changes of the decorators: a run begun at an older count is stale. */
    private long generation;
    private boolean running;
    /** Whether a run is timed to start. */
    private boolean due;
    private boolean disposed;
    private final Runnable start = this::start;

    /**
     * @param caseFile    the case whose claims are decorated
     * @param caseChanges the count of the case's changes, read on the UI thread (it changes with every change)
     * @param decorators  the decorators, asked for at every run (tests give their own)
     * @param changed     told on the UI thread with the claims whose badges changed
     */
    public ClaimBadges(Supplier<CaseFile> caseFile, java.util.function.LongSupplier caseChanges,
            Supplier<ClaimDecorators> decorators, Consumer<Set<Claim>> changed) {
        this.caseFile = caseFile;
        this.caseChanges = caseChanges;
        this.decorators = decorators;
        this.changed = changed;
        this.display = Display.getCurrent();
    }

    /**
     * @return the badges of a claim as far as they are known (none before its first decoration arrives); a claim
     *         never decorated is decorated in the background
     */
    public List<ClaimView.Badge> of(Claim claim) {
        List<ClaimView.Badge> known = badges.get(claim);
        if (known == null && !disposed) {
            if (!everything) {
                pending.add(claim);
            }
            if (!due) {
                schedule();
            }
        }
        return known == null ? List.of() : known;
    }

    /**
     * Has claims decorated again; their boxes keep the badges they show until the new ones arrive.
     *
     * @param claims the claims that changed, {@code null} for all of them
     */
    public void invalidate(Collection<Claim> claims) {
        if (claims == null) {
            everything = true;
        } else {
            pending.addAll(claims);
        }
        schedule();
    }

    /** The decorators changed (a plugin came or went): every claim is decorated again, results under way are stale. */
    public void decoratorsChanged() {
        generation++;
        invalidate(null);
    }

    /** Stops: nothing more is decorated or told. */
    public void dispose() {
        disposed = true;
        pending.clear();
        if (!display.isDisposed()) {
            display.timerExec(-1, start);
        }
    }

    private void schedule() {
        if (!disposed && !running && !display.isDisposed()) {
            due = true;
            display.timerExec(DELAY_MS, start); // the same runnable again: the timer starts over
        }
    }

    private void start() {
        due = false;
        if (disposed || running || !(everything || !pending.isEmpty())) {
            return;
        }
        CaseFile current = caseFile.get();
        Set<Claim> claims = new HashSet<>(current.getClaims());
        Collection<Claim> wanted = everything ? current.getClaims() : pending.stream().filter(claims::contains).toList();
        everything = false;
        pending.clear();
        decorations.keySet().retainAll(claims); // forget the claims that have gone
        badges.keySet().retainAll(claims);
        ClaimDecorators contributed = decorators.get();
        if (wanted.isEmpty()) {
            return;
        }
        if (contributed.descriptors().isEmpty()) { // nothing to call: no copy, no job
            Map<Claim, List<Decoration>> none = new HashMap<>();
            wanted.forEach(c -> none.put(c, List.of()));
            apply(none);
            return;
        }
        List<Claim> chosen = List.copyOf(wanted); // the worker must not read the case's own list
        long at = generation;
        long caseAt = caseChanges.getAsLong();
        running = true;
        Job copy = Job.create("Copying " + current.getTitle() + " for its decorators", monitor -> {
            DecorationSnapshot snapshot;
            try {
                snapshot = DecorationSnapshot.of(current, chosen);
            } catch (RuntimeException e) { // the case changed under the copy: copied again below
                snapshot = null;
            }
            DecorationSnapshot made = snapshot;
            if (!display.isDisposed()) {
                display.asyncExec(() -> copied(at, caseAt, current, chosen, contributed, made));
            }
        });
        copy.setSystem(true);
        copy.schedule();
    }

    /** On the UI thread: a copy made while the case did not change is the case as it is, and is decorated. */
    private void copied(long at, long caseAt, CaseFile current, List<Claim> chosen, ClaimDecorators contributed,
            DecorationSnapshot made) {
        if (disposed) {
            running = false;
            return;
        }
        if (caseAt != caseChanges.getAsLong() || current != caseFile.get()) {
            running = false; // stale, maybe torn: copied again once the edits settle
            pending.addAll(chosen);
            schedule();
            return;
        }
        DecorationSnapshot snapshot = made != null ? made : DecorationSnapshot.of(current, chosen); // no race here
        Job job = Job.create("Decorating the claims of " + current.getTitle(), monitor -> {
            Map<Claim, List<Decoration>> found;
            try {
                found = snapshot.decorate(contributed);
            } catch (RuntimeException | LinkageError e) { // the guard reports the decorators' own failures
                found = Map.of();
            }
            Map<Claim, List<Decoration>> result = found;
            if (!display.isDisposed()) {
                display.asyncExec(() -> arrived(at, result));
            }
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }

    private void arrived(long at, Map<Claim, List<Decoration>> found) {
        running = false;
        if (disposed) {
            return;
        }
        if (at == generation && !everything) {
            Map<Claim, List<Decoration>> current = new HashMap<>(found);
            current.keySet().removeAll(pending); // changed again meanwhile: decorated again below
            apply(current);
        }
        schedule();
    }

    /** Keeps what arrived; tells the listener about the claims whose boxes must show other badges than they do. */
    private void apply(Map<Claim, List<Decoration>> found) {
        Set<Claim> different = new LinkedHashSet<>();
        found.forEach((claim, list) -> {
            List<Decoration> before = decorations.put(claim, list);
            if (!list.equals(before == null ? List.of() : before) || !badges.containsKey(claim)) {
                badges.put(claim, list.stream().map(ClaimBadges::badge).toList());
            }
            if (!list.equals(before == null ? List.of() : before)) {
                different.add(claim);
            }
        });
        if (!different.isEmpty()) {
            changed.accept(different);
        }
    }

    private static ClaimView.Badge badge(Decoration decoration) {
        return new ClaimView.Badge(decoration.position() == Decoration.Position.TOP_RIGHT, decoration.text(),
                DiagramStyle.rgb(decoration.colour(), DiagramStyle.MUTED), decoration.icon(), decoration.tooltip());
    }
}
