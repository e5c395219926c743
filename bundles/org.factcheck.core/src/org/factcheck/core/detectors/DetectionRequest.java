package org.factcheck.core.detectors;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.factcheck.model.Actor;
import org.factcheck.model.CaseFile;
import org.factcheck.model.Document;

/**
 * What a {@link ClaimDetector} works on: a document, its text, its language, the case's people and
 * organisations and the regions to skip. Immutable apart from the monitor; made by the platform (the Suggest
 * Claims command, {@code factcheck suggest}) or by tests and third parties with {@link #builder(Document)}.
 *
 * @since 0.1.0
 */
public final class DetectionRequest {

    private final Document document;
    private final String text;
    private final String language;
    private final List<Actor> actors;
    private final List<CodePointRange> excluded;
    private final IProgressMonitor monitor;

    private DetectionRequest(Builder builder) {
        this.document = builder.document;
        this.text = builder.document.getText() == null ? "" : builder.document.getText();
        String tag = builder.languageSet ? builder.language : builder.document.getLanguage();
        this.language = tag == null || tag.isBlank() ? null : tag.strip();
        this.actors = List.copyOf(builder.actors);
        this.excluded = List.copyOf(builder.excluded);
        this.monitor = builder.monitor;
    }

    /**
     * Starts a request for a document. Unless set otherwise, the actors are those of the case that holds the
     * document (none if it is in no case), nothing is excluded, the language is the document's and the
     * monitor is a {@link NullProgressMonitor}.
     *
     * @param document the document; its text may be {@code null} (then {@link #text()} is empty)
     * @return a builder
     */
    public static Builder builder(Document document) {
        return new Builder(Objects.requireNonNull(document, "document"));
    }

    /** @return the document the text comes from */
    public Document document() {
        return document;
    }

    /** @return the document text, never {@code null}; suggestion offsets are code points into it */
    public String text() {
        return text;
    }

    /** @return the language tag (BCP 47, for example {@code "en"} or {@code "de-CH"}), or {@code null} if unknown */
    public String language() {
        return language;
    }

    /** @return the case's people and organisations (with their aliases), unmodifiable */
    public List<Actor> actors() {
        return actors;
    }

    /** @return the regions (for example boilerplate) the detector must not suggest claims in, unmodifiable */
    public List<CodePointRange> excluded() {
        return excluded;
    }

    /**
     * Returns the monitor: the detector should poll {@code isCanceled()} and may report work with
     * {@code beginTask}/{@code worked}. The platform cancels it when the detector's time budget ends.
     *
     * @return the monitor, never {@code null}
     */
    public IProgressMonitor monitor() {
        return monitor;
    }

    /**
     * Makes a copy of this request with another monitor (used by the platform to give each detector its own).
     *
     * @param other the monitor of the copy
     * @return the copy
     */
    public DetectionRequest withMonitor(IProgressMonitor other) {
        return builder(document).language(language).actors(actors).excluded(excluded).monitor(other).build();
    }

    /** Builds a {@link DetectionRequest}. */
    public static final class Builder {

        private final Document document;
        private String language;
        private boolean languageSet;
        private List<Actor> actors;
        private final List<CodePointRange> excluded = new ArrayList<>();
        private IProgressMonitor monitor = new NullProgressMonitor();

        private Builder(Document document) {
            this.document = document;
            this.actors = document.eContainer() instanceof CaseFile caseFile ? caseFile.getActors() : List.of();
        }

        /**
         * @param tag the language tag to use instead of the document's, or {@code null} for unknown
         * @return this builder
         */
        public Builder language(String tag) {
            this.language = tag;
            this.languageSet = true;
            return this;
        }

        /**
         * @param list the actors to use instead of the case's
         * @return this builder
         */
        public Builder actors(List<Actor> list) {
            this.actors = new ArrayList<>(Objects.requireNonNull(list, "actors"));
            return this;
        }

        /**
         * @param list the regions to skip (replacing those set before)
         * @return this builder
         */
        public Builder excluded(List<CodePointRange> list) {
            excluded.clear();
            excluded.addAll(Objects.requireNonNull(list, "excluded"));
            return this;
        }

        /**
         * @param progress the monitor; {@code null} for none
         * @return this builder
         */
        public Builder monitor(IProgressMonitor progress) {
            this.monitor = progress == null ? new NullProgressMonitor() : progress;
            return this;
        }

        /** @return the request */
        public DetectionRequest build() {
            return new DetectionRequest(this);
        }
    }
}
