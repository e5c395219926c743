package org.factcheck.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.factcheck.cli.tests.Factcheck.Result;
import org.factcheck.model.CaseFile;
import org.factcheck.testing.DemoCase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two fact-checkers, two clones of one repository, the real {@code git} command (Debian's), with the driver that
 * {@code factcheck git setup} registers: merge, pull, rebase and cherry-pick merge the case semantically, a
 * conflicting pair leaves a valid case with its conflict recorded, which {@code validate} reports; and
 * {@code git diff} shows the change in words. Needs git on the PATH (the test is skipped, saying so, without it).
 */
class GitMergeTest {

    private static final String CASE = "case.factcase";

    @TempDir
    Path temp;

    private Path alice;
    private Path bob;

    @BeforeEach
    void twoClones() throws Exception {
        assumeTrue(gitInstalled(), "git is not installed (apt-get install git): the real-git tests are skipped");
        Path origin = temp.resolve("origin");
        Files.createDirectories(origin);
        git(origin, "init", "-q", "-b", "main");
        Files.copy(DemoCase.file(), origin.resolve(CASE));
        Files.writeString(origin.resolve(".gitignore"), "*.bak", StandardCharsets.UTF_8); // the team's own, no final newline
        Result setup = Factcheck.run("git", "setup", origin.toString());
        assertEquals(0, setup.exitCode(), setup.toString());
        assertTrue(setup.out().contains(".gitattributes: added “*.factcase merge=factcase diff=factcase”"), setup.toString());
        assertTrue(setup.out().contains(".gitignore: added “.*.factcase.lock”"), setup.toString());
        assertEquals("*.bak\n# Fact-Check Workbench: the lock files beside open cases (factcheck git setup)\n"
                + ".*.factcase.lock\n", Files.readString(origin.resolve(".gitignore")), "the team's line is kept");
        git(origin, "add", CASE, ".gitattributes", ".gitignore");
        git(origin, "commit", "-q", "-m", "The demo case");
        alice = temp.resolve("alice");
        bob = temp.resolve("bob");
        git(temp, "clone", "-q", origin.toString(), alice.toString());
        git(temp, "clone", "-q", origin.toString(), bob.toString());
        List<Result> r = Factcheck.runAll(List.of("git", "setup", alice.toString()), List.of("git", "setup", bob.toString()),
                List.of("git", "setup", origin.toString()));
        for (Result each : r) {
            assertEquals(0, each.exitCode(), each.toString());
        }
        assertTrue(r.get(0).out().contains(".gitattributes: already assigns them."), r.get(0).toString());
        assertTrue(r.get(0).out().contains(".gitignore: already ignores the lock files."), r.get(0).toString());
        assertTrue(r.get(2).out().contains("already registered; nothing changed."), r.get(2).toString());
        Files.writeString(alice.resolve("." + CASE + ".lock"), "held by the workbench\n", StandardCharsets.UTF_8);
        assertEquals("", git(alice, "status", "--porcelain").out().strip(), "git does not see the lock file");
        Files.delete(alice.resolve("." + CASE + ".lock"));
        for (Path clone : List.of(alice, bob)) {
            Files.writeString(clone.resolve(".git/info/exclude"), "*.bak\n", StandardCharsets.UTF_8);
        }
    }

    @Test
    void pullMergesBothSidesChangesAndAConflictingPairIsRecordedInAValidCase() throws Exception {
        Edits.edit(alice.resolve(CASE), Edits.statement(0, "Alice's wording."));
        commit(alice, "Alice rewords claim 1");
        Edits.edit(bob.resolve(CASE), Edits.statement(1, "Bob's wording."));
        commit(bob, "Bob rewords claim 2");
        Result pull = git(bob, "pull", "-q", "--no-rebase", "--no-edit", alice.toString(), "main");
        assertEquals(0, pull.exitCode(), pull.toString());
        CaseFile merged = Edits.read(bob.resolve(CASE));
        assertEquals("Alice's wording.", merged.getClaims().get(0).getStatement());
        assertEquals("Bob's wording.", merged.getClaims().get(1).getStatement());
        assertEquals(0, Factcheck.run("validate", bob.resolve(CASE).toString()).exitCode());

        Edits.edit(alice.resolve(CASE), Edits.verdict(1, "False"));
        commit(alice, "Alice: False");
        Edits.edit(bob.resolve(CASE), Edits.verdict(1, "Half true"));
        commit(bob, "Bob: Half true");
        Result conflict = git(bob, "pull", "-q", "--no-rebase", "--no-edit", alice.toString(), "main");
        assertNotEquals(0, conflict.exitCode(), conflict.toString());
        assertTrue(conflict.out().contains("merged with 1 conflict recorded in the case"), conflict.toString());
        assertTrue(git(bob, "status", "--porcelain").out().contains("UU " + CASE), "git reports the file as conflicted");
        CaseFile withConflict = Edits.read(bob.resolve(CASE));
        assertEquals(1, withConflict.getConflicts().size(), "the file opens, with its conflict");
        assertEquals("Half true", withConflict.getClaims().get(1).getVerdict().getLabel(), "ours is kept");
        Result validate = Factcheck.run("validate", bob.resolve(CASE).toString());
        assertEquals(1, validate.exitCode(), validate.toString());
        assertTrue(validate.out().contains("unresolved merge conflict: The verdict of claim “Bob's wording.”"),
                validate.toString());
        // The case with its open conflict can be committed, for someone else to resolve.
        git(bob, "add", CASE);
        assertEquals(0, git(bob, "commit", "-q", "--no-edit").exitCode());
    }

    @Test
    void rebaseAndCherryPickUseTheDriverAndDiffSpeaksInWords() throws Exception {
        Edits.edit(alice.resolve(CASE), Edits.statement(2, "Alice, on main."));
        commit(alice, "Alice on main");
        git(bob, "checkout", "-q", "-b", "topic");
        Edits.edit(bob.resolve(CASE), Edits.statement(3, "Bob, on a topic."));
        commit(bob, "Bob on topic");
        Edits.edit(bob.resolve(CASE), Edits.statement(4, "Bob, picked."));
        Result diff = git(bob, "diff");
        assertTrue(diff.out().contains("-    statement: “") && diff.out().contains("+    statement: “Bob, picked.”"),
                diff.toString());
        commit(bob, "Bob, to be picked");
        git(bob, "fetch", "-q", alice.toString(), "main:alice");
        Result rebase = git(bob, "rebase", "-q", "alice");
        assertEquals(0, rebase.exitCode(), rebase.toString());
        CaseFile rebased = Edits.read(bob.resolve(CASE));
        assertEquals("Alice, on main.", rebased.getClaims().get(2).getStatement());
        assertEquals("Bob, on a topic.", rebased.getClaims().get(3).getStatement());
        assertEquals("Bob, picked.", rebased.getClaims().get(4).getStatement());

        String picked = git(bob, "rev-parse", "HEAD").out().strip();
        git(alice, "fetch", "-q", bob.toString(), picked);
        Edits.edit(alice.resolve(CASE), Edits.statement(5, "Alice, meanwhile."));
        commit(alice, "Alice meanwhile");
        Result pick = git(alice, "cherry-pick", picked);
        assertEquals(0, pick.exitCode(), pick.toString());
        CaseFile result = Edits.read(alice.resolve(CASE));
        assertEquals("Bob, picked.", result.getClaims().get(4).getStatement());
        assertEquals("Alice, meanwhile.", result.getClaims().get(5).getStatement());
        assertEquals("Alice, on main.", result.getClaims().get(2).getStatement());
        assertTrue(!result.getClaims().get(3).getStatement().equals("Bob, on a topic."), "only the picked commit");
    }

    private void commit(Path clone, String message) throws Exception {
        git(clone, "add", CASE);
        Result r = git(clone, "commit", "-q", "-m", message);
        assertEquals(0, r.exitCode(), r.toString());
    }

    private static boolean gitInstalled() {
        try {
            return new ProcessBuilder("git", "--version").start().waitFor() == 0;
        } catch (Exception e) {
            return false;
        }
    }

    /** Runs git in a folder with a fixed identity, isolated from the user's own configuration. */
    private Result git(Path dir, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(temp, "git", ".out");
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(out.toFile());
        pb.environment().put("HOME", temp.toString());
        pb.environment().put("GIT_CONFIG_NOSYSTEM", "1");
        pb.environment().put("GIT_AUTHOR_NAME", "Fact Checker");
        pb.environment().put("GIT_AUTHOR_EMAIL", "checker@example.org");
        pb.environment().put("GIT_COMMITTER_NAME", "Fact Checker");
        pb.environment().put("GIT_COMMITTER_EMAIL", "checker@example.org");
        pb.environment().put("GIT_EDITOR", "true");
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        pb.environment().remove("DISPLAY");
        Process p = pb.start();
        if (!p.waitFor(3, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("git " + String.join(" ", args) + " did not end within 3 minutes");
        }
        return new Result(p.exitValue(), Files.readString(out), "");
    }
}
