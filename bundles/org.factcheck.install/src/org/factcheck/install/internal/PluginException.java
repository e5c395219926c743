package org.factcheck.install.internal;

import java.io.Serial;

/** Installing, listing or removing a plugin failed; nothing was changed. The message says why, for a person. */
public final class PluginException extends Exception {

    @Serial
    private static final long serialVersionUID = 1L;

    /** What went wrong, so that the command line can choose an exit code. */
    public enum Kind {
        /** The source is not a p2 repository (missing, not a folder or zip, corrupt zip, no feature in it). */
        INPUT,
        /** The plugin declares a range of the workbench (or of a bundle of it) that this product is not in. */
        INCOMPATIBLE,
        /** p2 cannot resolve the plugin's dependencies, or installing it failed. */
        UNRESOLVABLE,
        /** The plugin to remove is not installed, or is part of the product itself. */
        NOT_INSTALLED,
        /** This installation cannot be provisioned (no p2 profile, no p2 services). */
        NOT_MANAGED
    }

    private final Kind kind;

    /**
     * @param kind    what went wrong
     * @param message complete sentences: what, why, and what to do
     */
    public PluginException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    /** @return what went wrong */
    public Kind kind() {
        return kind;
    }
}
