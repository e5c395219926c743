package org.factcheck.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.resource.Resource;
import org.factcheck.core.CaseFiles;
import org.factcheck.core.CaseStore;
import org.factcheck.model.CaseFile;
import org.factcheck.model.Claim;
import org.factcheck.model.ClaimRelation;
import org.factcheck.model.TextSpan;
import org.factcheck.testing.DemoCase;
import org.factcheck.testing.Fixtures;
import org.factcheck.testing.KremlinBordersDemo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed demo case is exactly what {@link KremlinBordersDemo} builds from the committed articles (run the
 * build with {@code -Dfactcheck.updateDemo=true} to rewrite it after changing the builder), and it has what the
 * product promises: claims with claimants and dates, the same statement in several outlets, evidence, relations.
 */
class DemoCaseTest {

    @TempDir
    Path temp;

    @Test
    void committedDemoIsWhatTheBuilderMakes() throws Exception {
        Path built = temp.resolve(DemoCase.FILE_NAME);
        Resource resource = KremlinBordersDemo.build(Fixtures.resourceSet(), DemoCase.articles(), built);
        CaseStore.save(resource, built);
        if (Boolean.getBoolean("factcheck.updateDemo")) {
            Files.copy(built, DemoCase.file(), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        assertArrayEquals(Files.readAllBytes(built), Files.readAllBytes(DemoCase.file()),
                "the committed demo is out of date: rebuild it with -Dfactcheck.updateDemo=true");
    }

    @Test
    void demoHasClaimsEvidenceAndRelationsAcrossOutlets() throws Exception {
        CaseFile demo = (CaseFile) CaseStore.load(Fixtures.resourceSet(), DemoCase.file()).getContents().get(0);
        assertEquals(4, demo.getDocuments().size());
        assertTrue(demo.getClaims().size() >= 8, "at least 8 claims");
        for (Claim claim : demo.getClaims()) {
            assertTrue(claim.getClaimant() != null, "every claim has a claimant: " + claim.getStatement());
            assertTrue(!claim.getAppearances().isEmpty(), "every claim appears in an article: " + claim.getStatement());
        }
        assertTrue(demo.getClaims().stream().filter(c -> "Dmitry Peskov".equals(c.getClaimant().getName())).count() >= 4,
                "Peskov's statements are among the claims");
        assertTrue(demo.getClaims().stream().anyMatch(c -> c.getAppearances().stream().map(TextSpan::getDocument)
                .distinct().count() > 1), "a statement appears in several outlets");
        assertTrue(demo.getClaims().stream().mapToInt(c -> c.getEvidence().size()).sum() >= 5, "evidence");
        Set<String> stances = demo.getClaims().stream().flatMap(c -> c.getEvidence().stream())
                .map(e -> e.getStance().getName()).collect(Collectors.toSet());
        assertEquals(Set.of("SUPPORTS", "REFUTES", "CONTEXT"), stances);
    }

    @Test
    void consultingOnTheBordersContradictsTheirFinalAccession() throws Exception {
        CaseFile demo = (CaseFile) CaseStore.load(Fixtures.resourceSet(), DemoCase.file()).getContents().get(0);
        List<ClaimRelation> contradictions = demo.getRelations().stream()
                .filter(r -> r.getKind() == CaseFiles.kind(demo, CaseFiles.CONTRADICTS)).toList();
        assertTrue(contradictions.stream().anyMatch(r -> r.getSource().getStatement().contains("consultations with the local population")
                && r.getTarget().getStatement().contains("accession")), "consult ⟂ final accession");
        for (Claim claim : demo.getClaims()) {
            for (TextSpan span : claim.getAppearances()) {
                assertEquals(span.getExact(), span.coveredText(), "span offsets match its quote");
            }
        }
    }
}
