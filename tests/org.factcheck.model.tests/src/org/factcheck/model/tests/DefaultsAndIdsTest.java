package org.factcheck.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.factcheck.model.CaseFactory;
import org.factcheck.model.CasePackage;
import org.factcheck.model.Claim;
import org.factcheck.model.ClaimStatus;
import org.factcheck.model.ConflictKind;
import org.factcheck.model.ConflictSide;
import org.factcheck.model.Evidence;
import org.factcheck.model.Identifiable;
import org.factcheck.model.Person;
import org.factcheck.model.Polarity;
import org.factcheck.model.Rating;
import org.factcheck.model.RelationKind;
import org.factcheck.model.Reliability;
import org.factcheck.model.Source;
import org.factcheck.model.SourceKind;
import org.factcheck.model.SpanKind;
import org.factcheck.model.Stance;
import org.factcheck.model.AnchorStatus;
import org.factcheck.model.TextSpan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Default values of a freshly created object, and the id attribute every class inherits from Identifiable. */
class DefaultsAndIdsTest {

    private static final CaseFactory F = CaseFactory.eINSTANCE;

    @Test
    void claimDefaults() {
        Claim claim = F.createClaim();
        assertEquals(ClaimStatus.DRAFT, claim.getStatus());
        assertFalse(claim.eIsSet(CasePackage.Literals.CLAIM__STATUS), "the default is not saved");
        assertNull(claim.getId());
        assertNull(claim.getStatement());
        assertNull(claim.getVerdict());
        assertNull(claim.getClaimant());
        assertTrue(claim.getAppearances().isEmpty());
        assertTrue(claim.getEvidence().isEmpty());
        assertTrue(claim.getTags().isEmpty());
        assertEquals(ClaimStatus.DRAFT, CasePackage.Literals.CLAIM__STATUS.getDefaultValue());
    }

    @Test
    void textSpanDefaults() {
        TextSpan span = F.createTextSpan();
        assertEquals(SpanKind.CLAIM_APPEARANCE, span.getKind());
        assertEquals(AnchorStatus.ANCHORED, span.getAnchorStatus());
        assertEquals(0, span.getStart());
        assertEquals(0, span.getEnd());
        assertNull(span.getExact());
    }

    @Test
    void sourceEvidenceAndRelationKindDefaults() {
        Source source = F.createSource();
        assertEquals(SourceKind.OTHER, source.getKind(), "a source nobody classified is not claimed to be a news outlet");
        assertEquals(Reliability.UNKNOWN, source.getReliability());

        Evidence evidence = F.createEvidence();
        assertEquals(Stance.CONTEXT, evidence.getStance(), "evidence nobody judged does not read back as supporting");

        RelationKind kind = F.createRelationKind();
        assertEquals(Polarity.NEUTRAL, kind.getPolarity(), "a new relation kind neither supports nor attacks");
    }

    @Test
    void ratingIsScoredByDefault() {
        Rating rating = F.createRating();
        assertTrue(rating.isScored());
        assertEquals(0, rating.getValue());
        assertEquals(Boolean.TRUE, CasePackage.Literals.RATING__SCORED.getDefaultValue());
        assertFalse(rating.eIsSet(CasePackage.Literals.RATING__SCORED));

        rating.setScored(false);
        assertFalse(rating.isScored());
        assertTrue(rating.eIsSet(CasePackage.Literals.RATING__SCORED), "false must be saved");

        rating.eUnset(CasePackage.Literals.RATING__SCORED);
        assertTrue(rating.isScored(), "unset goes back to the default");
    }

    @Test
    void enumLiteralsHaveThePlannedOrderAndValues() {
        assertEquals(List.of(ClaimStatus.DRAFT, ClaimStatus.IN_REVIEW, ClaimStatus.PUBLISHED, ClaimStatus.ARCHIVED),
                ClaimStatus.VALUES);
        assertEquals(List.of(Stance.SUPPORTS, Stance.REFUTES, Stance.CONTEXT), Stance.VALUES);
        assertEquals(List.of(SpanKind.CLAIM_APPEARANCE, SpanKind.EVIDENCE, SpanKind.NOTE, SpanKind.BOILERPLATE),
                SpanKind.VALUES);
        assertEquals(List.of(Polarity.SUPPORT, Polarity.ATTACK, Polarity.NEUTRAL), Polarity.VALUES);
        assertEquals(List.of(SourceKind.NEWS_OUTLET, SourceKind.NEWS_AGENCY, SourceKind.OFFICIAL,
                SourceKind.GOVERNMENT, SourceKind.EXPERT, SourceKind.SOCIAL_MEDIA, SourceKind.OTHER),
                SourceKind.VALUES);
        assertEquals(List.of(Reliability.UNKNOWN, Reliability.LOW, Reliability.MIXED, Reliability.HIGH),
                Reliability.VALUES);
        assertEquals(List.of(AnchorStatus.ANCHORED, AnchorStatus.FUZZY, AnchorStatus.ORPHANED), AnchorStatus.VALUES);
        assertEquals(List.of(ConflictKind.CHANGED_ON_BOTH_SIDES, ConflictKind.DELETED_AND_CHANGED,
                ConflictKind.TARGET_DELETED, ConflictKind.TEXT_CHANGED_ON_BOTH_SIDES, ConflictKind.SPAN_NOT_PLACED),
                ConflictKind.VALUES);
        assertEquals(List.of(ConflictSide.OURS, ConflictSide.THEIRS), ConflictSide.VALUES);
        // XMI stores literal names; the integer values still follow the planned order.
        assertEquals(3, ClaimStatus.ARCHIVED.getValue());
        assertSame(ClaimStatus.IN_REVIEW, ClaimStatus.get("IN_REVIEW"));
        assertSame(ClaimStatus.IN_REVIEW, ClaimStatus.getByName("IN_REVIEW"));
    }

