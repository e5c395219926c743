package org.factcheck.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.factcheck.core.CaseFileException;
import org.factcheck.core.CaseStore;
import org.factcheck.model.CaseFile;
import org.factcheck.model.Claim;
import org.factcheck.testing.CountingServer;
import org.factcheck.testing.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A case file received from someone else never makes the tool open another file or a network address: every
 * reference to something outside the file is refused while reading, with its line, and nothing is fetched.
 */
class SelfContainedLoadTest {

    @TempDir
    Path dir;

    private CountingServer server;
    private Path canary;
    private String sample;
    private String claimantId;

    @BeforeEach
    void setUp() throws IOException {
        server = new CountingServer();

        // A valid case beside the file, with a person the references below could point at.
        canary = dir.resolve("other.factcase");
        CaseFile other = Fixtures.sampleCase();
        Resource otherResource = CaseStore.create(Fixtures.resourceSet(), canary, other);
        CaseStore.save(otherResource, canary);

        Path file = dir.resolve("sample.factcase");
        CaseFile root = Fixtures.sampleCase();
        Resource resource = CaseStore.create(Fixtures.resourceSet(), file, root);
        CaseStore.save(resource, file);
        sample = Files.readString(file);
        Claim claim = root.getClaims().stream().filter(c -> c.getClaimant() != null).findFirst().orElseThrow();
        claimantId = claim.getClaimant().getId();
        assertTrue(sample.contains("claimant=\"" + claimantId + "\""), "the sample refers to its claimant by id");
    }

    @AfterEach
    void stopServer() throws IOException {
        server.close();
    }

    @Test
    void referencesToOtherFilesAndAddressesAreRefusedWithTheirLine() throws Exception {
        String personId = ((CaseFile) CaseStore.load(Fixtures.resourceSet(), canary).getContents().get(0)).getClaims()
                .stream().filter(c -> c.getClaimant() != null).findFirst().orElseThrow().getClaimant().getId();
        String http = server.url("remote.factcase#" + personId);
        List<String> targets = List.of("fc:Person " + http, http, "fc:Person " + canary.toUri() + "#" + personId,
                "other.factcase#" + personId, "fc:Person other.factcase#" + personId,
                "platform:/resource/project/other.factcase#" + personId,
                "jar:" + canary.toUri() + "!/x.factcase#" + personId);
        for (String target : targets) {
            Path file = dir.resolve("hostile.factcase");
            Files.writeString(file, sample.replace("claimant=\"" + claimantId + "\"", "claimant=\"" + target + "\""));
            ResourceSet rs = Fixtures.resourceSet();
            CaseFileException e = assertThrows(CaseFileException.class, () -> CaseStore.load(rs, file), target);
            // A typed reference is refused as leading outside; an untyped one already fails as EMF cannot even tell
            // what to make of it (an abstract class). Either way: its line, and nothing opened.
            boolean typed = target.startsWith("fc:");
            assertTrue((!typed || e.getMessage().contains("outside the case file")) && e.getMessage().contains("(line "),
                    target + ": " + e.getMessage());
            assertEquals(List.of(), rs.getResources(), target + ": nothing else was loaded");
        }
        assertEquals(0, server.connections(), "no request reached the server");
    }

    @Test
    void anHrefElementToAnotherAddressIsRefusedToo() throws Exception {
        String http = server.url("remote.factcase#x");
        Path file = dir.resolve("href.factcase");
        Matcher claim = Pattern.compile("claimant=\"" + claimantId + "\"([^>]*?)(/?)>").matcher(sample);
        assertTrue(claim.find(), "the sample has a claim element to extend");
        String hostile = sample.substring(0, claim.start()) + claim.group(1) + "><claimant href=\"" + http + "\"/>"
                + (claim.group(2).isEmpty() ? "" : "</claims>") + sample.substring(claim.end());
        Files.writeString(file, hostile);
        CaseFileException e = assertThrows(CaseFileException.class, () -> CaseStore.load(Fixtures.resourceSet(), file));
        assertTrue(e.getMessage().contains("outside the case file") || e.getMessage().contains("could not be read"),
                e.getMessage());
        assertEquals(0, server.connections(), "no request reached the server");
    }

    @Test
    void anUnknownNamespaceIsNotFetched() throws Exception {
        String http = server.url("evil.ecore");
        Path file = dir.resolve("namespace.factcase");
        Files.writeString(file, sample.replace("xmlns:fc=", "xmlns:evil=\"" + http + "\"\n    xmlns:fc=")
                .replaceFirst("xsi:type=\"fc:Person\"", "xsi:type=\"evil:Person\""));
        assertThrows(CaseFileException.class, () -> CaseStore.load(Fixtures.resourceSet(), file));
        assertEquals(0, server.connections(), "no request reached the server");
    }

    @Test
    void referencesInsideTheFileStillWork() throws Exception {
        Path file = dir.resolve("fragment.factcase");
        Files.writeString(file, sample.replace("claimant=\"" + claimantId + "\"", "claimant=\"#" + claimantId + "\""));
        Resource resource = CaseStore.load(Fixtures.resourceSet(), file);
        Claim claim = ((CaseFile) resource.getContents().get(0)).getClaims().stream()
                .filter(c -> c.getClaimant() != null).findFirst().orElseThrow();
        assertEquals(claimantId, claim.getClaimant().getId());
        assertFalse(claim.getClaimant().eIsProxy());
    }
}
