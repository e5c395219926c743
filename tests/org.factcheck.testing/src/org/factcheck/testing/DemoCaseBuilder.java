package org.factcheck.testing;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.UUID;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.factcheck.core.CaseFiles;
import org.factcheck.core.CaseStore;
import org.factcheck.core.importers.ArticleImporters;
import org.factcheck.core.importers.ImportException;
import org.factcheck.core.text.CodePoints;
import org.factcheck.core.text.Quotes;
import org.factcheck.model.Actor;
import org.factcheck.model.CaseFactory;
import org.factcheck.model.CaseFile;
import org.factcheck.model.Claim;
import org.factcheck.model.ClaimRelation;
import org.factcheck.model.ClaimStatus;
import org.factcheck.model.Document;
import org.factcheck.model.Evidence;
import org.factcheck.model.Identifiable;
import org.factcheck.model.Organisation;
import org.factcheck.model.Person;
import org.factcheck.model.Rating;
import org.factcheck.model.Reliability;
import org.factcheck.model.Source;
import org.factcheck.model.SourceKind;
import org.factcheck.model.SpanKind;
import org.factcheck.model.Stance;
import org.factcheck.model.Tag;
import org.factcheck.model.TextSpan;
import org.factcheck.model.notation.Diagram;
import org.factcheck.model.notation.Node;

/**
 * Small vocabulary for writing a case in code the way a fact-checker builds it: import the articles, quote
 * spans by their exact words, make claims, add evidence and relations. Ids are name-based UUIDs given in tree
 * order and all timestamps are fixed, so building twice gives the same bytes.
 */
public class DemoCaseBuilder {

    /** When the demo's articles were imported and annotated. */
    public static final Instant ASSEMBLED = Instant.parse("2026-11-21T12:00:00Z");

    private static final CaseFactory F = CaseFactory.eINSTANCE;
    private static final String ANNOTATOR = "Demo case";

    protected final CaseFile caseFile;

    protected DemoCaseBuilder(String title, String description) {
        caseFile = CaseFiles.newCase(title);
        caseFile.setDescription(description);
        caseFile.setCreated(ASSEMBLED);
    }

