package org.factcheck.ui.internal.annotate;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.factcheck.core.text.Quotes;
import org.factcheck.model.Actor;
import org.factcheck.model.AnchorStatus;
import org.factcheck.model.CaseFactory;
import org.factcheck.model.CaseFile;
import org.factcheck.model.CasePackage.Literals;
import org.factcheck.model.Claim;
import org.factcheck.model.ClaimStatus;
import org.factcheck.model.Document;
import org.factcheck.model.Evidence;
import org.factcheck.model.SpanKind;
import org.factcheck.model.Stance;
import org.factcheck.model.TextSpan;

/**
 * The EMF commands of annotating: each action is one command (so one Undo) that adds a new span and whatever the
 * span is attached to. New objects are filled in before they are added, so the command only adds them.
 */
final class SpanCommands {

    private SpanCommands() {
    }

    /** A new span over code points {@code [start, end)} of the document's text, with its quote and context. */
    static TextSpan newSpan(Document document, int start, int end, SpanKind kind) {
        Quotes.Selector selector = Quotes.selector(document.getText(), start, end);
        TextSpan span = CaseFactory.eINSTANCE.createTextSpan();
        span.setStart(start);
        span.setEnd(end);
        span.setExact(selector.exact());
        span.setPrefix(selector.prefix());
        span.setSuffix(selector.suffix());
        span.setKind(kind);
        span.setAuthor(System.getProperty("user.name"));
        span.setCreated(now());
        span.setAnchorStatus(AnchorStatus.ANCHORED);
        return span;
    }

    /** Creates a claim whose first appearance is {@code span}; a claimant not yet in the case is added to it too. */
    static Command createClaim(EditingDomain domain, CaseFile caseFile, Document document, TextSpan span, String statement, Actor claimant,
            LocalDate said) {
        Claim claim = CaseFactory.eINSTANCE.createClaim();
        claim.setStatement(statement);
        claim.setClaimant(claimant);
        claim.setDateSaid(said);
        claim.setStatus(ClaimStatus.DRAFT);
        claim.setCreated(now());
        claim.getAppearances().add(span);
        CompoundCommand command = new CompoundCommand("Create Claim");
        command.append(addSpan(domain, document, span));
        if (claimant != null && claimant.eContainer() == null) {
            command.append(AddCommand.create(domain, caseFile, Literals.CASE_FILE__ACTORS, claimant));
        }
        command.append(AddCommand.create(domain, caseFile, Literals.CASE_FILE__CLAIMS, claim));
        return command;
    }

    /** Whether the span's words lie in (overlap) a region of the document marked as comments / boilerplate. */
    static boolean inBoilerplate(Document document, TextSpan span) {
        return document.getAnnotations().stream().anyMatch(b -> b != span && b.getKind() == org.factcheck.model.SpanKind.BOILERPLATE
                && b.getStart() < span.getEnd() && span.getStart() < b.getEnd());
    }

    static Command addAppearance(EditingDomain domain, Document document, TextSpan span, Claim claim) {
        CompoundCommand command = new CompoundCommand("Add Appearance");
        command.append(addSpan(domain, document, span));
        command.append(AddCommand.create(domain, claim, Literals.CLAIM__APPEARANCES, span));
        return command;
    }

    static Command addEvidence(EditingDomain domain, Document document, TextSpan span, Claim claim, Stance stance) {
        Evidence evidence = CaseFactory.eINSTANCE.createEvidence();
        evidence.setStance(stance);
        evidence.setSpan(span);
        // a reader's comment or a page's boilerplate is not the outlet's word: such evidence has no source yet
        evidence.setSource(inBoilerplate(document, span) ? null : document.getOutlet());
        evidence.setUrl(document.getUrl());
        evidence.setRetrieved(document.getRetrieved());
        evidence.setContentSha256(document.getTextSha256());
        CompoundCommand command = new CompoundCommand("Mark as Evidence");
        command.append(addSpan(domain, document, span));
        command.append(AddCommand.create(domain, claim, Literals.CLAIM__EVIDENCE, evidence));
        return command;
    }

    static Command addNote(EditingDomain domain, Document document, TextSpan span, String note) {
        span.setNote(note);
        CompoundCommand command = new CompoundCommand("Attach Note");
        command.append(addSpan(domain, document, span));
        return command;
    }

    /** Marks a region as comment / boilerplate: kept and shown greyed, skipped by the claim detectors. */
    static Command addBoilerplate(EditingDomain domain, Document document, TextSpan span) {
        CompoundCommand command = new CompoundCommand("Mark as Comment / Boilerplate");
        command.append(addSpan(domain, document, span));
        return command;
    }

    /** Moves a span (orphaned or not) onto code points {@code [start, end)} of its document's text. */
    static Command reattach(EditingDomain domain, TextSpan span, int start, int end) {
        Quotes.Selector selector = Quotes.selector(span.getDocument().getText(), start, end);
        CompoundCommand command = new CompoundCommand("Re-attach Span");
        command.append(SetCommand.create(domain, span, Literals.TEXT_SPAN__START, start));
        command.append(SetCommand.create(domain, span, Literals.TEXT_SPAN__END, end));
        command.append(SetCommand.create(domain, span, Literals.TEXT_SPAN__EXACT, selector.exact()));
        command.append(SetCommand.create(domain, span, Literals.TEXT_SPAN__PREFIX, selector.prefix()));
        command.append(SetCommand.create(domain, span, Literals.TEXT_SPAN__SUFFIX, selector.suffix()));
        command.append(SetCommand.create(domain, span, Literals.TEXT_SPAN__ANCHOR_STATUS, AnchorStatus.ANCHORED));
        return command;
    }

    private static Command addSpan(EditingDomain domain, Document document, TextSpan span) {
        return AddCommand.create(domain, document, Literals.DOCUMENT__ANNOTATIONS, span);
    }

    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
