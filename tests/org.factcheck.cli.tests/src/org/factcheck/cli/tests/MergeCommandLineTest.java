package org.factcheck.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.factcheck.cli.tests.Factcheck.Result;
import org.factcheck.model.CaseFile;
import org.factcheck.model.ConflictKind;
import org.factcheck.testing.DemoCase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code factcheck diff} and {@code factcheck merge} as processes on copies of the demo case. */
class MergeCommandLineTest {

    @TempDir
    Path temp;

    @Test
    void diffSaysInWordsWhatChangedAlsoAsJson() throws Exception {
        Path old = DemoCase.copyTo(temp.resolve("old"));
        Path now = DemoCase.copyTo(temp.resolve("new"));
        String statement = Edits.claim(old, 0).getStatement();
        String before = Edits.claim(old, 0).getVerdict() == null ? "none" : Edits.claim(old, 0).getVerdict().getLabel();
        Edits.edit(now, Edits.verdict(0, "False"));
        List<Result> r = Factcheck.runAll(List.of("diff", old.toString(), now.toString()),
                List.of("diff", old.toString(), now.toString(), "--format", "json"),
                List.of("diff", old.toString(), old.toString()), List.of("diff", old.toString()));
        Result text = r.get(0);
        assertEquals(0, text.exitCode(), text.toString());
        assertEquals("Verdict of claim “" + org.factcheck.core.text.Abbreviations.shorten(statement, 60)
                + "” changed from " + before + " to False.\n", text.out(), text.toString());
        Result json = r.get(1);
        assertEquals(0, json.exitCode(), json.toString());
        assertTrue(json.out().contains("\"kind\" : \"CHANGED\"") && json.out().contains("\"feature\" : \"verdict\"")
                && json.out().contains("\"new\" : \"False\""), json.toString());
        assertEquals("No changes.\n", r.get(2).out(), r.get(2).toString());
        assertEquals(2, r.get(3).exitCode(), r.get(3).toString());
    }

