package org.factcheck.core.tests.git;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.factcheck.core.git.GitDrivers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code git setup}'s line in {@code .gitignore} for the case lock files: added once, the user's lines kept. */
class GitIgnoreTest {

    private static final String LINE = "# Fact-Check Workbench: the lock files beside open cases (factcheck git setup)\n"
            + ".*.factcase.lock\n";

    @TempDir
    Path top;

    @Test
    void aMissingGitignoreIsCreatedWithTheLineAndASecondRunChangesNothing() throws Exception {
        assertFalse(GitDrivers.hasIgnore(top));
        assertTrue(GitDrivers.addIgnore(top));
        assertEquals(LINE, Files.readString(top.resolve(".gitignore")));
        assertTrue(GitDrivers.hasIgnore(top));
        assertFalse(GitDrivers.addIgnore(top), "idempotent");
        assertEquals(LINE, Files.readString(top.resolve(".gitignore")));
    }

    @Test
    void theUsersOwnLinesAreKeptAndTheLineIsAppendedAfterThem() throws Exception {
        String own = "# ours\r\nbuild/\r\n*.tmp"; // Windows line ends, no final line end
        Files.writeString(top.resolve(".gitignore"), own, StandardCharsets.UTF_8);
        assertTrue(GitDrivers.addIgnore(top));
        assertEquals(own + "\n" + LINE, Files.readString(top.resolve(".gitignore")));
        assertFalse(GitDrivers.addIgnore(top));
    }

    @Test
    void aFileThatAlreadyIgnoresTheLockFilesIsLeftAlone() throws Exception {
        for (String existing : new String[] { "/.*.factcase.lock\n", "*.lock\r\n", "  *.factcase.lock  \n" }) {
            Files.writeString(top.resolve(".gitignore"), existing, StandardCharsets.UTF_8);
            assertTrue(GitDrivers.hasIgnore(top), existing);
            assertFalse(GitDrivers.addIgnore(top), existing);
            assertEquals(existing, Files.readString(top.resolve(".gitignore")));
        }
    }

    @Test
    void aCommentOrANegationIsNotMistakenForTheLine() throws Exception {
        Files.writeString(top.resolve(".gitignore"), "# .*.factcase.lock\n!.*.factcase.lock\n", StandardCharsets.UTF_8);
        assertFalse(GitDrivers.hasIgnore(top));
        assertTrue(GitDrivers.addIgnore(top));
    }
}
