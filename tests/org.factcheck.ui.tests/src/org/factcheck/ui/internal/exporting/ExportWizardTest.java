package org.factcheck.ui.internal.exporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.wizards.IWizardDescriptor;
import org.factcheck.core.exporters.ExporterDescriptor;
import org.factcheck.core.exporters.Exporters;
import org.factcheck.model.Claim;
import org.factcheck.testing.DemoCase;
import org.factcheck.testing.plugins.Contributions;
import org.factcheck.testing.plugins.ThrowingEverywhere;
import org.factcheck.ui.cases.CaseSession;
import org.factcheck.ui.internal.editor.CaseEditor;
import org.factcheck.ui.internal.handlers.CaseOpener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * File › Export…: the wizard contributed to org.eclipse.ui.exportWizards lists every contributed exporter with its
 * options, refuses to finish while a required option or the file is missing, writes the file, and remembers what
 * was chosen for the case.
 */
class ExportWizardTest {

    @TempDir
    Path temp;

    private CaseEditor explorer;
    private CaseSession session;
    private final List<WizardDialog> dialogs = new ArrayList<>();

    @BeforeEach
    void open() throws Exception {
        explorer = CaseOpener.open(PlatformUI.getWorkbench().getActiveWorkbenchWindow(), DemoCase.copyTo(temp), message -> {
            throw new AssertionError(message);
        });
        session = explorer.session();
    }

    @AfterEach
    void close() {
        dialogs.forEach(d -> d.close());
        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
    }

    @Test
    void theWizardIsContributedAndListsEveryExporterWithItsOptions() throws Exception {
        IWizardDescriptor descriptor = PlatformUI.getWorkbench().getExportWizardRegistry().findWizard(ExportCaseWizard.ID);
        assertNotNull(descriptor, "registered with org.eclipse.ui.exportWizards");
        ExportCaseWizard wizard = (ExportCaseWizard) descriptor.createWizard();
        wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(session.caseFile().getClaims().get(0)));
        assertSame(session, wizard.session(), "the case of the selection");
        show(wizard);
        List<ExporterDescriptor> all = Exporters.getDefault().descriptors();
        assertTrue(all.size() >= 5, "the built-in exporters are contributed: " + all);
        assertEquals(all.size(), wizard.page().list().getTable().getItemCount(), "every exporter is listed");

