package org.factcheck.core.detectors;

import java.util.List;
import java.util.Locale;

/**
 * A contributed {@link ClaimDetector} as declared in {@code plugin.xml}; its class is loaded only when it
 * first runs.
 *
 * @since 0.1.0
 */
public final class DetectorDescriptor {

    private final String id;
    private final String name;
    private final List<String> languages;
    private final String contributor;
    private final String description;

    /**
     * Creates a descriptor (the platform makes them from {@code plugin.xml}).
     *
     * @param id          the detector's id
     * @param name        its name, for people
     * @param languages   the language tags it handles; empty for all
     * @param contributor the symbolic name of the contributing bundle
     * @param description what it finds, for people; may be empty
     */
    public DetectorDescriptor(String id, String name, List<String> languages, String contributor, String description) {
        this.id = id;
        this.name = name;
        this.languages = List.copyOf(languages);
        this.contributor = contributor;
        this.description = description == null ? "" : description;
    }

    /** @return the id, unique among detectors */
    public String id() {
        return id;
    }

    /** @return the name, for people */
    public String name() {
        return name;
    }

    /** @return the language tags it handles, lower case; empty for all languages */
    public List<String> languages() {
        return languages;
    }

    /** @return the symbolic name of the contributing bundle */
    public String contributor() {
        return contributor;
    }

    /** @return what it finds, for people; may be empty */
    public String description() {
        return description;
    }

    /**
     * Tells whether the detector handles a language: it handles every language if it declares none, and an
     * unknown ({@code null}) language always. A declared {@code en} handles {@code en}, {@code en-GB}, ...; a
     * declared {@code en-GB} handles {@code en-GB} only. Compared ignoring case.
     *
     * @param tag a language tag or {@code null}
     * @return whether it applies
     */
    public boolean handles(String tag) {
        if (languages.isEmpty() || tag == null || tag.isBlank()) {
            return true;
        }
        String wanted = tag.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        return languages.stream().anyMatch(l -> wanted.equals(l) || wanted.startsWith(l + "-"));
    }

    @Override
    public String toString() {
        return id + " (" + contributor + ")";
    }
}