    @Test
    void mergeExitsZeroWhenCleanAndOneWithConflictsRecordedThatValidateReports() throws Exception {
        Path base = DemoCase.copyTo(temp.resolve("base"));
        Path ours = DemoCase.copyTo(temp.resolve("ours"));
        Path theirs = DemoCase.copyTo(temp.resolve("theirs"));
        Edits.edit(ours, Edits.statement(0, "Edited by us, first.").andThen(Edits.statement(1, "Edited by us.")));
        Edits.edit(theirs, Edits.statement(2, "Edited by them."));
        Path clean = temp.resolve("clean.factcase");
        Result merged = Factcheck.run("merge", base.toString(), ours.toString(), theirs.toString(), "-o",
                clean.toString());
        assertEquals(0, merged.exitCode(), merged.toString());
        assertTrue(merged.out().endsWith(clean + ": merged without conflicts.\n"), merged.toString());
        CaseFile c = Edits.read(clean);
        assertEquals("Edited by us, first.", c.getClaims().get(0).getStatement());
        assertEquals("Edited by us.", c.getClaims().get(1).getStatement());
        assertEquals("Edited by them.", c.getClaims().get(2).getStatement());

        Edits.edit(ours, Edits.verdict(0, "False"));
        Edits.edit(theirs, Edits.verdict(0, "Mostly true"));
        Path conflicted = temp.resolve("conflicted.factcase");
        Result withConflict = Factcheck.run("merge", base.toString(), ours.toString(), theirs.toString(), "-o",
                conflicted.toString());
        assertEquals(1, withConflict.exitCode(), withConflict.toString());
        assertTrue(withConflict.out().contains(": conflict: The verdict of claim “"), withConflict.toString());
        CaseFile k = Edits.read(conflicted);
        assertEquals(1, k.getConflicts().size());
        assertEquals(ConflictKind.CHANGED_ON_BOTH_SIDES, k.getConflicts().get(0).getKind());
        assertEquals("False", k.getClaims().get(0).getVerdict().getLabel(), "the case holds ours");
        List<Result> v = Factcheck.runAll(List.of("validate", clean.toString()), List.of("validate", conflicted.toString()),
                List.of("validate", ours.toString()));
        assertEquals(0, v.get(0).exitCode(), v.get(0).toString());
        assertEquals(1, v.get(1).exitCode(), v.get(1).toString());
        assertTrue(v.get(1).out().contains(conflicted + ": error: claim “Edited by us, first.”: unresolved merge "
                + "conflict: The verdict of claim “Edited by us, first.” was changed on both sides: ours False, theirs "
                + "Mostly true (it was Unverifiable)."), v.get(1).toString());
        assertEquals(errors(v.get(2)) + 1, errors(v.get(1)), "one more error than ours: the conflict\n" + v);

        String id = k.getConflicts().get(0).getId().substring(0, 8);
        Result list = Factcheck.run("resolve", conflicted.toString());
        assertEquals(0, list.exitCode(), list.toString());
        assertTrue(list.out().startsWith(id + "  The verdict of claim “Edited by us, first.”"), list.toString());
        assertTrue(list.out().endsWith(conflicted + ": 1 open conflict.\n"), list.toString());
        List<Result> bad = Factcheck.runAll(List.of("resolve", conflicted.toString(), "--take", "theirs"),
                List.of("resolve", conflicted.toString(), "--take", "theirs", "--conflict", "nonesuch"));
        assertEquals(2, bad.get(0).exitCode(), bad.get(0).toString());
        assertEquals(3, bad.get(1).exitCode(), bad.get(1).toString());
        String before = Files.readString(conflicted);
        Result both = Factcheck.run("resolve", conflicted.toString(), "--take", "both", "--conflict", id);
        assertEquals(3, both.exitCode(), both.toString());
        assertTrue(both.err().contains("A claim has one verdict"), both.toString());
        assertEquals(before, Files.readString(conflicted), "two verdicts cannot both be kept: nothing changed");
        Result resolved = Factcheck.run("resolve", conflicted.toString(), "--take", "theirs", "--conflict", id);
        assertEquals(0, resolved.exitCode(), resolved.toString());
        CaseFile after = Edits.read(conflicted);
        assertTrue(after.getConflicts().isEmpty());
        assertEquals("Mostly true", after.getClaims().get(0).getVerdict().getLabel());
    }

    /** The number of errors in validate's summary line. */
    private static int errors(Result validate) {
        String[] lines = validate.out().split("\n");
        String summary = lines[lines.length - 1];
        return Integer.parseInt(summary.replaceFirst("^.*: (\\d+) errors?, .*$", "$1"));
    }

    @Test
    void badInputChangesNothingAndAnEmptyBaseMeansNoCommonAncestor() throws Exception {
        Path ours = DemoCase.copyTo(temp.resolve("ours"));
        Path theirs = DemoCase.copyTo(temp.resolve("theirs"));
        Path notACase = Files.writeString(temp.resolve("notes.factcase"), "<<<<<<< HEAD\nnot a case\n");
        Path out = temp.resolve("out.factcase");
        Path empty = Files.createFile(temp.resolve("empty"));
        List<Result> r = Factcheck.runAll(
                List.of("merge", ours.toString(), ours.toString(), notACase.toString(), "-o", out.toString()),
                List.of("merge", ours.toString(), theirs.toString()),
                List.of("merge", empty.toString(), ours.toString(), theirs.toString(), "-o", out.toString() + "2"),
                List.of("validate", notACase.toString()));
        assertEquals(3, r.get(0).exitCode(), r.get(0).toString());
        assertTrue(r.get(0).err().contains(notACase.toString()), r.get(0).toString());
        assertFalse(Files.exists(out), "nothing written");
        assertEquals(2, r.get(1).exitCode(), r.get(1).toString());
        assertEquals(0, r.get(2).exitCode(), r.get(2).toString());
        assertEquals(Edits.read(ours).getClaims().size(), Edits.read(Path.of(out + "2")).getClaims().size());
        assertEquals(3, r.get(3).exitCode(), r.get(3).toString());
        assertTrue(r.get(3).err().contains("git merged it as text"), r.get(3).toString());
    }
}
