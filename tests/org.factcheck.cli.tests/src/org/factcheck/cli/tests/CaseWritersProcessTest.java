package org.factcheck.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.factcheck.cli.tests.Factcheck.Result;
import org.factcheck.core.CaseFiles;
import org.factcheck.core.CaseStore;
import org.factcheck.model.CaseFile;
import org.factcheck.model.Document;
import org.factcheck.testing.DemoCase;
import org.factcheck.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several {@code factcheck import} processes writing one case, and processes killed while they save it: no change
 * of a command that succeeded is ever lost, a refused one says so, and the case and its backup are always complete.
 */
class CaseWritersProcessTest {

    /** Rounds of concurrent writers in the normal build (half with two, half with three writers). */
    private static final int WRITER_ROUNDS = Integer.getInteger("factcheck.writerRounds", 20);
    /** Processes killed during saves in the normal build; more with -Dfactcheck.killTries=N. */
    private static final int KILL_TRIES = Integer.getInteger("factcheck.killTries", 50);

    @TempDir
    Path temp;

    @Test
    void concurrentWritersNeverLoseOrCorruptEachOthersWork() throws Exception {
        Path articles = Files.createDirectory(temp.resolve("articles"));
        for (int round = 0; round < WRITER_ROUNDS; round++) {
            int writers = round % 2 == 0 ? 2 : 3;
            Path demo = DemoCase.copyTo(temp.resolve("round" + round));
            List<List<String>> invocations = new ArrayList<>();
            List<String> titles = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                String title = "Round " + round + " writer " + w;
                titles.add(title);
                Path article = Fixtures.write(articles, "r" + round + "w" + w + ".txt",
                        title + "\n\n" + ("Statement " + w + " of round " + round + " about the borders. ").repeat(40) + "\n");
                invocations.add(List.of("import", article.toString(), "--into", demo.toString()));
            }
            List<Result> results = Factcheck.runAll(Map.of(), invocations);
            Set<String> saved = titles(demo);
            for (int w = 0; w < writers; w++) {
                Result r = results.get(w);
                if (r.exitCode() == 0) {
                    assertTrue(saved.contains(titles.get(w)), "round " + round + ": a successful import was lost\n" + r
                            + "\nthe case has " + saved);
                } else {
                    assertEquals(7, r.exitCode(), r.toString());
                    assertTrue(r.err().contains("is being written by factcheck import (pid "), r.toString());
                    assertTrue(!saved.contains(titles.get(w)), "a refused import changed the case");
                }
            }
            assertEquals(List.of(), temporaries(demo.getParent()), "round " + round);
        }
    }

    @Test
    void aProcessKilledWhileSavingLeavesTheOldOrTheNewCaseAndACompleteBackup() throws Exception {
        Path dir = Files.createDirectory(temp.resolve("big"));
        Path big = dir.resolve("big.factcase");
        writeLargeCase(big, 48, 60_000, "Dmitry Peskov said on Monday that the borders would be clarified. "); // 3 MB
        Path articles = Files.createDirectory(temp.resolve("new"));
        Random random = new Random(20261201);
        int documents = titles(big).size();
        int landed = 0;
        int killedWhileSaving = 0;
        for (int attempt = 0; attempt < KILL_TRIES; attempt++) {
            Path article = Fixtures.write(articles, "kill" + attempt + ".txt", "Killed import " + attempt + "\n\n"
                    + ("Peskov said the borders would be clarified, attempt " + attempt + ". ").repeat(30) + "\n");
            Factcheck.Started started = Factcheck.start(Map.of(),
                    List.of("import", article.toString(), "--into", big.toString()));
            // Kill while it saves: once its temporary file appears, within the next 0.4 s (a save of this case takes
            // 0.1 to 0.5 s here). A process that has finished by then has saved.
            boolean saving = waitForTemporaryFile(dir, started.process());
            Thread.sleep(random.nextInt(400));
            started.kill();
            killedWhileSaving += saving ? 1 : 0;

            Path bak = dir.resolve("big.factcase.bak");
            if (Files.exists(bak)) {
                int before = titles(bak).size(); // parses completely: a backup is never half-written
                assertTrue(before == documents || before == documents - 1, "backup has " + before + " documents");
            }
            Set<String> now = titles(big); // the next open; it also removes a killed save's temporary files
            boolean added = now.contains("Killed import " + attempt);
            assertEquals(documents + (added ? 1 : 0), now.size(), "the case is the old or the new version");
            documents = now.size();
            landed += added ? 1 : 0;
            assertEquals(List.of(), temporaries(dir), "attempt " + attempt + ": temporary files after the next open");
        }
        System.out.printf("%d of %d imports were killed after their save had begun; %d of all had saved before the"
                + " kill%n", killedWhileSaving, KILL_TRIES, landed);
        assertTrue(killedWhileSaving >= KILL_TRIES / 2, "most kills must hit a save: " + killedWhileSaving);
    }

    /** Waits until a save's temporary file appears in {@code dir} (true) or the process ends first (false). */
    private static boolean waitForTemporaryFile(Path dir, Process process) throws Exception {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (!temporaries(dir).isEmpty()) {
                return true;
            }
            if (!process.isAlive()) {
                return false;
            }
            Thread.sleep(2);
        }
        return false;
    }

    /** Writes a case with {@code documents} articles of about {@code chars} characters each, {@code sentence} repeated. */
    static void writeLargeCase(Path file, int documents, int chars, String sentence) throws Exception {
        CaseFile root = CaseFiles.newCase("A large case");
        StringBuilder paragraph = new StringBuilder();
        while (paragraph.length() < chars) {
            paragraph.append(sentence);
        }
        for (int i = 0; i < documents; i++) {
            Document d = org.factcheck.model.CaseFactory.eINSTANCE.createDocument();
            d.setTitle("Article " + i);
            d.setText("Article " + i + "\n\n" + paragraph + "\n");
            d.setTextSha256(org.factcheck.core.text.Hashes.sha256Hex(d.getText()));
            root.getDocuments().add(d);
        }
        CaseStore.save(CaseStore.create(Fixtures.resourceSet(), file, root), file);
    }

    static Set<String> titles(Path caseFile) throws Exception {
        CaseFile root = (CaseFile) CaseStore.load(Fixtures.resourceSet(), caseFile).getContents().get(0);
        return root.getDocuments().stream().map(Document::getTitle).collect(Collectors.toCollection(TreeSet::new));
    }

    static List<String> temporaries(Path folder) throws Exception {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".") && n.endsWith(".tmp"))
                    .sorted().toList();
        }
    }
}
