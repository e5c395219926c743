package org.factcheck.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Text;
import org.factcheck.model.CaseFactory;
import org.factcheck.model.CaseFile;
import org.factcheck.model.CasePackage.Literals;
import org.factcheck.model.Claim;
import org.factcheck.model.Document;
import org.factcheck.model.Evidence;
import org.factcheck.model.Person;
import org.factcheck.model.Source;
import org.factcheck.testing.DemoCase;
import org.factcheck.ui.cases.CaseSession;
import org.factcheck.ui.internal.claims.SourcesView;
import org.factcheck.ui.internal.editor.CaseEditor;
import org.factcheck.ui.internal.handlers.CaseOpener;
import org.factcheck.ui.internal.names.EntityDialog;
import org.factcheck.ui.internal.names.MergeDialog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Creating, editing and merging people and sources from the case explorer's and the Sources view's menus. */
class MergeDuplicatesTest {

    @TempDir
    Path temp;

    private CaseEditor explorer;
    private CaseSession session;
    private CaseFile root;

    @BeforeEach
    void open() throws Exception {
        explorer = CaseOpener.open(Workbench.window(), DemoCase.copyTo(temp), message -> {
            throw new AssertionError(message);
        });
        session = explorer.session();
        root = session.caseFile();
        Workbench.processEvents();
    }

    @AfterEach
    void close() {
        Workbench.page().closeAllEditors(false);
    }

    private Person person(String name) {
        return (Person) root.getActors().stream().filter(a -> name.equals(a.getName())).findFirst().orElseThrow();
    }

    /** Shows the explorer's context menu for {@code selection} and returns its items' texts, filled in. */
    private Menu explorerMenu(Object... selection) {
        explorer.viewer().setSelection(new StructuredSelection(selection), true);
        Menu menu = explorer.viewer().getControl().getMenu();
        menu.notifyListeners(SWT.Show, new Event());
        return menu;
    }

    private static MenuItem item(Menu menu, String text) {
        for (MenuItem item : menu.getItems()) {
            String label = item.getText().replace("&", "");
            if (label.equals(text) || label.startsWith(text + "\t")) {
                return item;
            }
            if (item.getMenu() != null) {
                item.getMenu().notifyListeners(SWT.Show, new Event());
                MenuItem inner = item(item.getMenu(), text);
                if (inner != null) {
                    return inner;
                }
            }
        }
        return null;
    }

    private static String texts(Menu menu) {
        return String.join(", ", Arrays.stream(menu.getItems()).map(MenuItem::getText).toList());
    }

    @Test
    void mergingPeopleRepointsEveryClaimKeepsTheNameAsAliasAndOneUndoRestoresAll() {
        Person dmitry = person("Dmitry Peskov");
        Person peskov = CaseFactory.eINSTANCE.createPerson();
        peskov.setName("Peskov");
        peskov.setDescription("Spokesman");
        session.commandStack().execute(AddCommand.create(session.domain(), root, Literals.CASE_FILE__ACTORS, peskov));
        List<Claim> his = root.getClaims().stream().filter(c -> c.getClaimant() == dmitry).toList();
        assertFalse(his.isEmpty());
        Claim moved = his.get(0);
        session.commandStack().execute(SetCommand.create(session.domain(), moved, Literals.CLAIM__CLAIMANT, peskov));
        int actors = root.getActors().size();

        Menu single = explorerMenu(peskov);
        assertNotNull(item(single, "Dmitry Peskov (same surname)…"), "a likely duplicate is offered: " + texts(single));
        Menu menu = explorerMenu(peskov, dmitry);
        MenuItem merge = item(menu, "Merge 2 Duplicates…");
        assertNotNull(merge, "the multi-selection menu offers Merge: " + texts(menu));
        var seen = Workbench.answer(MergeDialog.class, dialog -> {
            assertSame(dmitry, dialog.kept(), "the one referred to most is kept by default");
            dialog.keep(dmitry);
            Workbench.press(dialog.getShell(), "OK");
        });
        merge.notifyListeners(SWT.Selection, new Event());
        assertTrue(seen.get());

        assertSame(dmitry, moved.getClaimant(), "the claim now names the kept person");
        assertTrue(his.stream().allMatch(c -> c.getClaimant() == dmitry));
        assertFalse(root.getActors().contains(peskov), "the duplicate is deleted");
        assertEquals(actors - 1, root.getActors().size());
        assertTrue(dmitry.getAliases().contains("Peskov"), "its name is kept as an alias: " + dmitry.getAliases());
        assertEquals("Undo Merge “Peskov” into “Dmitry Peskov”",
                "Undo " + org.factcheck.ui.cases.CommandLabels.of(session.commandStack().getUndoCommand()));
        assertSame(dmitry, explorer.viewer().getStructuredSelection().getFirstElement(), "the kept one is selected");

        session.commandStack().undo();
        assertTrue(root.getActors().contains(peskov));
        assertSame(peskov, moved.getClaimant(), "one Undo gives the claim its claimant back");
        assertFalse(dmitry.getAliases().contains("Peskov"));
        assertEquals(null, dmitry.getDescription());
        session.commandStack().redo();
        assertSame(dmitry, moved.getClaimant());
        assertEquals("Spokesman", dmitry.getDescription(), "an empty field takes the duplicate's value");
    }

