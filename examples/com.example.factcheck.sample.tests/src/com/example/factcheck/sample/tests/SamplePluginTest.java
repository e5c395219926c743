package com.example.factcheck.sample.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.factcheck.core.checks.CaseChecks;
import org.factcheck.core.checks.CaseProblem;
import org.factcheck.core.checks.CheckDescriptor;
import org.factcheck.core.exporters.ExportException;
import org.factcheck.core.exporters.ExporterDescriptor;
import org.factcheck.core.exporters.Exporters;
import org.factcheck.core.scales.RatingScales;
import org.factcheck.diagram.decorators.ClaimDecorators;
import org.factcheck.diagram.decorators.Decoration;
import org.factcheck.diagram.decorators.DecoratorDescriptor;
import org.factcheck.model.CaseFactory;
import org.factcheck.model.CaseFile;
import org.factcheck.model.Claim;
import org.factcheck.model.RatingScale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.example.factcheck.sample.internal.DisputedBadge;
import com.example.factcheck.sample.internal.SourcedVerdictsCheck;

/** The sample's contributions, as the workbench finds them through its extension points. */
class SamplePluginTest {

    @TempDir
    Path dir;

    /** A case with one claim that has a verdict but no evidence and one that has neither. */
    private static CaseFile sampleCase() {
        CaseFactory factory = CaseFactory.eINSTANCE;
        CaseFile caseFile = factory.createCaseFile();
        caseFile.setTitle("Borders | annexed regions");
        RatingScale scale = RatingScales.getDefault().createDefault();
        caseFile.setRatingScale(scale);
        Claim judged = factory.createClaim();
        judged.setStatement("The borders will be clarified\nwith the population.");
        judged.setVerdict(scale.getRatings().get(0));
        Claim open = factory.createClaim();
        open.setStatement("No plans to take more territory.");
        caseFile.getClaims().addAll(List.of(judged, open));
        return caseFile;
    }

    @Test
    void theMarkdownSummaryIsAnExportFormat() throws Exception {
        ExporterDescriptor markdown = Exporters.getDefault().forFormat("markdown-summary").orElseThrow();
        Path out = dir.resolve("summary.md");
        Exporters.getDefault().exportToFile(markdown, sampleCase(), null, Map.of(), out);
        String text = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("# Borders | annexed regions\n"), text);
        assertTrue(text.contains("| The borders will be clarified with the population. | "), text);
        assertTrue(text.contains("| No plans to take more territory. | — | 0 |"), text);
        assertTrue(text.endsWith("2 claim(s).\n"), text);
    }

    @Test
    void verdictsOnlyLeavesOutOpenClaimsAndBadValuesAreRefused() throws Exception {
        ExporterDescriptor markdown = Exporters.getDefault().forFormat("markdown-summary").orElseThrow();
        Path out = dir.resolve("verdicts.md");
        Exporters.getDefault().exportToFile(markdown, sampleCase(), null, Map.of("verdicts-only", "true"), out);
        assertTrue(Files.readString(out).endsWith("1 claim(s).\n"));
        Path bad = dir.resolve("bad.md");
        assertThrows(ExportException.class, () -> Exporters.getDefault().exportToFile(markdown, sampleCase(), null,
                Map.of("verdicts-only", "maybe"), bad));
        assertTrue(Files.notExists(bad), "a refused export writes nothing");
    }

    @Test
    void theCheckIsRegisteredAndWarnsAboutUnsourcedVerdicts() {
        assertTrue(CaseChecks.getDefault().descriptors().stream().map(CheckDescriptor::id)
                .anyMatch("com.example.factcheck.sample.sourcedVerdicts"::equals));
        List<CaseProblem> problems = new SourcedVerdictsCheck().check(sampleCase());
        assertEquals(1, problems.size());
        assertEquals(CaseProblem.Severity.WARNING, problems.get(0).severity());
        assertTrue(problems.get(0).message().contains("no evidence"), problems.get(0).message());
    }

    @Test
    void theScaleIsOfferedWithItsRatings() {
        var descriptor = RatingScales.getDefault().find("com.example.factcheck.sample.scale").orElseThrow();
        RatingScale scale = RatingScales.getDefault().create(descriptor).orElseThrow();
        assertEquals(List.of("Correct", "Misleading", "Wrong", "Fabricated", "Not checkable"),
                scale.getRatings().stream().map(r -> r.getLabel()).toList());
        assertEquals(4, scale.getRatings().get(0).getValue());
    }

    @Test
    void disputedClaimsGetTheBadgeOthersNone() {
        assertTrue(ClaimDecorators.getDefault().descriptors().stream().map(DecoratorDescriptor::id)
                .anyMatch("com.example.factcheck.sample.disputed"::equals));
        Claim claim = CaseFactory.eINSTANCE.createClaim();
        assertEquals(List.of(), new DisputedBadge().decorate(claim));
        var tag = CaseFactory.eINSTANCE.createTag();
        tag.setName("Disputed");
        claim.getTags().add(tag);
        List<Decoration> badges = new DisputedBadge().decorate(claim);
        assertEquals(1, badges.size());
        assertEquals("disputed", badges.get(0).text());
        assertEquals(Decoration.Position.TOP_RIGHT, badges.get(0).position());
    }
}
