package org.factcheck.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Random;
import java.util.TimeZone;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.factcheck.core.CaseStore;
import org.factcheck.model.CaseFile;
import org.factcheck.model.Claim;
import org.factcheck.testing.DemoCase;
import org.factcheck.ui.internal.history.CaseHistory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The git history of a case keeps a bounded number of versions in memory, and finds the same commits of each object
 * whether it keeps them all or only the last two.
 */
class CaseHistoryTest {

    @TempDir
    Path temp;

    @Test
    void aBoundedHistoryKeepsFewVersionsAndFindsTheSameCommitsAsAnUnboundedOne() throws Exception {
        Path file;
        Random random = new Random(20261202L);
        List<String> claimIds;
        try (Git git = Git.init().setDirectory(temp.toFile()).setInitialBranch("main").call()) {
            file = DemoCase.copyTo(temp);
            commit(git, "Add the case", 0);
            Resource first = CaseStore.load(new ResourceSetImpl(), file);
            claimIds = ((CaseFile) first.getContents().get(0)).getClaims().stream().map(Claim::getId).toList();
            for (int i = 1; i <= 14; i++) { // each commit rewords one claim chosen at random, or two
                Resource resource = CaseStore.load(new ResourceSetImpl(), file);
                List<Claim> claims = ((CaseFile) resource.getContents().get(0)).getClaims();
                for (int k = 0; k < 1 + random.nextInt(2); k++) {
                    Claim claim = claims.get(random.nextInt(claims.size()));
                    claim.setStatement(claim.getStatement() + " (" + i + "." + k + ")");
                }
                CaseStore.save(resource, file);
                commit(git, "Change " + i, i);
            }
        }
        try (CaseHistory all = CaseHistory.of(file, Long.MAX_VALUE).orElseThrow();
                CaseHistory two = CaseHistory.of(file, 1).orElseThrow()) {
            assertEquals(15, all.commits().size());
            int touched = 0;
            for (String id : claimIds) {
                List<CaseHistory.Entry> expected = all.commits(id);
                assertEquals(expected, two.commits(id), "the commits of claim " + id);
                assertTrue(two.cachedVersions() <= 2, "versions kept: " + two.cachedVersions());
                touched += expected.size() > 1 ? 1 : 0;
            }
            assertTrue(all.cachedVersions() >= 15, "unbounded, every version is kept: " + all.cachedVersions());
            assertTrue(touched >= 3, "the random changes touched several claims: " + touched);
        }
    }

    private static void commit(Git git, String message, int minutes) throws Exception {
        git.add().addFilepattern(".").call();
        PersonIdent who = new PersonIdent("Anna", "anna@newsroom.example",
                Date.from(Instant.parse("2026-11-20T10:00:00Z").plusSeconds(60L * minutes)), TimeZone.getTimeZone("UTC"));
        git.commit().setMessage(message).setAuthor(who).setCommitter(who).setSign(false).call();
    }
}
