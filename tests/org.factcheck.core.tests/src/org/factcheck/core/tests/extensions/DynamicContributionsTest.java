package org.factcheck.core.tests.extensions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.factcheck.core.CaseFiles;
import org.factcheck.core.checks.CaseChecks;
import org.factcheck.core.checks.CheckDescriptor;
import org.factcheck.core.checks.CheckResult;
import org.factcheck.core.detectors.ClaimDetectors;
import org.factcheck.core.detectors.DetectionRequest;
import org.factcheck.core.detectors.DetectorDescriptor;
import org.factcheck.core.detectors.Suggestions;
import org.factcheck.core.extensions.ContributionFailure;
import org.factcheck.core.extensions.ContributionFailures;
import org.factcheck.core.scales.RatingScales;
import org.factcheck.core.scales.ScaleDescriptor;
import org.factcheck.model.CaseFactory;
import org.factcheck.model.CaseFile;
import org.factcheck.model.Document;
import org.factcheck.model.Rating;
import org.factcheck.model.RatingScale;
import org.factcheck.testing.plugins.Contributions;
import org.factcheck.testing.plugins.ThrowingEverywhere;
import org.junit.jupiter.api.Test;

/**
 * Contributions added to and removed from the running extension registry, as installing and uninstalling a bundle
 * does: the registries show them without a restart, create them only when used, and drop them again.
 */
class DynamicContributionsTest {

    private static final String TESTING = "org.factcheck.testing";

    @Test
    void aDetectorAppearsWhenContributedAndDisappearsWhenRemoved() {
        ClaimDetectors detectors = ClaimDetectors.getDefault();
        detectors.descriptors(); // the registry is being watched before the bundle arrives
        String id = "org.factcheck.testing.detectors.said";
        try (Contributions plugin = Contributions.add(ThrowingEverywhere.class, """
                <extension point="org.factcheck.core.claimDetectors">
                   <detector id="%s" name="The word said" class="org.factcheck.testing.plugins.WellBehaved"
                         languages="EN, de_CH" description="Finds “said”."/>
                </extension>""".formatted(id))) {
            Contributions.waitUntil("the detector is listed", () -> find(detectors, id).isPresent());
            DetectorDescriptor descriptor = find(detectors, id).orElseThrow();
            assertEquals(TESTING, descriptor.contributor());
            assertEquals(List.of("en", "de-ch"), descriptor.languages());
            assertTrue(descriptor.handles("en-US") && descriptor.handles("de-CH") && !descriptor.handles("de"));
            Document document = CaseFactory.eINSTANCE.createDocument();
            document.setText("They said so.");
            Suggestions found = detectors.detect(DetectionRequest.builder(document).build(), List.of(id));
            assertEquals(List.of(id), found.suggestions().stream().map(s -> s.detectorId()).toList());
            assertEquals(5, found.suggestions().get(0).suggestion().start());
        }
        Contributions.waitUntil("the detector is gone", () -> find(detectors, id).isEmpty());
    }