    @Test
    void mergingSourcesRepointsOutletsAndEvidenceAndKeepsTheName() throws Exception {
        Source tass = root.getSources().stream().filter(s -> "TASS".equals(s.getName())).findFirst().orElseThrow();
        Source copy = CaseFactory.eINSTANCE.createSource();
        copy.setName("TASS news agency");
        session.commandStack().execute(AddCommand.create(session.domain(), root, Literals.CASE_FILE__SOURCES, copy));
        Document document = root.getDocuments().get(0);
        Evidence evidence = root.getClaims().stream().flatMap(c -> c.getEvidence().stream()).findFirst().orElseThrow();
        session.commandStack().execute(SetCommand.create(session.domain(), document, Literals.DOCUMENT__OUTLET, copy));
        session.commandStack().execute(SetCommand.create(session.domain(), evidence, Literals.EVIDENCE__SOURCE, copy));

        SourcesView view = (SourcesView) Workbench.page().showView(SourcesView.ID);
        Workbench.processEvents();
        view.table().setSelection(new StructuredSelection(List.of(tass, copy)));
        Menu menu = view.table().getControl().getMenu();
        menu.notifyListeners(SWT.Show, new Event());
        MenuItem merge = item(menu, "Merge 2 Duplicates…");
        assertNotNull(merge, texts(menu));
        List<String> said = new java.util.ArrayList<>();
        Workbench.answer(MergeDialog.class, dialog -> {
            dialog.keep(tass);
            said.add(Workbench.labels(dialog.getShell()));
            Workbench.press(dialog.getShell(), "OK");
        });
        merge.notifyListeners(SWT.Selection, new Event());
        assertEquals(1, said.size(), "the merge dialog was shown");
        assertTrue(said.get(0).contains("“TASS news agency” will be kept as an alias"), "the dialog says what is done: " + said);
        assertFalse(said.get(0).contains("note"), said.get(0));

        assertSame(tass, document.getOutlet());
        assertSame(tass, evidence.getSource());
        assertFalse(root.getSources().contains(copy));
        assertEquals(List.of("TASS news agency"), tass.getAliases(), "the other name is kept as an alias");
        assertFalse(String.valueOf(tass.getNote()).contains("TASS news agency"), "not in the note");
        assertEquals(-1, Arrays.asList(view.table().getTable().getItems()).stream().map(i -> i.getData())
                .toList().indexOf(copy), "the Sources view drops the merged row");
        session.commandStack().undo();
        assertSame(copy, document.getOutlet());
        assertSame(copy, evidence.getSource());
        assertTrue(root.getSources().contains(copy));
        assertEquals(List.of(), tass.getAliases(), "one Undo takes the alias back too");
    }

