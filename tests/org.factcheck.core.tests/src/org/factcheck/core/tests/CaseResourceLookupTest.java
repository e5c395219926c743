package org.factcheck.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Random;

import org.eclipse.emf.ecore.resource.Resource;
import org.factcheck.core.CaseFileException;
import org.factcheck.core.CaseStore;
import org.factcheck.core.internal.Instants;
import org.factcheck.model.CaseFactory;
import org.factcheck.model.CaseFile;
import org.factcheck.model.Claim;
import org.factcheck.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code CaseResource} does to load large cases fast must not change what is loaded: objects are found by
 * their current id, and timestamps read the same as {@link Instant#parse(CharSequence)} reads them.
 */
class CaseResourceLookupTest {

    private static final String NS = "xmlns:fc=\"http://www.factcheck.org/2026/case\"";

    @TempDir
    Path dir;

    private Resource sample() {
        return CaseStore.create(Fixtures.resourceSet(), dir.resolve("case.factcase"), Fixtures.sampleCase());
    }

    private static CaseFile root(Resource resource) {
        return (CaseFile) resource.getContents().get(0);
    }

    @Test
    void objectsAreFoundByTheirId() {
        Resource resource = sample();
        Claim claim = root(resource).getClaims().get(1);
        assertSame(claim, resource.getEObject(claim.getId()));
        assertNull(resource.getEObject("no-such-id"));
    }

    @Test
    void anObjectWhoseIdChangedIsFoundByTheNewIdOnly() {
        Resource resource = sample();
        Claim claim = root(resource).getClaims().get(0);
        String old = claim.getId();
        assertSame(claim, resource.getEObject(old));
        claim.setId("renamed");
        assertSame(claim, resource.getEObject("renamed"));
        assertNull(resource.getEObject(old));
    }

    @Test
    void objectsAddedLaterAreFoundAndRemovedOnesAreNot() {
        Resource resource = sample();
        Claim added = CaseFactory.eINSTANCE.createClaim();
        root(resource).getClaims().add(added);
        assertNotNull(added.getId());
        assertSame(added, resource.getEObject(added.getId()));
        root(resource).getClaims().remove(added);
        assertNull(resource.getEObject(added.getId()));
    }

    @Test
    void referencesResolveAfterLoading() throws Exception {
        Path file = dir.resolve("case.factcase");
        Resource saved = sample();
        CaseStore.save(saved, file);
        Resource loaded = CaseStore.load(Fixtures.resourceSet(), file);
        Claim first = root(loaded).getClaims().get(0);
        assertSame(first, loaded.getEObject(first.getId()));
        assertEquals(root(saved).getClaims().get(0).getClaimant().getId(), first.getClaimant().getId());
        assertSame(root(loaded).getActors().stream().filter(a -> a.getId().equals(first.getClaimant().getId()))
                .findFirst().orElseThrow(), first.getClaimant());
    }

    @Test
    void canonicalInstantsAreReadAsInstantParseReadsThem() {
        Random random = new Random(42);
        long min = Instant.parse("0000-01-01T00:00:00Z").getEpochSecond();
        long max = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();
        int[] precisions = { 1, 1_000, 1_000_000, 1_000_000_000 };
        for (int i = 0; i < 20_000; i++) {
            long seconds = min + (long) (random.nextDouble() * (max - min));
            int nanos = random.nextInt(1_000_000_000);
            Instant instant = Instant.ofEpochSecond(seconds, nanos - nanos % precisions[random.nextInt(4)]);
            String text = instant.toString();
            assertEquals(Instant.parse(text), Instants.parseCanonical(text), text);
        }
        for (String text : new String[] { "2026-11-21T12:00:00Z", "2026-11-21T12:00:00.1Z", "2026-11-21T12:00:00.123456789Z",
            "2024-02-29T23:59:59.999Z", "0000-01-01T00:00:00Z", "9999-12-31T23:59:59Z", "1970-01-01T00:00:00Z" }) {
            assertEquals(Instant.parse(text), Instants.parseCanonical(text), text);
        }
    }

    @Test
    void otherFormsAreLeftToInstantParse() {
        for (String text : new String[] { "2026-11-21t12:00:00z", "2026-11-21T12:00:00+01:00", "2026-11-21T23:59:60Z",
            "2026-11-21T24:00:00Z", "2026-11-21T12:00:00.Z", "2026-11-21T12:00:00.1234567891Z", "+10000-01-01T00:00:00Z",
            "2026-02-30T00:00:00Z", "2023-02-29T00:00:00Z", "2026-13-01T00:00:00Z", "2026-11-21T12:00Z",
            " 2026-11-21T12:00:00Z", "2026-11-21T12:00:00Z ", "２026-11-21T12:00:00Z", "2026-11-21 12:00:00Z", "" }) {
            assertNull(Instants.parseCanonical(text), text);
        }
    }

    @Test
    void timestampsInOtherFormsLoadAsBefore() throws Exception {
        Path file = Fixtures.write(dir, "offset.factcase",
                "<?xml version=\"1.0\"?><fc:CaseFile " + NS + " created=\" 2026-11-21T13:00:00+01:00\"/>");
        CaseFile loaded = root(CaseStore.load(Fixtures.resourceSet(), file));
        assertEquals(Instant.parse("2026-11-21T12:00:00Z"), loaded.getCreated());

        Path leap = Fixtures.write(dir, "leap.factcase",
                "<?xml version=\"1.0\"?><fc:CaseFile " + NS + " created=\"2026-12-31T23:59:60Z\"/>");
        assertEquals(Instant.parse("2026-12-31T23:59:60Z"), root(CaseStore.load(Fixtures.resourceSet(), leap)).getCreated());
    }

    @Test
    void impossibleDatesAreStillRefused() throws Exception {
        Path file = Fixtures.write(dir, "feb30.factcase",
                "<?xml version=\"1.0\"?><fc:CaseFile " + NS + " created=\"2026-02-30T00:00:00Z\"/>");
        CaseFileException e = assertThrows(CaseFileException.class, () -> CaseStore.load(Fixtures.resourceSet(), file));
        assertTrue(e.getMessage().contains("could not be read"), e.getMessage());
    }
}
