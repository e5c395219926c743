package org.factcheck.cli.tests;

import java.nio.file.Path;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.resource.Resource;
import org.factcheck.core.CaseStore;
import org.factcheck.model.CaseFile;
import org.factcheck.model.Claim;
import org.factcheck.model.Rating;
import org.factcheck.testing.Fixtures;

/** Edits a case file the way the workbench saves it: load, change, {@link CaseStore#save}. */
final class Edits {

    private Edits() {
    }

    static void edit(Path file, Consumer<CaseFile> change) throws Exception {
        Resource r = CaseStore.load(Fixtures.resourceSet(), file);
        change.accept((CaseFile) r.getContents().get(0));
        CaseStore.save(r, file);
    }

    static CaseFile read(Path file) throws Exception {
        return (CaseFile) CaseStore.load(Fixtures.resourceSet(), file).getContents().get(0);
    }

    static Consumer<CaseFile> verdict(int claim, String label) {
        return c -> c.getClaims().get(claim).setVerdict(rating(c, label));
    }

    static Consumer<CaseFile> statement(int claim, String statement) {
        return c -> c.getClaims().get(claim).setStatement(statement);
    }

    static Rating rating(CaseFile c, String label) {
        return c.getRatingScale().getRatings().stream().filter(r -> r.getLabel().equals(label)).findFirst().orElseThrow();
    }

    static Claim claim(Path file, int i) throws Exception {
        return read(file).getClaims().get(i);
    }
}
