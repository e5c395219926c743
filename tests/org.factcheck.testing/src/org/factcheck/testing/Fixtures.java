package org.factcheck.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.factcheck.model.AnchorStatus;
import org.factcheck.model.CaseFactory;
import org.factcheck.model.CaseFile;
import org.factcheck.model.Claim;
import org.factcheck.model.ClaimRelation;
import org.factcheck.model.ClaimStatus;
import org.factcheck.model.ConflictKind;
import org.factcheck.model.ConflictSide;
import org.factcheck.model.DismissedSuggestion;
import org.factcheck.model.Document;
import org.factcheck.model.Evidence;
import org.factcheck.model.MergeConflict;
import org.factcheck.model.Organisation;
import org.factcheck.model.Person;
import org.factcheck.model.Polarity;
import org.factcheck.model.Rating;
import org.factcheck.model.RatingScale;
import org.factcheck.model.RelationKind;
import org.factcheck.model.Reliability;
import org.factcheck.model.Source;
import org.factcheck.model.SourceKind;
import org.factcheck.model.SpanKind;
import org.factcheck.model.Stance;
import org.factcheck.model.Tag;
import org.factcheck.model.TextSpan;
import org.factcheck.model.notation.Diagram;
import org.factcheck.model.notation.Node;
import org.factcheck.model.notation.NotationFactory;

/**
 * Test data shared by the test fragments: a small case that uses every class of the model, and files
 * in temporary folders.
 */
public final class Fixtures {

    /** A fixed instant, so that saved files do not depend on the clock. */
    public static final Instant CREATED = Instant.parse("2026-11-21T10:15:30.123Z");

    /**
     * The text of the sample document: several lines, an indented line, Cyrillic, an emoji outside the
     * Basic Multilingual Plane, XML special characters and a final line feed.
     */
    public static final String ARTICLE_TEXT = "Kremlin unsure where annexed borders lie\n"
            + "Dmitri Peskov said Moscow will \"consult\" residents of Kherson & Zaporizhzhia.\n"
            + "  Indented quote: <borders> are unclear.\n"
            + "Песков: «Мы продолжим консультации с населением» 🗺️ — said on Monday.\n";

    /** The claim text quoted by the first span of the sample document. */
    public static final String CLAIM_QUOTE = "Moscow will \"consult\" residents";

    /** The Cyrillic quote (after the emoji) of the second span. */
    public static final String CYRILLIC_QUOTE = "Мы продолжим консультации с населением";

    private static final CaseFactory F = CaseFactory.eINSTANCE;

    private Fixtures() {
    }

    /** @return a new resource set */
    public static ResourceSet resourceSet() {
        return new ResourceSetImpl();
    }

    /**
     * Builds a small case in which every class of the case model occurs at least once, and every
     * attribute and reference is set somewhere. No ids are set.
     *
     * @return the case, in no resource
     */
    public static CaseFile sampleCase() {
        CaseFile c = F.createCaseFile();
        c.setTitle("Kremlin borders");
        c.setDescription("Does Russia know the borders of the regions it annexed?");
        c.setCreated(CREATED);

        Source outlet = F.createSource();
        outlet.setName("Business Insider");
        outlet.setKind(SourceKind.NEWS_OUTLET);
        outlet.setUrl("https://www.businessinsider.com/");
        outlet.setReliability(Reliability.MIXED);
        outlet.setNote("Reports wire copy.");
        Source agency = F.createSource();
        agency.setName("Reuters");
        agency.setKind(SourceKind.NEWS_AGENCY);
        agency.setReliability(Reliability.HIGH);
        c.getSources().add(outlet);
        c.getSources().add(agency);

        Organisation kremlin = F.createOrganisation();
        kremlin.setName("Kremlin");
        kremlin.setDescription("Administration of the President of Russia");
        kremlin.getAliases().add("Администрация Президента");
        Person peskov = F.createPerson();
        peskov.setName("Dmitri Peskov");
        peskov.getAliases().add("Дмитрий Песков");
        peskov.setRole("Press secretary");
        peskov.setAffiliation(kremlin);
        c.getActors().add(kremlin);
        c.getActors().add(peskov);

        Document d = F.createDocument();
        d.setTitle("Kremlin unsure where annexed borders lie");
        d.setOutlet(outlet);
        d.setUrl("https://www.businessinsider.com/russia-borders");
        d.setAuthor("A. Reporter");
        d.setPublished(LocalDate.of(2022, 10, 3));
        d.setRetrieved(CREATED);
        d.setLanguage("en");
        d.setText(ARTICLE_TEXT);
        d.setTextSha256("0".repeat(64));
        d.setMediaType("text/plain");
        TextSpan claimSpan = span(ARTICLE_TEXT, CLAIM_QUOTE, SpanKind.CLAIM_APPEARANCE);
        claimSpan.setNote("The core claim");
        TextSpan cyrillicSpan = span(ARTICLE_TEXT, CYRILLIC_QUOTE, SpanKind.EVIDENCE);
        cyrillicSpan.setAnchorStatus(AnchorStatus.FUZZY);
        d.getAnnotations().add(claimSpan);
        d.getAnnotations().add(cyrillicSpan);
        DismissedSuggestion dismissed = F.createDismissedSuggestion();
        dismissed.setStart(claimSpan.getStart());
        dismissed.setEnd(claimSpan.getEnd());
        dismissed.setExact(CLAIM_QUOTE);
        dismissed.setKind("CHECK_WORTHY");
        dismissed.setStatement("A statement a detector suggested and a person dismissed");
        dismissed.setDismissed(CREATED);
        d.getDismissedSuggestions().add(dismissed);
        c.getDocuments().add(d);

        Tag borders = F.createTag();
        borders.setName("borders");
        borders.setColor("#3366CC");
        c.getTags().add(borders);

        RatingScale scale = F.createRatingScale();
        scale.setName("Test scale");
        Rating mostlyTrue = rating("Mostly true", 4, true, "#91CF60");
        scale.getRatings().add(mostlyTrue);
        scale.getRatings().add(rating("Unverifiable", 0, false, "#9E9E9E"));
        c.setRatingScale(scale);

        RelationKind supports = F.createRelationKind();
        supports.setName("supports");
        supports.setLabel("supports");
        supports.setPolarity(Polarity.SUPPORT);
        c.getRelationKinds().add(supports);

        Claim first = claim("Russia does not know where the borders of the annexed regions are.", peskov);
        first.getAppearances().add(claimSpan);
        first.setVerdict(mostlyTrue);
        first.setExplanation("Peskov said so himself.");
        first.setStatus(ClaimStatus.IN_REVIEW);
        first.getTags().add(borders);
        Evidence evidence = F.createEvidence();
        evidence.setStance(Stance.SUPPORTS);
        evidence.setSpan(cyrillicSpan);
        evidence.setSource(agency);
        evidence.setNote("Direct quote");
        evidence.setUrl("https://example.org/evidence");
        evidence.setRetrieved(CREATED);
        evidence.setContentSha256("f".repeat(64));
        first.getEvidence().add(evidence);
        Claim second = claim("Residents will be consulted about the borders.", peskov);
        c.getClaims().add(first);
        c.getClaims().add(second);

        ClaimRelation relation = F.createClaimRelation();
        relation.setKind(supports);
        relation.setSource(second);
        relation.setTarget(first);
        relation.setRationale("Consultation implies the borders are open.");
        relation.setAuthor("tester");
        c.getRelations().add(relation);

        // An open conflict of a merge, as factcheck merge records it (about an object that has no id yet here).
        MergeConflict conflict = F.createMergeConflict();
        conflict.setKind(ConflictKind.CHANGED_ON_BOTH_SIDES);
        conflict.setObjectId("sample-relation");
        conflict.setObjectType("ClaimRelation");
        conflict.setFeature("rationale");
        conflict.setKept(ConflictSide.OURS);
        conflict.setMessage("The rationale of the relation was changed on both sides.");
        conflict.setBase("Consultation implies open borders.");
        conflict.setOurs("Consultation implies the borders are open.");
        conflict.setTheirs("Consultations mean\nthe borders are not settled.");
        c.getConflicts().add(conflict);
        return c;
    }

