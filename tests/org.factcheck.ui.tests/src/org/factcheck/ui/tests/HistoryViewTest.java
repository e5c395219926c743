package org.factcheck.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.factcheck.core.CaseStore;
import org.factcheck.model.CaseFile;
import org.factcheck.model.Claim;
import org.factcheck.model.Rating;
import org.factcheck.testing.DemoCase;
import org.factcheck.ui.internal.editor.CaseEditor;
import org.factcheck.ui.internal.handlers.CaseOpener;
import org.factcheck.ui.internal.history.CaseHistory;
import org.factcheck.ui.internal.history.HistoryView;
import org.factcheck.ui.internal.sync.GitSetupOffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The History view on a real git repository made with JGit: of the case and of the selected claim, restoring a claim
 * and undoing it; and the offer to set up the merge driver.
 */
class HistoryViewTest {

    @TempDir
    Path temp;

    @AfterEach
    void close() {
        Workbench.page().closeAllEditors(false);
        GitSetupOffer.setAsker(null);
        GitSetupOffer.forgetAnswers();
    }

    private static void change(Path file, Consumer<CaseFile> edit) throws Exception {
        Resource resource = CaseStore.load(new ResourceSetImpl(), file);
        edit.accept((CaseFile) resource.getContents().get(0));
        CaseStore.save(resource, file);
    }

    private static void commit(Git git, String message, String author, int day) throws Exception {
        git.add().addFilepattern(".").call();
        PersonIdent who = new PersonIdent(author, author.toLowerCase() + "@newsroom.example",
                Date.from(Instant.parse("2026-11-0" + day + "T10:00:00Z")), TimeZone.getTimeZone("UTC"));
        git.commit().setMessage(message).setAuthor(who).setCommitter(who).setSign(false).call();
    }

    /** Waits until the view has shown what it was reading (it reads git in the background). */
    private static void read(HistoryView view) {
        Workbench.waitUntil("the History view has shown what it read", () -> !view.reading());
    }

    @Test
    void theHistoryViewListsTheCommitsThatChangedTheCaseWithTheirChangesInWords() throws Exception {
        Path file;
        Rating other;
        try (Git git = Git.init().setDirectory(temp.toFile()).setInitialBranch("main").call()) {
            file = DemoCase.copyTo(temp);
            Files.writeString(temp.resolve("README.txt"), "not a case\n");
            commit(git, "Add the Kremlin borders case", "Anna", 1);
            Resource probe = CaseStore.load(new ResourceSetImpl(), file);
            CaseFile demo = (CaseFile) probe.getContents().get(0);
            other = demo.getRatingScale().getRatings().stream().filter(r -> r != demo.getClaims().get(0).getVerdict()).findFirst()
                    .orElseThrow();
            String otherId = other.getId();
            change(file, c -> c.getClaims().get(0).setVerdict(c.getRatingScale().getRatings().stream()
                    .filter(r -> r.getId().equals(otherId)).findFirst().orElseThrow()));
            commit(git, "Re-rate the first claim", "Boris", 2);
            Files.writeString(temp.resolve("README.txt"), "a commit that does not touch the case\n");
            commit(git, "Unrelated", "Boris", 3);
            change(file, c -> c.getClaims().get(1).setStatement("A corrected quote"));
            commit(git, "Correct a quote", "Anna", 4);
        }
        CaseEditor explorer = CaseOpener.open(Workbench.window(), file, message -> {
            throw new AssertionError(message);
        });
        assertNotNull(explorer);
        HistoryView view = (HistoryView) Workbench.page().showView(HistoryView.ID);
        Workbench.page().activate(explorer);
        Workbench.processEvents();
        view.setSession(explorer.session());
        view.refresh();
        read(view);
        List<CaseHistory.Entry> entries = view.entries();
        assertEquals(List.of("Correct a quote", "Re-rate the first claim", "Add the Kremlin borders case"),
                entries.stream().map(CaseHistory.Entry::message).toList(), "the commits that touched the case");
        assertEquals(List.of("Anna", "Boris", "Anna"), entries.stream().map(CaseHistory.Entry::author).toList());

        view.select(entries.get(1));
        read(view);
        List<String> changes = view.shownChanges();
        assertEquals(1, changes.size(), String.valueOf(changes));
        assertTrue(changes.get(0).toLowerCase(java.util.Locale.ROOT).contains("verdict") && changes.get(0).contains(other.getLabel()), changes.get(0));

        view.select(entries.get(0));
        read(view);
        assertTrue(view.shownChanges().get(0).contains("A corrected quote"), String.valueOf(view.shownChanges()));

        view.select(entries.get(2));
        read(view);
        view.compareWithWorkingCopy();
        read(view);
        assertEquals(2, view.shownChanges().size(), "the first version differs from the open case by two changes: "
                + view.shownChanges());
    }

