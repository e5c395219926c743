package org.factcheck.core.exporters;

import java.util.Objects;

/**
 * An option an exporter understands, declared in its contribution (the {@code option} element of the
 * extension point {@code org.factcheck.core.exporters}).
 *
 * @param name        the name, for example {@code publisher}; the command line passes it as
 *                    {@code --publisher VALUE} or {@code --option publisher=VALUE}
 * @param description one sentence for {@code --help}
 * @param required    whether an export without it is refused before the exporter runs
 */
public record ExporterOption(String name, String description, boolean required) {

    /**
     * Checks the components.
     *
     * @param name        the name
     * @param description the description
     * @param required    whether it is required
     */
    public ExporterOption {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
    }
}