    @Test
    void enumValuesRoundTripAsNames() {
        assertEquals("IN_REVIEW", EcoreUtil.convertToString(CasePackage.Literals.CLAIM_STATUS, ClaimStatus.IN_REVIEW));
        assertSame(Stance.REFUTES, EcoreUtil.createFromString(CasePackage.Literals.STANCE, "REFUTES"));
        assertThrows(IllegalArgumentException.class,
                () -> EcoreUtil.createFromString(CasePackage.Literals.STANCE, "refutes"));
    }

    static Stream<EClass> concreteClasses() {
        return CasePackage.eINSTANCE.getEClassifiers().stream()
                .filter(EClass.class::isInstance)
                .map(EClass.class::cast)
                .filter(c -> !c.isAbstract() && !c.isInterface());
    }

    @Test
    void theConcreteClassesAreThePlannedOnes() {
        Set<String> names = new TreeSet<>();
        concreteClasses().forEach(c -> names.add(c.getName()));
        assertEquals(new TreeSet<>(List.of("CaseFile", "Document", "TextSpan", "Person", "Organisation", "Source",
                "Claim", "Evidence", "ClaimRelation", "RelationKind", "RatingScale", "Rating", "Tag", "MergeConflict",
                "DismissedSuggestion")), names);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("concreteClasses")
    void idIsTheIdAttributeOfEveryConcreteClass(EClass eClass) {
        assertTrue(CasePackage.Literals.IDENTIFIABLE.isSuperTypeOf(eClass), eClass.getName());
        assertSame(CasePackage.Literals.IDENTIFIABLE__ID, eClass.getEIDAttribute(), eClass.getName());

        EObject object = F.create(eClass);
        assertSame(CasePackage.Literals.IDENTIFIABLE__ID, object.eClass().getEIDAttribute());
        assertInstanceOf(Identifiable.class, object);
        assertNull(EcoreUtil.getID(object), "no id until one is assigned");

        String id = "0b7e8d5c-3f7a-4c8e-9d51-" + eClass.getName();
        ((Identifiable) object).setId(id);
        assertEquals(id, EcoreUtil.getID(object));

        EcoreUtil.setID(object, "other");
        assertEquals("other", ((Identifiable) object).getId());
    }

    @Test
    void abstractClassesCannotBeInstantiated() {
        assertTrue(CasePackage.Literals.IDENTIFIABLE.isAbstract());
        assertTrue(CasePackage.Literals.ACTOR.isAbstract());
        assertThrows(IllegalArgumentException.class, () -> F.create(CasePackage.Literals.IDENTIFIABLE));
        assertThrows(IllegalArgumentException.class, () -> F.create(CasePackage.Literals.ACTOR));
    }

    @Test
    void idAttributeIsAPlainString() {
        assertSame(String.class, CasePackage.Literals.IDENTIFIABLE__ID.getEAttributeType().getInstanceClass());
        assertTrue(CasePackage.Literals.IDENTIFIABLE__ID.isID());
        assertFalse(CasePackage.Literals.IDENTIFIABLE__ID.isMany());
        assertFalse(CasePackage.Literals.IDENTIFIABLE__ID.isTransient(), "ids are saved");
    }

    @Test
    void personIsAnActorWithAnOptionalAffiliation() {
        Person person = F.createPerson();
        assertTrue(CasePackage.Literals.ACTOR.isSuperTypeOf(person.eClass()));
        assertNull(person.getAffiliation());
        assertTrue(person.getAliases().isEmpty());
        person.getAliases().add("V. V. Putin");
        person.getAliases().add("Владимир Путин");
        assertEquals(List.of("V. V. Putin", "Владимир Путин"), person.getAliases());
    }
}