    @Test
    void theHistoryViewOfASelectedClaimShowsOnlyItsCommitsAndRestoresItsEarlierStateUndoably() throws Exception {
        Path file;
        String originalStatement;
        String originalVerdict;
        try (Git git = Git.init().setDirectory(temp.toFile()).setInitialBranch("main").call()) {
            file = DemoCase.copyTo(temp);
            commit(git, "Add the Kremlin borders case", "Anna", 1);
            CaseFile first = (CaseFile) CaseStore.load(new ResourceSetImpl(), file).getContents().get(0);
            originalStatement = first.getClaims().get(0).getStatement();
            originalVerdict = first.getClaims().get(0).getVerdict().getId();
            change(file, c -> c.getClaims().get(0).setVerdict(c.getRatingScale().getRatings().stream()
                    .filter(r -> !r.getId().equals(originalVerdict)).findFirst().orElseThrow()));
            commit(git, "Re-rate the first claim", "Boris", 2);
            change(file, c -> c.getClaims().get(1).setStatement("The second claim, reworded"));
            commit(git, "Reword the second claim", "Anna", 3);
            change(file, c -> c.getClaims().get(0).setStatement("The first claim, reworded"));
            commit(git, "Reword the first claim", "Boris", 4);
        }
        CaseEditor explorer = CaseOpener.open(Workbench.window(), file, message -> {
            throw new AssertionError(message);
        });
        HistoryView view = (HistoryView) Workbench.page().showView(HistoryView.ID);
        Workbench.page().activate(explorer);
        Workbench.processEvents();
        view.setSession(explorer.session());
        read(view);
        assertEquals(3 + 1, view.entries().size(), "the whole case: every commit that touched the file");

        Claim claim = explorer.session().caseFile().getClaims().get(0);
        Claim second = explorer.session().caseFile().getClaims().get(1);
        explorer.viewer().setSelection(new StructuredSelection(claim), true); // as a click in the explorer
        Workbench.processEvents();
        assertSame(claim, view.focusObject(), "the view follows the claim selected in the explorer");
        read(view);
        List<CaseHistory.Entry> entries = view.entries();
        assertEquals(List.of("Reword the first claim", "Re-rate the first claim", "Add the Kremlin borders case"),
                entries.stream().map(CaseHistory.Entry::message).toList(), "only the commits that changed the claim");
        assertEquals(List.of("Boris", "Boris", "Anna"), entries.stream().map(CaseHistory.Entry::author).toList());
        assertTrue(Workbench.labels(Workbench.window().getShell()).contains("History of the claim"));

        org.eclipse.ui.views.properties.PropertySheet properties = (org.eclipse.ui.views.properties.PropertySheet) Workbench
                .page().showView(org.eclipse.ui.IPageLayout.ID_PROP_SHEET);
        Workbench.page().activate(view);
        view.select(entries.get(1));
        read(view);
        Workbench.processEvents();
        org.eclipse.swt.widgets.Tree tree = (org.eclipse.swt.widgets.Tree) properties.getCurrentPage().getControl();
        assertTrue(java.util.Arrays.stream(tree.getItems()).anyMatch(i -> i.getText(0).equals("Statement")
                && i.getText(1).strip().equals(claim.getStatement().strip())),
                "while the History view is active Properties shows the claim whose history it is");
        assertEquals(1, view.shownChanges().size(), String.valueOf(view.shownChanges()));
        assertTrue(view.shownChanges().get(0).toLowerCase(java.util.Locale.ROOT).contains("verdict"),
                view.shownChanges().get(0));
        view.select(entries.get(2));
        read(view);
        view.compareWithWorkingCopy();
        read(view);
        assertEquals(2, view.shownChanges().size(), "the verdict and the statement, not the other claim's wording: "
                + view.shownChanges());
        assertFalse(view.shownChanges().stream().anyMatch(c -> c.contains("second claim")), String.valueOf(view.shownChanges()));

        Workbench.press(Workbench.window().getShell(), "Restore Claim");
        read(view);
        assertEquals(originalStatement, claim.getStatement(), "the statement as it was in the first commit");
        assertEquals(originalVerdict, claim.getVerdict().getId(), "and the verdict");
        assertEquals("The second claim, reworded", second.getStatement(), "the other claim is not touched");
        assertTrue(explorer.session().isDirty());
        assertTrue(explorer.session().commandStack().canUndo());
        assertEquals("Restore Claim", explorer.session().commandStack().getUndoCommand().getLabel());

        assertSame(view, Workbench.page().getActivePart(), "the History view is where Restore was pressed");
        Workbench.processEvents();
        Workbench.window().getService(org.eclipse.ui.handlers.IHandlerService.class)
                .executeCommand(org.eclipse.ui.IWorkbenchCommandConstants.EDIT_UNDO, null); // Ctrl+Z, there
        assertEquals("The first claim, reworded", claim.getStatement(), "Edit › Undo takes the restore back");
        assertFalse(claim.getVerdict().getId().equals(originalVerdict));

        Workbench.press(Workbench.window().getShell(), "Whole Case");
        assertNull(view.focusObject());
        read(view);
        assertEquals(4, view.entries().size());
    }

