package org.factcheck.core;

import java.io.IOException;

/**
 * A case was not saved because another program (a {@code git pull}, another tool) changed its file on disk after it
 * was read: saving would have thrown that program's work away. The file is unchanged.
 */
public class CaseChangedOnDiskException extends IOException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message the sentence for the user, naming the file
     */
    public CaseChangedOnDiskException(String message) {
        super(message);
    }
}
