package org.factcheck.ui.internal.annotate;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.factcheck.core.detectors.DetectedSuggestion;
import org.factcheck.core.detectors.Suggestions;
import org.factcheck.core.extensions.ContributionFailure;
import org.factcheck.core.internal.suggestions.CaseSuggestions;
import org.factcheck.model.Document;

/**
 * The outcome of the last Suggest Claims run of each document, shared by the Suggestions view and the document
 * editors. What is shown is worked out anew from the case each time ({@link #visible}), so a suggestion disappears as
 * soon as it is accepted or dismissed and comes back when that is undone. A run on a text that has changed since (a
 * re-import) shows nothing. Used on the UI thread only.
 */
public final class SuggestionBoard {

    /** One run: the text it ran on, what the detectors found, which failed, whether it was canceled. */
    public record Run(String text, List<DetectedSuggestion> found, List<String> failures, List<String> detectors,
            boolean canceled) {
    }

    private static final SuggestionBoard DEFAULT = new SuggestionBoard();

    private final Map<Document, Run> runs = new WeakHashMap<>();
    private final List<Consumer<Document>> listeners = new CopyOnWriteArrayList<>();

    public static SuggestionBoard getDefault() {
        return DEFAULT;
    }

    /** Records the outcome of a run on {@code text} of {@code document} and tells the listeners. */
    public void put(Document document, String text, Suggestions outcome) {
        runs.put(document, new Run(text, outcome.suggestions(),
                outcome.failures().stream().map(ContributionFailure::message).toList(),
                outcome.ran().stream().map(d -> d.name()).toList(), outcome.canceled()));
        listeners.forEach(l -> l.accept(document));
    }

    /** Forgets the suggestions of a document. */
    public void clear(Document document) {
        if (runs.remove(document) != null) {
            listeners.forEach(l -> l.accept(document));
        }
    }

    /** The last run on a document, if there was one. */
    public Optional<Run> run(Document document) {
        return Optional.ofNullable(runs.get(document));
    }

    /** The suggestions of the last run that are to be shown now, in text order (see {@link CaseSuggestions#visible}). */
    public List<DetectedSuggestion> visible(Document document) {
        Run run = runs.get(document);
        if (run == null || !run.text().equals(document.getText() == null ? "" : document.getText())) {
            return List.of();
        }
        return CaseSuggestions.visible(document, run.found());
    }

    /** Tells {@code listener} the document whose run changed. */
    public void addListener(Consumer<Document> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<Document> listener) {
        listeners.remove(listener);
    }
}