    @Test
    void newPersonFromTheExplorerAndNewClaimantFromTheClaimEditorAreOneCommandEach() throws Exception {
        Menu menu = explorerMenu(person("Dmitry Peskov"));
        MenuItem create = item(menu, "Person…");
        assertNotNull(create, texts(menu));
        Workbench.answer(EntityDialog.class, dialog -> {
            ((Text) dialog.field(Literals.ACTOR__NAME)).setText("Sergei Shoigu");
            ((Text) dialog.field(Literals.ACTOR__ALIASES)).setText("Sergey Shoygu\n Шойгу \n");
            ((Text) dialog.field(Literals.PERSON__ROLE)).setText("Defence minister");
            Workbench.press(dialog.getShell(), "OK");
        });
        create.notifyListeners(SWT.Selection, new Event());
        Person shoigu = person("Sergei Shoigu");
        assertEquals(List.of("Sergey Shoygu", "Шойгу"), shoigu.getAliases());
        assertEquals("Defence minister", shoigu.getRole());
        assertSame(shoigu, explorer.viewer().getStructuredSelection().getFirstElement());
        assertEquals("New Person", org.factcheck.ui.cases.CommandLabels.of(session.commandStack().getUndoCommand()));

        Menu edit = explorerMenu(shoigu);
        MenuItem editItem = item(edit, "Edit Sergei Shoigu…");
        assertNotNull(editItem, texts(edit));
        Workbench.answer(EntityDialog.class, dialog -> {
            ((Text) dialog.field(Literals.PERSON__ROLE)).setText("Minister of Defence");
            Workbench.press(dialog.getShell(), "OK");
        });
        editItem.notifyListeners(SWT.Selection, new Event());
        assertEquals("Minister of Defence", shoigu.getRole());
        session.commandStack().undo();
        assertEquals("Defence minister", shoigu.getRole(), "the edit was one command");
        session.commandStack().undo();
        assertFalse(root.getActors().contains(shoigu));
    }

    @Test
    void aSourceHasAliasesOneALine() throws Exception {
        Menu menu = explorerMenu(root.getSources().get(0));
        MenuItem create = item(menu, "Source…");
        assertNotNull(create, texts(menu));
        Workbench.answer(EntityDialog.class, dialog -> {
            ((Text) dialog.field(Literals.SOURCE__NAME)).setText("Reuters");
            ((Text) dialog.field(Literals.SOURCE__ALIASES)).setText("Reuters News\n Thomson Reuters \n\nReuters News\n");
            Workbench.press(dialog.getShell(), "OK");
        });
        create.notifyListeners(SWT.Selection, new Event());
        Source reuters = root.getSources().stream().filter(s -> "Reuters".equals(s.getName())).findFirst().orElseThrow();
        assertEquals(List.of("Reuters News", "Thomson Reuters"), reuters.getAliases());

        Menu edit = explorerMenu(reuters);
        MenuItem editItem = item(edit, "Edit Reuters…");
        assertNotNull(editItem, texts(edit));
        List<String> shown = new java.util.ArrayList<>();
        Workbench.answer(EntityDialog.class, dialog -> {
            Text aliases = (Text) dialog.field(Literals.SOURCE__ALIASES);
            shown.add(aliases.getText());
            aliases.setText("Reuters News");
            Workbench.press(dialog.getShell(), "OK");
        });
        editItem.notifyListeners(SWT.Selection, new Event());
        assertEquals(List.of("Reuters News\nThomson Reuters"), shown, "the dialog shows the aliases one a line");
        assertEquals(List.of("Reuters News"), reuters.getAliases());
        session.commandStack().undo();
        assertEquals(List.of("Reuters News", "Thomson Reuters"), reuters.getAliases(), "the edit is one command");
    }