    @Test
    void theHistoryViewReadsGitInTheBackgroundShowsOnlyTheNewestClaimAndReadsNothingWhileHidden() throws Exception {
        Path file;
        try (Git git = Git.init().setDirectory(temp.toFile()).setInitialBranch("main").call()) {
            file = DemoCase.copyTo(temp);
            commit(git, "Add the case", "Anna", 1);
            for (int day = 2; day <= 9; day++) { // claims 0, 1 and 2 reworded in turn
                int k = day;
                change(file, c -> c.getClaims().get(k % 3).setStatement("Claim " + (k % 3) + ", wording " + k));
                commit(git, "Reword claim " + (k % 3) + " (" + k + ")", day % 2 == 0 ? "Boris" : "Anna", day);
            }
        }
        CaseEditor explorer = CaseOpener.open(Workbench.window(), file, message -> {
            throw new AssertionError(message);
        });
        HistoryView view = (HistoryView) Workbench.page().showView(HistoryView.ID);
        view.setSession(explorer.session());
        read(view);
        assertEquals(9, view.entries().size());
        List<Claim> claims = explorer.session().caseFile().getClaims();

        view.setFocusObject(claims.get(0));
        assertTrue(view.reading(), "the claim's commits are found in the background, not before the call returns");
        assertTrue(Workbench.labels(Workbench.window().getShell()).contains("Reading the git history of the claim"),
                Workbench.labels(Workbench.window().getShell()));
        view.setFocusObject(claims.get(1));
        view.setFocusObject(claims.get(2));
        read(view);
        assertEquals(List.of("Reword claim 2 (8)", "Reword claim 2 (5)", "Reword claim 2 (2)", "Add the case"),
                view.entries().stream().map(CaseHistory.Entry::message).toList(),
                "the last claim chosen, whatever the reads for the two before it found");
        Workbench.processEvents();
        assertEquals(4, view.entries().size(), "no earlier read is shown after the newest");

        Workbench.page().showView(org.factcheck.ui.internal.claims.ClaimsView.ID); // its tab hides the History view
        assertFalse(Workbench.page().isPartVisible(view), "the History view shares the Claims view's stack");
        view.setFocusObject(claims.get(0));
        assertFalse(view.reading(), "a hidden History view reads nothing");
        Workbench.page().showView(HistoryView.ID);
        Workbench.processEvents();
        read(view);
        assertEquals(List.of("Reword claim 0 (9)", "Reword claim 0 (6)", "Reword claim 0 (3)", "Add the case"),
                view.entries().stream().map(CaseHistory.Entry::message).toList(), "shown again, it reads what it missed");
    }

