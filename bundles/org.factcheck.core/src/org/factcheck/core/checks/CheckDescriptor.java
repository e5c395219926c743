package org.factcheck.core.checks;

/**
 * A case check as declared in {@code plugin.xml}; its class is loaded when it first runs.
 *
 * @since 0.1.0
 */
public final class CheckDescriptor {

    private final String id;
    private final String name;
    private final String contributor;
    private final String description;

    /**
     * @param id          the check's id
     * @param name        its name, for people
     * @param contributor the symbolic name of the contributing bundle
     * @param description what it checks; may be empty
     */
    public CheckDescriptor(String id, String name, String contributor, String description) {
        this.id = id;
        this.name = name;
        this.contributor = contributor;
        this.description = description == null ? "" : description;
    }

    /** @return the id */
    public String id() {
        return id;
    }

    /** @return the name, for people */
    public String name() {
        return name;
    }

    /** @return the symbolic name of the contributing bundle */
    public String contributor() {
        return contributor;
    }

    /** @return what it checks; may be empty */
    public String description() {
        return description;
    }

    @Override
    public String toString() {
        return id + " (" + contributor + ")";
    }
}
