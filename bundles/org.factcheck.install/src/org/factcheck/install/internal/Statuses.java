package org.factcheck.install.internal;

import org.eclipse.core.runtime.IStatus;

/** Turns p2's nested statuses into indented lines a person can read. */
final class Statuses {

    private Statuses() {
    }

    /**
     * @param status a status, possibly with children
     * @return its message and its children's, one per line, indented by depth, without duplicates
     */
    static String explain(IStatus status) {
        StringBuilder text = new StringBuilder();
        append(status, 1, text);
        return text.toString().stripTrailing();
    }

    private static void append(IStatus status, int depth, StringBuilder text) {
        String message = status.getMessage();
        if (message != null && !message.isBlank() && text.indexOf(message) < 0) {
            text.append("  ".repeat(depth)).append(message.strip()).append('\n');
        }
        for (IStatus child : status.getChildren()) {
            append(child, depth + 1, text);
        }
    }
}
