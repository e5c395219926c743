package org.factcheck.ui.internal.history;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * The commits the History view lists, and the line above them that says whose they are.
 *
 * @param text    the line: which file or object, in which repository, how many commits
 * @param entries the commits, newest first
 */
record HistoryListing(String text, List<CaseHistory.Entry> entries) {

    /**
     * Reads the listing (in the background: an object's commits are found by reading every version).
     *
     * @param history  the file's history, or null when the file is not in a repository
     * @param file     the case file
     * @param objectId the claim or document whose commits are listed, or null for the whole file's
     * @param words    how the view names that object ("claim “…”")
     */
    static HistoryListing read(CaseHistory history, Path file, String objectId, String words, BooleanSupplier cancelled)
            throws IOException {
        if (history == null) {
            return new HistoryListing(file.getFileName() + " is not in a git repository: there is no history to show.",
                    List.of());
        }
        if (objectId == null) {
            List<CaseHistory.Entry> all = history.commits();
            return new HistoryListing(all.isEmpty() ? history.path() + " has not been committed yet."
                    : history.path() + " in " + history.workTree() + ": " + count(all) + " changed it.", all);
        }
        List<CaseHistory.Entry> touching = history.commits(objectId, cancelled);
        return new HistoryListing("History of the " + words + " in " + history.path() + ": "
                + (touching.isEmpty() ? "no commit has it yet." : count(touching) + " changed it."), touching);
    }

    private static String count(List<?> commits) {
        return commits.size() + (commits.size() == 1 ? " commit" : " commits");
    }
}
