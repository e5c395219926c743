package org.factcheck.diagram.decorators;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.factcheck.core.internal.extensions.Contribution;
import org.factcheck.core.internal.extensions.ExtensionPointTracker;
import org.factcheck.core.internal.extensions.Guard;
import org.factcheck.model.Claim;

/**
 * The claim decorators contributed to {@code org.factcheck.diagram.diagramDecorators}, and the one safe way to
 * call them. The list follows bundles installed and uninstalled at run time; open diagrams redraw their
 * badges when it changes.
 * <p>
 * {@link #decorate(Collection)} calls each decorator that has not failed before for a batch of claims, each on a
 * worker thread of its own (all at once) with a time budget for the batch (10 s, or the system property
 * {@code factcheck.contributions.timeout} in seconds), and waits for them: it blocks its caller for up to the
 * budget, so the diagram calls it from a background job, never on the UI thread. A decorator that cannot be created, throws, returns
 * {@code null}, a {@code null} decoration or more than {@value #MAX_PER_CLAIM} for one claim, or overruns its
 * budget, is logged with its bundle's id, reported once and disabled for the session; the batch keeps the
 * decorations of the other decorators.
 *
 * @since 0.1.0
 */
public final class ClaimDecorators {

    /** The id of the extension point. */
    public static final String EXTENSION_POINT = "org.factcheck.diagram.diagramDecorators";

    /** The most decorations one decorator may give one claim. */
    public static final int MAX_PER_CLAIM = 4;

    private static volatile ClaimDecorators defaultInstance;

    private static final AtomicInteger THREADS = new AtomicInteger();

    /** Wait for the decorators of a batch, each for its guarded call; daemons, like the guard's own threads. */
    private static final ExecutorService CALLERS = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "factcheck-decorators-" + THREADS.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });

    private record Entry(DecoratorDescriptor descriptor, Contribution<ClaimDecorator> contribution) {
    }

    private final Supplier<List<Entry>> entries;
    private final ExtensionPointTracker<Entry> tracker;
    private final Duration budget;

    private ClaimDecorators(ExtensionPointTracker<Entry> tracker, Duration budget) {
        this.tracker = tracker;
        this.entries = () -> tracker.current().stream().sorted(Comparator.comparing(e -> e.descriptor().id())).toList();
        this.budget = budget;
    }

    /**
     * Makes a set of decorators that are not contributed, for tests; they run with the same guard.
     *
     * @param decorators the decorators with their descriptors, in order
     * @param budget     the time budget of one decorator for one batch
     */
    public ClaimDecorators(Map<DecoratorDescriptor, ? extends ClaimDecorator> decorators, Duration budget) {
        List<Entry> list = new ArrayList<>();
        decorators.forEach((d, decorator) -> list.add(new Entry(d, Contribution.of(EXTENSION_POINT, d.id(), d.name(),
                d.contributor(), ClaimDecorator.class, decorator))));
        List<Entry> fixed = List.copyOf(list);
        this.tracker = null;
        this.entries = () -> fixed;
        this.budget = budget;
    }

    /** @return the decorators contributed to the extension point */
    public static ClaimDecorators getDefault() {
        ClaimDecorators result = defaultInstance;
        if (result == null) {
            synchronized (ClaimDecorators.class) {
                result = defaultInstance;
                if (result == null) {
                    result = new ClaimDecorators(new ExtensionPointTracker<>(EXTENSION_POINT, ClaimDecorators::parse),
                            null);
                    defaultInstance = result;
                }
            }
        }
        return result;
    }

    /** @return the decorators available now, without those disabled after a failure, by id */
    public List<DecoratorDescriptor> descriptors() {
        return entries.get().stream().filter(e -> !e.contribution().isDisabled()).map(Entry::descriptor).toList();
    }

    /**
     * Decorates claims.
     *
     * @param claims the claims
     * @return for every claim, the decorations of all decorators in the order of their ids (empty lists included)
     */
    public Map<Claim, List<Decoration>> decorate(Collection<Claim> claims) {
        Map<Claim, List<Decoration>> result = new LinkedHashMap<>();
        claims.forEach(c -> result.put(c, new ArrayList<>()));
        List<Claim> batch = List.copyOf(claims);
        List<Entry> called = entries.get().stream().filter(e -> !e.contribution().isDisabled()).toList();
        if (batch.isEmpty() || called.isEmpty()) {
            return result;
        }
        // all at once, so that one slow decorator holds up the batch by its own budget, not by the sum of all
        List<CompletableFuture<Map<Claim, List<Decoration>>>> running = new ArrayList<>();
        for (Entry entry : called) {
            running.add(CompletableFuture.supplyAsync(() -> decorate(entry, batch), CALLERS));
        }
        for (CompletableFuture<Map<Claim, List<Decoration>>> one : running) {
            Map<Claim, List<Decoration>> found = one.join();
            if (found != null) {
                found.forEach((claim, decorations) -> result.get(claim).addAll(decorations));
            }
        }
        return result;
    }

    /** @return one decorator's decorations of the batch, or {@code null} if it failed (it is reported then) */
    private Map<Claim, List<Decoration>> decorate(Entry entry, List<Claim> batch) {
        Guard.Outcome<Map<Claim, List<Decoration>>> outcome = Guard.callWithin(entry.contribution(),
                "decorate(claim)", budget(), null, decorator -> {
                    Map<Claim, List<Decoration>> found = new LinkedHashMap<>();
                    for (Claim claim : batch) {
                        if (Thread.currentThread().isInterrupted()) {
                            break;
                        }
                        List<Decoration> decorations = decorator.decorate(claim);
                        found.put(claim, decorations == null ? null : new ArrayList<>(decorations)); // read while guarded
                    }
                    return found;
                });
        if (!outcome.returned()) {
            return null;
        }
        String problem = problem(outcome.value());
        if (problem != null) {
            Guard.invalid(entry.contribution(), problem);
            return null;
        }
        return outcome.value();
    }

    private static String problem(Map<Claim, List<Decoration>> found) {
        for (List<Decoration> decorations : found.values()) {
            if (decorations == null) {
                return "returned null instead of a list of decorations";
            }
            if (decorations.contains(null)) {
                return "returned a list of decorations with null in it";
            }
            if (decorations.size() > MAX_PER_CLAIM) {
                return "returned " + decorations.size() + " decorations for one claim (at most " + MAX_PER_CLAIM + ")";
            }
        }
        return null;
    }

    /** @param listener told (on any thread) when decorators are contributed or removed at run time */
    public void addChangeListener(Runnable listener) {
        if (tracker != null) {
            tracker.addChangeListener(listener);
        }
    }

    /** @param listener a listener added before */
    public void removeChangeListener(Runnable listener) {
        if (tracker != null) {
            tracker.removeChangeListener(listener);
        }
    }

    private static Entry parse(ExtensionPointTracker.ElementView element) {
        if (!"decorator".equals(element.name())) {
            return null;
        }
        String id = ExtensionPointTracker.required(element, "id", EXTENSION_POINT);
        String name = ExtensionPointTracker.required(element, "name", EXTENSION_POINT);
        String type = ExtensionPointTracker.required(element, "class", EXTENSION_POINT);
        if (id == null || name == null || type == null) {
            return null;
        }
        return new Entry(new DecoratorDescriptor(id, name, element.bundleId()), new Contribution<>(EXTENSION_POINT, id,
                name, element.bundleId(), ClaimDecorator.class, () -> element.createExecutable("class")));
    }

    /** The budget of one call: the one given, or else the configured one, read at each call so that it can be changed. */
    private Duration budget() {
        return budget != null ? budget : Guard.configuredBudget();
    }
}
