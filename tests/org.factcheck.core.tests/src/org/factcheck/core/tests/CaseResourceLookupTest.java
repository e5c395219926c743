package org.factcheck.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;

import org.eclipse.emf.ecore.resource.Resource;
import org.factcheck.core.CaseStore;
import org.factcheck.model.CaseFactory;
import org.factcheck.model.CaseFile;
import org.factcheck.model.Claim;
import org.factcheck.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code CaseResource} does to load large cases fast must not change what is loaded: objects are found by
 * their current id.
 */
class CaseResourceLookupTest {

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
}