        ExporterDescriptor claimReview = Exporters.getDefault().forFormat("claimreview").orElseThrow();
        wizard.page().list().setSelection(new StructuredSelection(claimReview), true);
        assertNotNull(wizard.page().optionField("publisher"), "its options are asked for");
        assertNotNull(wizard.page().optionField("review-url-base"));
        org.eclipse.swt.widgets.Table table = wizard.page().list().getTable();
        assertTrue(table.getClientArea().height >= table.getItemCount() * table.getItemHeight(),
                "every exporter stays in sight beside the five options: " + table.getClientArea().height + " px for "
                        + table.getItemCount() + " rows of " + table.getItemHeight());
        assertFalse(wizard.page().isPageComplete(), "a required option is empty");
        assertTrue(wizard.page().getErrorMessage().contains("publisher"), wizard.page().getErrorMessage());
        wizard.page().optionField("publisher").setText("Example Fact Check");
        wizard.page().optionField("review-url-base").setText("https://factcheck.example/claims/");
        assertTrue(wizard.page().isPageComplete(), String.valueOf(wizard.page().getErrorMessage()));
        wizard.page().targetField().setText(temp.resolve("missing-folder/out.jsonld").toString());
        assertFalse(wizard.page().isPageComplete(), "the folder must exist");
    }

    @Test
    void aCaseNeverExportedStartsFromTheHtmlReport() throws Exception {
        ExportCaseWizard wizard = wizard();
        assertSame(Exporters.getDefault().forFormat("html").orElseThrow(), wizard.page().exporter(),
                "the report, not the first format of the list (" + Exporters.getDefault().descriptors().get(0).format() + ")");
        assertNotNull(wizard.page().optionField("publisher"), "with the report's options");
    }

    @Test
    void finishingWritesTheFileAndTheNextExportOfTheCaseStartsFromTheSameChoices() throws Exception {
        ExporterDescriptor html = Exporters.getDefault().forFormat("html").orElseThrow();
        Path target = temp.resolve("report.html");
        ExportCaseWizard wizard = wizard();
        wizard.page().list().setSelection(new StructuredSelection(html), true);
        wizard.page().optionField("publisher").setText("Example Newsroom");
        wizard.page().targetField().setText(target.toString());
        List<Path> opened = new ArrayList<>();
        wizard.setOpener(opened::add);
        assertTrue(wizard.performFinish(), String.valueOf(wizard.page().getErrorMessage()));
        assertTrue(Files.isRegularFile(target), "the report was written");
        String report = Files.readString(target, StandardCharsets.UTF_8);
        assertTrue(report.contains("Example Newsroom"), "with the option given");
        Claim claim = session.caseFile().getClaims().get(0);
        assertTrue(report.contains(claim.getStatement().substring(0, 20)), "and the case's claims");
        assertFalse(Files.exists(temp.resolve(".report.html.part")), "no partial file is left");
        assertEquals(List.of(), opened, "not opened unless asked");
        Path saved = Path.of(org.eclipse.core.runtime.Platform.getStateLocation(
                org.osgi.framework.FrameworkUtil.getBundle(ExportCaseWizard.class)).append("dialog_settings.xml").toOSString());
        assertTrue(Files.readString(saved).contains("Example Newsroom"), "the choices are on disk at once, not only at exit");

        ExportCaseWizard again = wizard();
        assertSame(html, again.page().exporter(), "the exporter last used for this case");
        assertEquals("Example Newsroom", again.page().optionField("publisher").getText());
        assertEquals(target.toString(), again.page().targetField().getText());
    }

    @Test
    void warningsOfAnExportThatSucceededAreShownOnceItIsWritten() throws Exception {
        ExporterDescriptor claimReview = Exporters.getDefault().forFormat("claimreview").orElseThrow();
        Path target = temp.resolve("reviews.jsonld");
        ExportCaseWizard wizard = wizard();
        wizard.page().list().setSelection(new StructuredSelection(claimReview), true);
        wizard.page().optionField("publisher").setText("Example Fact Check");
        wizard.page().optionField("review-url-base").setText("https://factcheck.example/claims/");
        wizard.page().targetField().setText(target.toString());
        List<List<String>> shown = new ArrayList<>();
        wizard.setWarningsShown(shown::add);
        assertTrue(wizard.performFinish(), String.valueOf(wizard.page().getErrorMessage()));
        assertTrue(Files.isRegularFile(target), "a warning does not stop the export");
        long tooLong = session.caseFile().getClaims().stream().filter(c -> c.getVerdict() != null)
                .filter(c -> c.getStatement().codePointCount(0, c.getStatement().length()) > 75).count();
        assertEquals(1, shown.size(), "shown once, after writing");
        assertEquals(tooLong, shown.get(0).size(), shown.toString());
        assertTrue(shown.get(0).get(0).contains("Google recommends at most 75"), shown.toString());

        session.caseFile().getClaims().stream().filter(c -> c.getVerdict() != null)
                .forEach(c -> c.setShortStatement("Short."));
        shown.clear();
        ExportCaseWizard again = wizard();
        again.setWarningsShown(shown::add);
        assertTrue(again.performFinish(), String.valueOf(again.page().getErrorMessage()));
        assertEquals(List.of(), shown, "nothing to warn about: no dialog");
    }

    @Test
    void anExportThatFailsSaysWhyAndLeavesTheTargetAsItWas() throws Exception {
        ExporterDescriptor claimReview = Exporters.getDefault().forFormat("claimreview").orElseThrow();
        Path target = temp.resolve("reviews.jsonld");
        Files.writeString(target, "earlier export");
        ExportCaseWizard wizard = wizard();
        wizard.page().list().setSelection(new StructuredSelection(claimReview), true);
        wizard.page().optionField("publisher").setText("Example Fact Check");
        wizard.page().optionField("review-url-base").setText("not a url");
        wizard.page().optionField("date-published").setText("yesterday");
        wizard.page().targetField().setText(target.toString());
        assertFalse(wizard.performFinish(), "the exporter refused the options");
        assertNotNull(wizard.page().getErrorMessage());
        assertTrue(wizard.page().getErrorMessage().endsWith("Nothing was written."), wizard.page().getErrorMessage());
        assertEquals("earlier export", Files.readString(target), "the earlier file is untouched");
        assertFalse(Files.exists(temp.resolve(".reviews.jsonld.part")));
    }

    @Test
    void withoutAnOpenCaseTheWizardSaysSoAndCannotFinish() throws Exception {
        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
        ExportCaseWizard wizard = new ExportCaseWizard();
        wizard.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
        assertNull(wizard.session());
        show(wizard);
        assertFalse(wizard.canFinish());
    }

    @Test
    void anExporterInstalledWhileTheWorkbenchRunsIsListedTheNextTimeTheWizardOpensAndGoneWhenRemoved() throws Exception {
        List<String> before = names(wizard());
        Path target = temp.resolve("count.txt");
        try (Contributions plugin = Contributions.add(ThrowingEverywhere.class, """
                <extension point="org.factcheck.core.exporters">
                   <exporter id="org.factcheck.testing.ui.count" name="Claim count (a plugin)" format="count"
                         class="org.factcheck.testing.plugins.WellBehaved" mediaType="text/plain" fileExtension="txt"/>
                </extension>""")) {
            waitUntil("the exporter is contributed", () -> Exporters.getDefault().forFormat("count").isPresent());
            ExportCaseWizard wizard = wizard();
            List<String> listed = names(wizard);
            assertEquals(before.size() + 1, listed.size(), listed.toString());
            assertTrue(listed.contains("Claim count (a plugin)"), listed.toString());
            wizard.page().list().setSelection(new StructuredSelection(Exporters.getDefault().forFormat("count").orElseThrow()), true);
            wizard.page().targetField().setText(target.toString());
            assertTrue(wizard.performFinish(), String.valueOf(wizard.page().getErrorMessage()));
            assertEquals(session.caseFile().getClaims().size() + " claims\n", Files.readString(target));
        }
        waitUntil("the exporter is gone", () -> Exporters.getDefault().forFormat("count").isEmpty());
        assertEquals(before, names(wizard()));
    }

    private static List<String> names(ExportCaseWizard wizard) {
        return java.util.Arrays.stream(wizard.page().list().getTable().getItems()).map(i -> i.getText(0)).toList();
    }

    /** Runs the event loop until the condition holds: registry events arrive asynchronously. */
    private static void waitUntil(String what, java.util.function.BooleanSupplier condition) {
        org.eclipse.swt.widgets.Display display = org.eclipse.swt.widgets.Display.getCurrent();
        long deadline = System.currentTimeMillis() + 10_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("timed out waiting until " + what);
            }
            if (!display.readAndDispatch()) {
                display.timerExec(20, () -> { });
                display.sleep();
            }
        }
    }

    private ExportCaseWizard wizard() {
        ExportCaseWizard wizard = new ExportCaseWizard();
        wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(session.caseFile()));
        show(wizard);
        return wizard;
    }

    private void show(ExportCaseWizard wizard) {
        WizardDialog dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        dialogs.add(dialog);
    }
}