    @Test
    void aContributedCheckThatThrowsIsReportedWithItsBundleAndTheBuiltInChecksStillRun() {
        CaseChecks checks = CaseChecks.getDefault();
        checks.descriptors();
        String id = "org.factcheck.testing.checks.throws";
        CaseFile caseFile = CaseFiles.newCase("A case");
        caseFile.getClaims().add(CaseFactory.eINSTANCE.createClaim()); // it appears nowhere: a warning of the built-in checks
        try (Contributions plugin = Contributions.add(ThrowingEverywhere.class, """
                <extension point="org.factcheck.core.caseChecks">
                   <check id="%s" name="Throws" class="org.factcheck.testing.plugins.ThrowingEverywhere"/>
                   <check id="org.factcheck.testing.checks.missing" name="Missing" class="org.example.DoesNotExist"/>
                </extension>""".formatted(id))) {
            Contributions.waitUntil("the checks are listed", () -> checks.descriptors().stream().anyMatch(d -> d.id().equals(id)));
            CheckResult result = checks.run(caseFile);
            assertEquals(2, result.failures().size(), result.failures().toString());
            ContributionFailure missing = result.failures().stream()
                    .filter(f -> f.kind() == ContributionFailure.Kind.NOT_CREATED).findFirst().orElseThrow();
            assertEquals(TESTING, missing.bundleId());
            assertTrue(ContributionFailures.reported().containsAll(result.failures()));
            assertTrue(result.problems().stream().anyMatch(p -> p.checkId().equals("org.factcheck.core.checks.editorial")),
                    "the built-in checks ran: " + result.problems());
            assertFalse(checks.descriptors().stream().anyMatch(d -> d.id().equals(id)), "disabled for the session");
            assertEquals(List.of(), checks.run(caseFile).failures(), "and not reported again");
        }
        Contributions.waitUntil("the checks are gone", () -> checks.descriptors().stream().map(CheckDescriptor::id)
                .noneMatch(i -> i.startsWith("org.factcheck.testing")));
    }

    @Test
    void aDeclaredScaleIsOfferedMadeAndWithdrawn() {
        RatingScales scales = RatingScales.getDefault();
        assertEquals(RatingScales.DEFAULT_ID, scales.descriptors().get(0).id(), "the default scale is contributed, first");
        assertEquals(6, scales.createDefault().getRatings().size());
        assertEquals("Default", CaseFiles.newCase("x").getRatingScale().getName());
        String id = "org.factcheck.testing.scales.meter";
        try (Contributions plugin = Contributions.add(ThrowingEverywhere.class, """
                <extension point="org.factcheck.core.ratingScales">
                   <scale id="%s" name="Truth-O-Meter" description="A publisher's scale.">
                      <rating label="True" value="5" color="#1a9850" description="Accurate."/>
                      <rating label="Pants on Fire" value="0" color="#7F0000"/>
                      <rating label="Satire" value="0" scored="false"/>
                   </scale>
                   <scale id="org.factcheck.testing.scales.twice" name="Twice">
                      <rating label="Yes" value="1"/>
                      <rating label="yes " value="2"/>
                   </scale>
                   <scale id="org.factcheck.testing.scales.computed" name="Computed"
                         class="org.factcheck.testing.plugins.ThrowingEverywhere"/>
                </extension>""".formatted(id))) {
            Contributions.waitUntil("the scale is offered", () -> scales.find(id).isPresent());
            assertTrue(scales.find("org.factcheck.testing.scales.twice").isEmpty(), "a repeated label is refused");
            assertTrue(ContributionFailures.reported().stream().anyMatch(f -> f.contributionId()
                    .equals("org.factcheck.testing.scales.twice") && f.detail().contains("used twice")));
            ScaleDescriptor meter = scales.find(id).orElseThrow();
            RatingScale made = scales.create(meter).orElseThrow();
            assertEquals("Truth-O-Meter", made.getName());
            assertEquals(List.of("True", "Pants on Fire", "Satire"), made.getRatings().stream().map(Rating::getLabel).toList());
            Rating first = made.getRatings().get(0);
            assertEquals(5, first.getValue());
            assertEquals("#1A9850", first.getColor());
            assertEquals("Accurate.", first.getDescription());
            assertFalse(made.getRatings().get(2).isScored());
            assertTrue(made != scales.create(meter).orElseThrow(), "every case gets its own copy");
            ScaleDescriptor computed = scales.find("org.factcheck.testing.scales.computed").orElseThrow();
            assertEquals(Optional.empty(), scales.create(computed), "a factory that throws gives no scale");
            assertTrue(scales.find(computed.id()).isEmpty(), "and is not offered any more");
        }
        Contributions.waitUntil("the scale is withdrawn", () -> scales.find(id).isEmpty());
    }

    private static Optional<DetectorDescriptor> find(ClaimDetectors detectors, String id) {
        return detectors.descriptors().stream().filter(d -> d.id().equals(id)).findFirst();
    }
}
