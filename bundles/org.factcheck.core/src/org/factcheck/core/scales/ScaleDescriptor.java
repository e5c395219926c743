package org.factcheck.core.scales;

/**
 * A rating scale contributed to {@code org.factcheck.core.ratingScales}, as the New Case dialog and Change
 * Rating Scale list it. {@link RatingScales#create(ScaleDescriptor)} makes a case's copy of it.
 *
 * @since 0.1.0
 */
public final class ScaleDescriptor {

    private final String id;
    private final String name;
    private final String description;
    private final String contributor;

    /**
     * @param id          the scale's id
     * @param name        its name, for people
     * @param description what it is for; may be empty
     * @param contributor the symbolic name of the contributing bundle
     */
    public ScaleDescriptor(String id, String name, String description, String contributor) {
        this.id = id;
        this.name = name;
        this.description = description == null ? "" : description;
        this.contributor = contributor;
    }

    /** @return the id */
    public String id() {
        return id;
    }

    /** @return the name, for people */
    public String name() {
        return name;
    }

    /** @return what it is for; may be empty */
    public String description() {
        return description;
    }

    /** @return the symbolic name of the contributing bundle */
    public String contributor() {
        return contributor;
    }

    @Override
    public String toString() {
        return id + " (" + contributor + ")";
    }
}
