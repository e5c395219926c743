package org.factcheck.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.ui.handlers.IHandlerService;
import org.factcheck.core.scales.RatingScales;
import org.factcheck.model.CaseFile;
import org.factcheck.model.Claim;
import org.factcheck.model.Rating;
import org.factcheck.model.RatingScale;
import org.factcheck.testing.DemoCase;
import org.factcheck.testing.plugins.Contributions;
import org.factcheck.testing.plugins.ThrowingEverywhere;
import org.factcheck.ui.internal.editor.CaseEditor;
import org.factcheck.ui.internal.handlers.CaseOpener;
import org.factcheck.ui.internal.handlers.ChangeScaleDialog;
import org.factcheck.ui.internal.handlers.NewCaseDialog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plugin's rating scale in the workbench: offered by New Case next to the default one, and put on an open case
 * by Change Rating Scale, which maps the verdicts, asks about the unmapped ones and is undone in one step. A
 * broken scale of another plugin is left out without harm.
 */
class RatingScalesInTheWorkbenchTest {

    private static final String METER = "org.factcheck.testing.scales.meter";

    @TempDir
    Path temp;

    private Contributions plugin;

    @BeforeEach
    void install() {
        plugin = Contributions.add(ThrowingEverywhere.class, """
                <extension point="org.factcheck.core.ratingScales">
                   <scale id="%s" name="Truth-O-Meter" description="The newsroom's published scale.">
                      <rating label="True" value="5" color="#1A9850"/>
                      <rating label="Mostly True" value="4" color="#91CF60"/>
                      <rating label="Half True" value="3" color="#FEE08B"/>
                      <rating label="Mostly False" value="2" color="#FC8D59"/>
                      <rating label="False" value="1" color="#D73027"/>
                      <rating label="Pants on Fire" value="0" color="#7F0000"/>
                      <rating label="Satire" value="0" scored="false" color="#9E9E9E"/>
                   </scale>
                   <scale id="org.factcheck.testing.scales.broken" name="Broken">
                      <rating label="No value"/>
                   </scale>
                </extension>""".formatted(METER));
        Workbench.waitUntil("the scale is offered", () -> RatingScales.getDefault().find(METER).isPresent());
    }

    @AfterEach
    void uninstall() {
        Workbench.page().closeAllEditors(false);
        plugin.close();
    }

    @Test
    void newCaseOffersTheContributedScaleWithTheDefaultPreselected() {
        NewCaseDialog dialog = new NewCaseDialog(Workbench.window().getShell(), RatingScales.getDefault().descriptors());
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            Combo scales = dialog.scaleField();
            List<String> items = Arrays.asList(scales.getItems());
            assertEquals("Default", items.get(0));
            assertEquals(0, scales.getSelectionIndex(), "the default scale is preselected");
            assertTrue(items.contains("Truth-O-Meter (org.factcheck.testing)"), items.toString());
            assertFalse(items.stream().anyMatch(i -> i.startsWith("Broken")), "a scale without values is not offered");
            assertFalse(dialog.getShell().isDisposed());
            assertFalse(button(dialog).isEnabled(), "no title yet");
            dialog.titleField().setText("Unemployment claims");
            scales.select(items.indexOf("Truth-O-Meter (org.factcheck.testing)"));
            scales.notifyListeners(SWT.Modify, null);
            assertTrue(Workbench.labels(dialog.getShell()).contains("The newsroom's published scale."));
            assertTrue(button(dialog).isEnabled());
            Workbench.press(dialog.getShell(), "OK");
        } finally {
            dialog.close();
        }
        assertEquals("Unemployment claims", dialog.chosenTitle());
        assertEquals(METER, dialog.chosenScale().id());
    }

    @Test
    void changeRatingScaleMapsTheVerdictsAsksAboutTheRestAndIsOneUndo() throws Exception {
        CaseEditor explorer = CaseOpener.open(Workbench.window(), DemoCase.copyTo(temp), message -> {
            throw new AssertionError(message);
        });
        Workbench.processEvents();
        CaseFile caseFile = explorer.session().caseFile();
        RatingScale before = caseFile.getRatingScale();
        Map<Claim, Rating> verdicts = new java.util.LinkedHashMap<>();
        caseFile.getClaims().forEach(c -> verdicts.put(c, c.getVerdict()));
        assertTrue(verdicts.values().stream().anyMatch(r -> r != null && r.getLabel().equals("Unverifiable")));

        Workbench.answer(ChangeScaleDialog.class, dialog -> {
            Combo scales = dialog.scaleField();
            scales.select(Arrays.asList(scales.getItems()).indexOf("Truth-O-Meter"));
            scales.notifyListeners(SWT.Modify, null);
            assertEquals(List.of("Unverifiable"), dialog.unmapped().stream().map(Rating::getLabel).toList());
            Rating unverifiable = dialog.unmapped().get(0);
            Combo choice = dialog.choiceFields().get(unverifiable);
            choice.select(Arrays.asList(choice.getItems()).indexOf("Satire"));
            Workbench.press(dialog.getShell(), "Change");
        });
        Workbench.page().activate(explorer);
        Workbench.window().getService(IHandlerService.class).executeCommand("org.factcheck.ui.changeRatingScale", null);
        Workbench.processEvents();

        RatingScale after = caseFile.getRatingScale();
        assertEquals("Truth-O-Meter", after.getName());
        for (Map.Entry<Claim, Rating> entry : verdicts.entrySet()) {
            Rating old = entry.getValue();
            Rating now = entry.getKey().getVerdict();
            if (old == null) {
                assertEquals(null, now);
            } else {
                assertTrue(after.getRatings().contains(now), "every verdict is on the new scale");
                String expected = old.getLabel().equals("Unverifiable") ? "Satire" : old.getLabel();
                assertTrue(now.getLabel().equalsIgnoreCase(expected), old.getLabel() + " became " + now.getLabel());
            }
        }
        assertTrue(explorer.session().commandStack().getUndoCommand().getLabel().startsWith("Change Rating Scale"));

        explorer.session().commandStack().undo();
        assertSame(before, caseFile.getRatingScale(), "one undo brings the old scale back");
        verdicts.forEach((claim, verdict) -> assertSame(verdict, claim.getVerdict(), "with every verdict"));
    }

    private static org.eclipse.swt.widgets.Button button(NewCaseDialog dialog) {
        return Workbench.find(dialog.getShell(), org.eclipse.swt.widgets.Button.class,
                b -> b.getText().replace("&", "").equals(IDialogConstants.OK_LABEL.replace("&", "")));
    }
}
