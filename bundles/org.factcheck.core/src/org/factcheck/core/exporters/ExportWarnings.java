package org.factcheck.core.exporters;

import java.util.ArrayList;
import java.util.List;

/**
 * What an exporter wants the user to know about an export that succeeded: a field longer than a consumer
 * recommends, a value left out. Warnings never stop an export; the command line prints them on stderr and the
 * workbench shows them when the file is written. Safe to use from the exporter's thread.
 *
 * @since 0.1
 */
public final class ExportWarnings {

    private final List<String> messages = new ArrayList<>();

    /**
     * Adds a warning.
     *
     * @param message a whole sentence that names the element concerned and says what the user can do
     */
    public synchronized void add(String message) {
        if (message != null && !message.isBlank()) {
            messages.add(message.strip());
        }
    }

    /**
     * Returns the warnings given so far.
     *
     * @return a copy, in the order given
     */
    public synchronized List<String> messages() {
        return List.copyOf(messages);
    }
}
