package org.factcheck.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

import org.eclipse.emf.edit.command.AddCommand;
import org.factcheck.diagram.internal.figures.ClaimFigure;
import org.factcheck.model.CaseFactory;
import org.factcheck.model.CasePackage;
import org.factcheck.model.Claim;
import org.factcheck.model.ConflictKind;
import org.factcheck.model.ConflictSide;
import org.factcheck.model.MergeConflict;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A claim with an open merge conflict shows a badge on its box, gone when the conflict is. */
class ConflictBadgeTest {

    @TempDir
    Path temp;

    private DemoDiagram demo;

    @BeforeEach
    void open() throws Exception {
        demo = DemoDiagram.open(temp);
    }

    @AfterEach
    void close() {
        DemoDiagram.page().closeAllEditors(false);
    }

    @Test
    void aClaimWithAConflictShowsABadgeUntilTheConflictIsGone() {
        Claim claim = demo.caseFile().getClaims().get(0);
        Claim other = demo.caseFile().getClaims().get(1);
        assertEquals(0, demo.part(claim).figure().view().conflicts());

        MergeConflict conflict = CaseFactory.eINSTANCE.createMergeConflict();
        conflict.setKind(ConflictKind.CHANGED_ON_BOTH_SIDES);
        conflict.setObjectId(claim.getId());
        conflict.setObjectType("Claim");
        conflict.setFeature("statement");
        conflict.setKept(ConflictSide.OURS);
        conflict.setBase("old");
        conflict.setOurs("mine");
        conflict.setTheirs("theirs");
        conflict.setMessage("statement changed on both sides");
        demo.session.commandStack().execute(AddCommand.create(demo.session.domain(), demo.caseFile(),
                CasePackage.Literals.CASE_FILE__CONFLICTS, conflict));
        DemoDiagram.processEvents();
        assertEquals(1, demo.part(claim).figure().view().conflicts(), "the conflicted claim's box has the badge");
        assertEquals(0, demo.part(other).figure().view().conflicts(), "the others do not");
        assertEquals("\u26a0 conflict", ClaimFigure.conflictBadge(1));

        demo.session.commandStack().undo();
        DemoDiagram.processEvents();
        assertEquals(0, demo.part(claim).figure().view().conflicts(), "the badge goes with the conflict");
    }
}