    @Test
    void aNewSourceStartsWithoutAnErrorAndIsWarnedOfAnotherSourcesAlias() throws Exception {
        Source tass = root.getSources().stream().filter(s -> "TASS".equals(s.getName())).findFirst().orElseThrow();
        session.commandStack().execute(AddCommand.create(session.domain(), tass, Literals.SOURCE__ALIASES,
                "Russian News Agency TASS"));
        Menu menu = explorerMenu(tass);
        MenuItem create = item(menu, "Source…");
        assertNotNull(create, texts(menu));
        List<Object> seen = new java.util.ArrayList<>();
        Workbench.answer(EntityDialog.class, dialog -> {
            seen.add(String.valueOf(dialog.getErrorMessage()));
            seen.add(dialog.getMessage());
            seen.add(Workbench.find(dialog.getShell(), org.eclipse.swt.widgets.Button.class, b -> "OK".equals(b.getText()))
                    .isEnabled());
            ((Text) dialog.field(Literals.SOURCE__NAME)).setText("russian news agency TASS");
            seen.add(dialog.getMessage());
            Workbench.press(dialog.getShell(), "Cancel");
        });
        create.notifyListeners(SWT.Selection, new Event());
        assertEquals(4, seen.size(), "the dialog opened: " + seen);
        assertEquals("null", seen.get(0), "no error before anything is typed");
        assertTrue(String.valueOf(seen.get(1)).contains("Give a name"), "it says what to give: " + seen.get(1));
        assertEquals(false, seen.get(2), "OK waits for a name");
        assertTrue(String.valueOf(seen.get(3)).contains("already has “TASS”"), "another source's alias is named: " + seen.get(3));
    }

    @Test
    void tabLeavesTheAliasesAndTheDescriptionForTheNextField() throws Exception {
        Menu menu = explorerMenu(person("Dmitry Peskov"));
        MenuItem create = item(menu, "Person…");
        assertNotNull(create, texts(menu));
        List<Boolean> leaves = new java.util.ArrayList<>();
        java.util.concurrent.atomic.AtomicBoolean seen = Workbench.answer(EntityDialog.class, dialog -> {
            for (org.eclipse.emf.ecore.EStructuralFeature feature : List.of(Literals.ACTOR__ALIASES, Literals.ACTOR__DESCRIPTION)) {
                for (int detail : new int[] {SWT.TRAVERSE_TAB_NEXT, SWT.TRAVERSE_TAB_PREVIOUS}) {
                    Event tab = new Event();
                    tab.detail = detail;
                    tab.doit = false; // what a multi-line field does with Tab by itself: types a tab
                    dialog.field(feature).notifyListeners(SWT.Traverse, tab);
                    leaves.add(tab.doit);
                }
            }
            Workbench.press(dialog.getShell(), "Cancel");
        });
        create.notifyListeners(SWT.Selection, new Event());
        assertTrue(seen.get(), "the dialog opened");
        assertEquals(List.of(true, true, true, true), leaves, "Tab and Shift+Tab move on from aliases and description");
    }

    @Test
    void theClaimantListEndsWithNewPersonWhichCreatesAndSetsInOneCommand() throws Exception {
        Claim claim = root.getClaims().get(0);
        Object before = claim.getClaimant();
        org.factcheck.ui.internal.claims.ClaimEditor editor = org.factcheck.ui.internal.claims.ClaimEditor.open(
                Workbench.page(), session, claim);
        Workbench.processEvents();
        org.eclipse.swt.widgets.Combo claimant = Workbench.find(editor.form().getBody(), org.eclipse.swt.widgets.Combo.class,
                c -> Arrays.asList(c.getItems()).contains("New person…"));
        assertNotNull(claimant, "the claimant list offers a new person");
        Workbench.answer(EntityDialog.class, dialog -> {
            ((Text) dialog.field(Literals.ACTOR__NAME)).setText("Maria Zakharova");
            Workbench.press(dialog.getShell(), "OK");
        });
        claimant.select(claimant.getItemCount() - 1);
        claimant.notifyListeners(SWT.Selection, new Event());
        Person zakharova = person("Maria Zakharova");
        assertSame(zakharova, claim.getClaimant());
        Workbench.processEvents();
        assertEquals("Maria Zakharova", claimant.getText(), "the list shows the new claimant");
        session.commandStack().undo();
        assertSame(before, claim.getClaimant());
        assertFalse(root.getActors().contains(zakharova), "one Undo takes back both");
    }
}