    protected Document importArticle(Path file, String title, LocalDate published, Source outlet) {
        try {
            Document document = ArticleImporters.getDefault().importFile(file);
            if (title != null) {
                document.setTitle(title);
            }
            document.setPublished(published);
            document.setOutlet(outlet);
            document.setRetrieved(ASSEMBLED);
            document.setLanguage("en");
            caseFile.getDocuments().add(document);
            return document;
        } catch (ImportException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** A span over the only occurrence of {@code exact} in the document; fails if it occurs never or twice. */
    protected TextSpan span(Document document, String exact, SpanKind kind) {
        String text = document.getText();
        int at = text.indexOf(exact);
        if (at < 0 || text.indexOf(exact, at + 1) >= 0) {
            throw new IllegalArgumentException("Quote must occur exactly once in '" + document.getTitle() + "': " + exact);
        }
        int start = CodePoints.toCodePointOffset(text, at);
        int end = start + CodePoints.length(exact);
        Quotes.Selector selector = Quotes.selector(text, start, end);
        TextSpan span = F.createTextSpan();
        span.setStart(start);
        span.setEnd(end);
        span.setExact(selector.exact());
        span.setPrefix(selector.prefix());
        span.setSuffix(selector.suffix());
        span.setKind(kind);
        span.setAuthor(ANNOTATOR);
        span.setCreated(ASSEMBLED);
        document.getAnnotations().add(span);
        return span;
    }

    protected Person person(String name, String role, Organisation affiliation, String... aliases) {
        Person person = F.createPerson();
        person.setName(name);
        person.setRole(role);
        person.setAffiliation(affiliation);
        person.getAliases().addAll(java.util.List.of(aliases));
        caseFile.getActors().add(person);
        return person;
    }

    protected Organisation organisation(String name, String description) {
        Organisation organisation = F.createOrganisation();
        organisation.setName(name);
        organisation.setDescription(description);
        caseFile.getActors().add(organisation);
        return organisation;
    }

    protected Source source(String name, SourceKind kind, Reliability reliability, String note) {
        Source source = F.createSource();
        source.setName(name);
        source.setKind(kind);
        source.setReliability(reliability);
        source.setNote(note);
        caseFile.getSources().add(source);
        return source;
    }

    protected Tag tag(String name, String color) {
        Tag tag = F.createTag();
        tag.setName(name);
        tag.setColor(color);
        caseFile.getTags().add(tag);
        return tag;
    }

    protected Claim claim(String statement, Actor claimant, LocalDate said, TextSpan... appearances) {
        Claim claim = F.createClaim();
        claim.setStatement(statement);
        claim.setClaimant(claimant);
        claim.setDateSaid(said);
        claim.setCreated(ASSEMBLED);
        claim.getAppearances().addAll(java.util.List.of(appearances));
        caseFile.getClaims().add(claim);
        return claim;
    }

    protected void verdict(Claim claim, String ratingLabel, ClaimStatus status, String explanation) {
        Rating rating = caseFile.getRatingScale().getRatings().stream().filter(r -> r.getLabel().equals(ratingLabel))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("No rating " + ratingLabel));
        claim.setVerdict(rating);
        claim.setStatus(status);
        claim.setExplanation(explanation);
    }

    protected Evidence evidence(Claim claim, Stance stance, TextSpan span, Source source, String note) {
        Evidence evidence = F.createEvidence();
        evidence.setStance(stance);
        evidence.setSpan(span);
        evidence.setSource(source);
        evidence.setNote(note);
        if (span != null) {
            evidence.setContentSha256(span.getDocument().getTextSha256());
            evidence.setUrl(span.getDocument().getUrl());
            evidence.setRetrieved(span.getDocument().getRetrieved());
        }
        claim.getEvidence().add(evidence);
        return evidence;
    }

    protected ClaimRelation relate(Claim source, String kind, Claim target, String rationale) {
        ClaimRelation relation = F.createClaimRelation();
        relation.setSource(source);
        relation.setTarget(target);
        relation.setKind(CaseFiles.kind(caseFile, kind));
        relation.setRationale(rationale);
        relation.setAuthor(ANNOTATOR);
        caseFile.getRelations().add(relation);
        return relation;
    }

    /** A diagram with one node per claim on a grid; the argument diagram lays it out properly on demand. */
    protected Diagram gridDiagram(String name) {
        Diagram diagram = org.factcheck.model.notation.NotationFactory.eINSTANCE.createDiagram();
        diagram.setName(name);
        int i = 0;
        for (Claim claim : caseFile.getClaims()) {
            Node node = org.factcheck.model.notation.NotationFactory.eINSTANCE.createNode();
            node.setElement(claim);
            node.setX(40 + (i % 4) * 300);
            node.setY(40 + (i / 4) * 180);
            node.setWidth(260);
            node.setHeight(120);
            diagram.getNodes().add(node);
            i++;
        }
        return diagram;
    }

    /** Puts the case (and diagrams) into a new resource for {@code file}, with stable ids. */
    protected Resource finish(ResourceSet rs, Path file, Diagram... diagrams) {
        int[] counter = { 0 };
        assignIds(caseFile, counter);
        for (Diagram diagram : diagrams) {
            diagram.setId(uuid(counter[0]++));
            diagram.getNodes().forEach(node -> node.setId(uuid(counter[0]++)));
        }
        Resource resource = CaseStore.create(rs, file, caseFile);
        resource.getContents().addAll(java.util.List.of(diagrams));
        return resource;
    }

    private static void assignIds(EObject root, int[] counter) {
        ((Identifiable) root).setId(uuid(counter[0]++));
        for (Iterator<EObject> all = root.eAllContents(); all.hasNext();) {
            if (all.next() instanceof Identifiable identifiable) {
                identifiable.setId(uuid(counter[0]++));
            }
        }
    }

    private static String uuid(int index) {
        return UUID.nameUUIDFromBytes(("factcheck-demo:" + index).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
