package org.factcheck.diagram.decorators;

/**
 * A claim decorator as declared in {@code plugin.xml}; its class is loaded when a diagram first needs it.
 *
 * @since 0.1.0
 */
public final class DecoratorDescriptor {

    private final String id;
    private final String name;
    private final String contributor;

    /**
     * @param id          the decorator's id
     * @param name        its name, for people
     * @param contributor the symbolic name of the contributing bundle
     */
    public DecoratorDescriptor(String id, String name, String contributor) {
        this.id = id;
        this.name = name;
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

    /** @return the symbolic name of the contributing bundle */
    public String contributor() {
        return contributor;
    }

    @Override
    public String toString() {
        return id + " (" + contributor + ")";
    }
}