    /**
     * Builds a diagram with one node per claim of a case.
     *
     * @param c the case
     * @return the diagram, in no resource
     */
    public static Diagram sampleDiagram(CaseFile c) {
        Diagram diagram = NotationFactory.eINSTANCE.createDiagram();
        diagram.setName("Argument map");
        int x = 10;
        for (Claim claim : c.getClaims()) {
            Node node = NotationFactory.eINSTANCE.createNode();
            node.setElement(claim);
            node.setX(x);
            node.setY(20);
            node.setWidth(160);
            node.setHeight(60);
            diagram.getNodes().add(node);
            x += 200;
        }
        return diagram;
    }

    /**
     * Writes a UTF-8 text file.
     *
     * @param dir     the folder
     * @param name    the file name
     * @param content the text
     * @return the file
     * @throws IOException if writing fails
     */
    public static Path write(Path dir, String name, String content) throws IOException {
        return write(dir, name, content.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Writes a file.
     *
     * @param dir   the folder
     * @param name  the file name
     * @param bytes the content
     * @return the file
     * @throws IOException if writing fails
     */
    public static Path write(Path dir, String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    /** @return the first bytes of a real PNG image (signature and IHDR chunk of a 1x1 image) */
    public static byte[] pngBytes() {
        int[] values = { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44,
            0x52, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1F, 0x15, 0xC4,
            0x89, 0x00, 0x00, 0x00, 0x0A, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9C, 0x63, 0x00, 0x01, 0x00, 0x00, 0x05,
            0x00, 0x01, 0x0D, 0x0A, 0x2D, 0xB4, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60,
            0x82 };
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }

    /**
     * Returns the code point offset of the first occurrence of a quote.
     *
     * @param text  the text
     * @param quote the quote
     * @return its start in code points
     * @throws IllegalArgumentException if the text does not contain the quote
     */
    public static int codePointIndexOf(String text, String quote) {
        int at = text.indexOf(quote);
        if (at < 0) {
            throw new IllegalArgumentException("not in the text: " + quote);
        }
        return text.codePointCount(0, at);
    }

    private static TextSpan span(String text, String quote, SpanKind kind) {
        TextSpan span = F.createTextSpan();
        int start = codePointIndexOf(text, quote);
        span.setStart(start);
        span.setEnd(start + quote.codePointCount(0, quote.length()));
        span.setExact(quote);
        span.setPrefix("");
        span.setSuffix("");
        span.setKind(kind);
        span.setAuthor("tester");
        span.setCreated(CREATED);
        span.setAnchorStatus(AnchorStatus.ANCHORED);
        return span;
    }

    private static Rating rating(String label, int value, boolean scored, String color) {
        Rating rating = F.createRating();
        rating.setLabel(label);
        rating.setDescription(label + " rating");
        rating.setValue(value);
        rating.setScored(scored);
        rating.setColor(color);
        return rating;
    }

    private static Claim claim(String statement, Person claimant) {
        Claim claim = F.createClaim();
        claim.setStatement(statement);
        claim.setClaimant(claimant);
        claim.setDateSaid(LocalDate.of(2022, 10, 3));
        claim.setCreated(CREATED);
        return claim;
    }
}
