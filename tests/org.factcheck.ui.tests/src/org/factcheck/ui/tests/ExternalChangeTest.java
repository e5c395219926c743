package org.factcheck.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.swt.widgets.Widget;
import org.eclipse.ui.IEditorReference;
import org.factcheck.core.CaseStore;
import org.factcheck.model.CaseFile;
import org.factcheck.model.CasePackage;
import org.factcheck.model.Claim;
import org.factcheck.model.ConflictKind;
import org.factcheck.model.ConflictSide;
import org.factcheck.model.MergeConflict;
import org.factcheck.model.notation.Diagram;
import org.factcheck.testing.DemoCase;
import org.factcheck.ui.cases.CaseSession;
import org.factcheck.ui.internal.claims.ClaimEditor;
import org.factcheck.ui.internal.claims.ClaimsView;
import org.factcheck.ui.internal.editor.CaseEditor;
import org.factcheck.ui.internal.handlers.CaseOpener;
import org.factcheck.ui.internal.sync.ConflictsView;
import org.factcheck.ui.internal.sync.DiskChoices;
import org.factcheck.ui.internal.sync.ExternalChanges;
import org.factcheck.ui.internal.sync.SaveGuard;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The open case's file changed by another program (a git pull): reloaded when nothing is unsaved, merged as one
 * undoable command when edits are, conflicts listed and resolved in the Conflicts view, and Save never overwriting
 * the newer file unseen.
 */
class ExternalChangeTest {

    @TempDir
    Path temp;

    private CaseEditor explorer;
    private CaseSession session;
    private Path file;
    private final Answers answers = new Answers();

    /** The user's answers, counted. */
    static final class Answers implements DiskChoices {
        Choice whileEdited = Choice.KEEP_MINE;
        Choice onSave = Choice.CANCEL;
        int askedWhileEdited;
        int askedOnSave;

        @Override
        public Choice changedWhileEdited(CaseSession s) {
            askedWhileEdited++;
            return whileEdited;
        }

        @Override
        public Choice saveOverChanged(CaseSession s) {
            askedOnSave++;
            return onSave;
        }
    }

    @BeforeEach
    void open() throws Exception {
        ExternalChanges.setChoices(answers);
        file = DemoCase.copyTo(temp);
        explorer = CaseOpener.open(Workbench.window(), file, message -> {
            throw new AssertionError(message);
        });
        session = explorer.session();
        Workbench.processEvents();
    }

    @AfterEach
    void close() {
        Workbench.page().closeAllEditors(false);
        Workbench.processEvents();
        ExternalChanges.setChoices(null);
    }