    @Test
    void aCaseOutsideAnyRepositoryHasNoHistoryAndTheViewSaysSo() throws Exception {
        Path file = DemoCase.copyTo(temp);
        CaseEditor explorer = CaseOpener.open(Workbench.window(), file, message -> {
            throw new AssertionError(message);
        });
        HistoryView view = (HistoryView) Workbench.page().showView(HistoryView.ID);
        view.setSession(explorer.session());
        view.refresh();
        read(view);
        assertTrue(view.entries().isEmpty());
        assertTrue(Workbench.labels(Workbench.window().getShell()).contains("is not in a git repository"),
                "the view says why it lists nothing");
        assertTrue(CaseHistory.of(file).isEmpty());
    }

    @Test
    void openingACaseInACloneWithoutTheMergeDriverOffersTheSetupOncePerClone() throws Exception {
        try (Git git = Git.init().setDirectory(temp.toFile()).call()) {
            // a fresh repository: neither .gitattributes nor the driver in its configuration
        }
        Path file = DemoCase.copyTo(temp);
        int[] asked = new int[1];
        GitSetupOffer.setAsker((shell, top, configMissing, attributesMissing) -> {
            asked[0]++;
            assertTrue(configMissing && attributesMissing);
            assertEquals(temp.getFileName(), top.getFileName());
            return false;
        });
        assertEquals(GitSetupOffer.Outcome.DECLINED, GitSetupOffer.offer(Workbench.window().getShell(), file));
        assertEquals(GitSetupOffer.Outcome.NOTHING, GitSetupOffer.offer(Workbench.window().getShell(), file),
                "the answer is remembered for the clone");
        assertEquals(1, asked[0]);
    }

    @Test
    void openingACaseInAFreshCloneAsksGitInTheBackgroundAndOffersTheSetupAfter() throws Exception {
        try (Git git = Git.init().setDirectory(temp.toFile()).call()) {
            // a fresh repository: neither .gitattributes nor the driver in its configuration
        }
        Path file = DemoCase.copyTo(temp);
        List<String> asked = new java.util.concurrent.CopyOnWriteArrayList<>();
        GitSetupOffer.setAsker((shell, top, configMissing, attributesMissing) -> {
            asked.add(Thread.currentThread().getName() + " " + top.getFileName() + " " + configMissing + " "
                    + attributesMissing);
            return false;
        });
        CaseEditor opened = CaseOpener.open(Workbench.window(), file, message -> {
            throw new AssertionError(message);
        });
        assertNotNull(opened);
        assertTrue(asked.isEmpty(), "the editor is open before git has been asked: " + asked);
        Workbench.waitUntil("the setup is offered", () -> !asked.isEmpty());
        assertEquals(List.of(Thread.currentThread().getName() + " " + temp.getFileName() + " true true"),
                asked, "asked once, on the UI thread, about this clone");
        Workbench.page().closeEditor(opened, false);
    }
}