    /** Changes the case file as another program would: a new file renamed over it. */
    private void changeOnDisk(Consumer<CaseFile> edit) throws Exception {
        Resource other = CaseStore.load(new ResourceSetImpl(), file);
        edit.accept((CaseFile) other.getContents().get(0));
        Path written = temp.resolve("written-elsewhere.factcase");
        CaseStore.save(other, written);
        Files.move(written, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Deletes a claim with its relations and diagram boxes, as another tool would. */
    private static void deleteClaim(CaseFile caseFile, int index) {
        Claim claim = caseFile.getClaims().get(index);
        caseFile.getRelations().removeIf(r -> r.getSource() == claim || r.getTarget() == claim);
        for (EObject root : caseFile.eResource().getContents()) {
            if (root instanceof Diagram diagram) {
                diagram.getNodes().removeIf(n -> n.getElement() == claim);
            }
        }
        EcoreUtil.delete(claim, true);
    }

    private void edit(EObject object, org.eclipse.emf.ecore.EStructuralFeature feature, Object value) {
        session.commandStack().execute(SetCommand.create(session.domain(), object, feature, value));
    }

    private static boolean tableShows(ClaimsView view, String text) {
        for (TableItem item : view.table().getTable().getItems()) {
            for (int i = 0; i < view.table().getTable().getColumnCount(); i++) {
                if (item.getText(i).contains(text)) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void aFileChangedOnDiskWithNothingUnsavedIsReloadedInPlaceAndTheViewsShowIt() throws Exception {
        Claim first = session.caseFile().getClaims().get(0);
        int last = session.caseFile().getClaims().size() - 1;
        Claim gone = session.caseFile().getClaims().get(last);
        String goneId = gone.getId();
        ClaimEditor firstEditor = ClaimEditor.open(Workbench.page(), session, first);
        ClaimEditor goneEditor = ClaimEditor.open(Workbench.page(), session, gone);
        ClaimsView claims = (ClaimsView) Workbench.page().showView(ClaimsView.ID);
        Workbench.processEvents();
        assertFalse(tableShows(claims, "Said again, differently"));

        boolean[] dirtyWhenLastTold = { true };
        explorer.addPropertyListener((source, property) -> {
            if (property == org.eclipse.ui.IEditorPart.PROP_DIRTY) {
                dirtyWhenLastTold[0] = explorer.isDirty();
            }
        });
        changeOnDisk(c -> {
            c.getClaims().get(0).setStatement("Said again, differently");
            deleteClaim(c, last);
        });
        // nobody calls anything: the file watcher notices
        Workbench.waitUntil("the workbench takes the new file",
                () -> "Said again, differently".equals(first.getStatement()));

        assertSame(first, session.caseFile().getClaims().get(0), "the same claim object, updated in place");
        assertNull(session.resource().getEObject(goneId), "the claim the new file lacks is gone");
        assertFalse(session.isDirty(), "the case is as on disk");
        assertFalse(dirtyWhenLastTold[0], "and the explorer was told so: no unsaved mark (*) stays on its tab");
        assertFalse(session.changedOnDisk());
        Workbench.processEvents();
        assertTrue(tableShows(claims, "Said again, differently"), "the Claims view shows the new statement");
        List<IEditorReference> editors = List.of(Workbench.page().getEditorReferences());
        assertTrue(editors.stream().anyMatch(r -> r.getPart(false) == firstEditor), "its editor stays open");
        assertFalse(editors.stream().anyMatch(r -> r.getPart(false) == goneEditor), "the gone claim's editor closed");
        assertTrue(ExternalChanges.lastMessage().startsWith("Reloaded " + file.getFileName()),
                ExternalChanges.lastMessage());
        assertTrue(ExternalChanges.lastMessage().contains("Closed the editors"), ExternalChanges.lastMessage());
        assertEquals(0, answers.askedWhileEdited, "nothing unsaved: nobody is asked");
    }

    @Test
    void unsavedEditsAreMergedOntoTheNewFileAsOneCommandThatUndoTakesBack() throws Exception {
        answers.whileEdited = DiskChoices.Choice.MERGE;
        Claim mine = session.caseFile().getClaims().get(0);
        Claim theirs = session.caseFile().getClaims().get(1);
        String theirsBefore = theirs.getStatement();
        edit(mine, CasePackage.Literals.CLAIM__STATEMENT, "My unsaved wording");
        changeOnDisk(c -> c.getClaims().get(1).setStatement("Their pulled wording"));

        assertEquals(ExternalChanges.Outcome.MERGED, ExternalChanges.check(session));
        assertEquals(1, answers.askedWhileEdited);
        assertEquals("My unsaved wording", mine.getStatement(), "my edit stays");
        assertEquals("Their pulled wording", theirs.getStatement(), "theirs is merged in");
        assertTrue(session.caseFile().getConflicts().isEmpty());
        assertTrue(session.isDirty(), "the merge is not saved yet");
        assertEquals("Merge with the file on disk", session.commandStack().getUndoCommand().getLabel());

        session.commandStack().undo();
        assertEquals(theirsBefore, theirs.getStatement(), "one undo takes the whole merge back");
        assertEquals("My unsaved wording", mine.getStatement(), "and leaves my edit");
        // after the undo the case again stands on the old file: Save asks instead of overwriting theirs
        assertFalse(SaveGuard.save(session));
        assertEquals(1, answers.askedOnSave);
        assertTrue(Files.readString(file).contains("Their pulled wording"), "the newer file is untouched");

        session.commandStack().redo();
        assertEquals("Their pulled wording", theirs.getStatement());
        assertTrue(SaveGuard.save(session), "after the merge Save writes without asking");
        assertEquals(1, answers.askedOnSave);
        String saved = Files.readString(file);
        assertTrue(saved.contains("Their pulled wording") && saved.contains("My unsaved wording"), "both are saved");
    }

    @Test
    void conflictingEditsAreListedMarkedAndResolvedOneUndoableCommandEach() throws Exception {
        answers.whileEdited = DiskChoices.Choice.MERGE;
        Claim claim = session.caseFile().getClaims().get(0);
        edit(claim, CasePackage.Literals.CLAIM__STATEMENT, "Mine");
        changeOnDisk(c -> c.getClaims().get(0).setStatement("Theirs"));

        assertEquals(ExternalChanges.Outcome.MERGED, ExternalChanges.check(session));
        assertEquals(1, session.caseFile().getConflicts().size());
        MergeConflict conflict = session.caseFile().getConflicts().get(0);
        assertEquals(ConflictKind.CHANGED_ON_BOTH_SIDES, conflict.getKind());
        assertEquals(claim.getId(), conflict.getObjectId());
        assertEquals("Mine", claim.getStatement(), "the case keeps ours until the conflict is resolved");

        ConflictsView view = (ConflictsView) Workbench.page().findView(ConflictsView.ID);
        assertNotNull(view, "the merge showed the Conflicts view");
        Workbench.page().activate(explorer);
        Workbench.processEvents();
        assertEquals(List.of(conflict), view.conflicts());
        assertTrue(explorerLabel(claim).contains("\u26a0 conflict"), explorerLabel(claim));

        view.select(conflict);
        assertNull(view.resolveSelected(ConflictSide.THEIRS, null));
        Workbench.processEvents();
        assertEquals("Theirs", claim.getStatement());
        assertTrue(session.caseFile().getConflicts().isEmpty(), "the last resolution removes the conflict state");
        assertTrue(view.conflicts().isEmpty());
        assertFalse(explorerLabel(claim).contains("\u26a0"), explorerLabel(claim));

        session.commandStack().undo();
        Workbench.processEvents();
        assertEquals("Mine", claim.getStatement(), "undo brings our value back");
        assertEquals(1, session.caseFile().getConflicts().size(), "and the conflict");
        assertEquals(1, view.conflicts().size());
        assertTrue(explorerLabel(claim).contains("\u26a0 conflict"));

        MergeConflict again = view.conflicts().get(0);
        view.select(again);
        assertNull(view.resolveSelected(ConflictSide.OURS, "Neither, but this"));
        assertEquals("Neither, but this", claim.getStatement(), "Edit… sets the typed value");
        assertTrue(session.caseFile().getConflicts().isEmpty());
    }

    private String explorerLabel(Claim claim) {
        explorer.viewer().reveal(claim);
        Widget item = explorer.viewer().testFindItem(claim);
        assertTrue(item instanceof TreeItem, "the claim is in the explorer");
        return ((TreeItem) item).getText();
    }

    @Test
    void saveDoesNotOverwriteAFileChangedOnDiskUnseen() throws Exception {
        Claim claim = session.caseFile().getClaims().get(0);
        edit(claim, CasePackage.Literals.CLAIM__STATEMENT, "Mine, unsaved");
        changeOnDisk(c -> c.getClaims().get(0).setStatement("Theirs, on disk"));
        assertEquals(ExternalChanges.Outcome.KEPT_MINE, ExternalChanges.check(session));
        assertEquals(ExternalChanges.Outcome.UNCHANGED, ExternalChanges.check(session), "asked once per version");
        String onDisk = Files.readString(file);

        answers.onSave = DiskChoices.Choice.CANCEL;
        NullProgressMonitor monitor = new NullProgressMonitor();
        session.saveable().doSave(monitor);
        assertTrue(monitor.isCanceled(), "the save through the workbench's saveable was cancelled");
        assertEquals(1, answers.askedOnSave);
        assertEquals(onDisk, Files.readString(file), "nothing overwritten");
        assertTrue(session.isDirty(), "the edits are still there");

        answers.onSave = DiskChoices.Choice.OVERWRITE;
        assertTrue(SaveGuard.save(session));
        assertTrue(Files.readString(file).contains("Mine, unsaved"));
        assertTrue(Files.readString(file.resolveSibling(file.getFileName() + ".bak")).contains("Theirs, on disk"),
                "the overwritten version is kept as the backup");
        assertFalse(session.isDirty());
    }

    @Test
    void aCaseOpenedWithConflictsLeftByAMergeElsewhereShowsThemAtOnce() throws Exception {
        Workbench.page().closeAllEditors(false);
        org.eclipse.ui.IViewPart shown = Workbench.page().findView(ConflictsView.ID);
        if (shown != null) {
            Workbench.page().hideView(shown);
        }
        Path other = DemoCase.copyTo(Files.createDirectories(temp.resolve("merged-elsewhere")));
        Resource resource = CaseStore.load(new ResourceSetImpl(), other);
        CaseFile caseFile = (CaseFile) resource.getContents().get(0);
        MergeConflict conflict = org.factcheck.model.CaseFactory.eINSTANCE.createMergeConflict();
        conflict.setKind(ConflictKind.CHANGED_ON_BOTH_SIDES);
        conflict.setObjectId(caseFile.getClaims().get(0).getId());
        conflict.setObjectType("Claim");
        conflict.setFeature("statement");
        conflict.setKept(ConflictSide.OURS);
        conflict.setOurs(caseFile.getClaims().get(0).getStatement());
        conflict.setTheirs("Their wording");
        conflict.setMessage("The statement was changed on both sides.");
        caseFile.getConflicts().add(conflict);
        CaseStore.save(resource, other);

        CaseEditor opened = CaseOpener.open(Workbench.window(), other, message -> {
            throw new AssertionError(message);
        });
        Workbench.processEvents();
        ConflictsView view = (ConflictsView) Workbench.page().findView(ConflictsView.ID);
        assertNotNull(view, "the Conflicts view opened with the case");
        view.setSession(opened.session());
        assertEquals(1, view.conflicts().size());
    }
}
