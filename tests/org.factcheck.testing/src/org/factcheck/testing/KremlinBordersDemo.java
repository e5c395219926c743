package org.factcheck.testing;

import static org.factcheck.model.SpanKind.CLAIM_APPEARANCE;
import static org.factcheck.model.SpanKind.EVIDENCE;

import java.nio.file.Path;
import java.time.LocalDate;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.factcheck.core.CaseFiles;
import org.factcheck.model.Claim;
import org.factcheck.model.ClaimStatus;
import org.factcheck.model.Document;
import org.factcheck.model.Organisation;
import org.factcheck.model.Person;
import org.factcheck.model.Reliability;
import org.factcheck.model.Source;
import org.factcheck.model.SourceKind;
import org.factcheck.model.Stance;
import org.factcheck.model.Tag;

/**
 * The demo case, written down: four press articles of October–November 2022 on the borders of the Ukrainian
 * regions Russia annexed, the Kremlin's statements in them, the evidence the articles themselves give, and which
 * statements support or contradict each other. {@code DemoCaseTest} checks the committed case file is exactly
 * what this builds.
 */
public final class KremlinBordersDemo extends DemoCaseBuilder {

    private static final LocalDate MONDAY_OCT_3 = LocalDate.of(2022, 10, 3);
    private static final LocalDate WEDNESDAY_OCT_5 = LocalDate.of(2022, 10, 5);

    private KremlinBordersDemo() {
        super("Borders of the annexed regions",
                "What did the Kremlin say about the borders of the Ukrainian regions it annexed in September 2022, and do "
                        + "its statements hold together? Built from four press articles (October–November 2022).");
    }

    /** Builds the demo from the articles in {@code articles} (sorted by file name) into a resource for {@code file}. */
    public static Resource build(ResourceSet rs, Path[] articles, Path file) {
        return new KremlinBordersDemo().assemble(rs, articles, file);
    }

    private Resource assemble(ResourceSet rs, Path[] articles, Path file) {
        Organisation kremlin = organisation("Kremlin", "The administration of the President of Russia.");
        Person peskov = person("Dmitry Peskov", "Kremlin spokesperson", kremlin, "Dmitri Peskov", "Дмитрий Песков");
        Person putin = person("Vladimir Putin", "President of Russia", kremlin, "Владимир Путин");
        Person zelenskyy = person("Volodymyr Zelenskyy", "President of Ukraine", null, "Zelenskyj", "Володимир Зеленський");
        Organisation commandSouth = organisation("Operational Command South", "Southern command of the Armed Forces of Ukraine.");

        Source krone = source("Krone", SourceKind.NEWS_OUTLET, Reliability.UNKNOWN,
                "Austrian daily (Kronen Zeitung); article 001 is an English translation of its report.");
        Source ap = source("Associated Press", SourceKind.NEWS_AGENCY, Reliability.HIGH,
                "Cited by article 000 for the Russian military's acknowledgement.");
        source("TASS", SourceKind.NEWS_AGENCY, Reliability.LOW,
                "Russian state news agency; cited by article 002 for Peskov's words. Reports the Kremlin's line.");

        Tag borders = tag("borders", "#1f77b4");
        Tag military = tag("military situation", "#8c564b");

        Document insider = importArticle(articles[0], null, MONDAY_OCT_3, null);
        Document kroneArticle = importArticle(articles[1],
                "Peskov: borders of Kherson and Zaporizhzhia still to be decided (Krone, translated)", MONDAY_OCT_3, krone);
        Document retake = importArticle(articles[2], null, WEDNESDAY_OCT_5, null);
        Document noPlans = importArticle(articles[3], null, null, null);

        Claim consult = claim("We will continue consultations with the local population to clarify the borders "
                + "of the Kherson and Zaporizhzhia regions.", peskov, MONDAY_OCT_3,
                span(kroneArticle, "We will continue consultations with the local population to clarify the borders", CLAIM_APPEARANCE),
                span(insider, "Moscow will need to \"consult\" with the local populations in southern Ukraine's Kherson and "
                        + "Zaporizhzhia regions to determine where the borders are", CLAIM_APPEARANCE),
                span(insider, "A Kremlin spokesperson said Russia will consult locals in the Kherson and Zaporizhzhia regions.",
                        CLAIM_APPEARANCE));
        verdict(consult, "Unverifiable", ClaimStatus.IN_REVIEW,
                "A statement of intent, reported the same way by two outlets. What can be checked is what it implies: "
                        + "four days after the annexation decrees, the Kremlin could not say where two of the four regions end.");
        consult.getTags().add(borders);

        Claim fullBorders = claim("Luhansk and Donetsk become part of Russia completely within their Ukrainian "
                + "administrative borders.", peskov, MONDAY_OCT_3,
                span(kroneArticle, "the Luhansk and Donetsk regions would become part of Russia completely within their "
                        + "Ukrainian administrative borders", CLAIM_APPEARANCE),
                span(insider, "Peskov said Moscow will recognize the existing borders for the east's Luhansk and Donetsk regions",
                        CLAIM_APPEARANCE));
        evidence(fullBorders, Stance.CONTEXT, span(insider, "But Russia does not even control all four territories in full.", EVIDENCE),
                null, "The claimed borders include ground Russia does not hold.");
        evidence(fullBorders, Stance.CONTEXT, span(kroneArticle, "the areas themselves are not fully under Russian control", EVIDENCE),
                krone, null);
        fullBorders.getTags().add(borders);

        Claim finalised = claim("Under Russian law the accession of Donetsk, Kherson, Luhansk and Zaporizhzhia is final.",
                putin, WEDNESDAY_OCT_5,
                span(retake, "The legislation finalizes – under Russian law – the accession of Donetsk, Kherson, Luhansk and "
                        + "Zaporizhzhya", CLAIM_APPEARANCE));
        finalised.getTags().add(borders);

        Claim retaken = claim("The annexed regions will be with Russia forever; the areas Russian troops left will be retaken.",
                peskov, WEDNESDAY_OCT_5,
                span(retake, "They will be with Russia forever; they will be retaken", CLAIM_APPEARANCE),
                span(retake, "certain territories will be retaken", CLAIM_APPEARANCE));
        evidence(retaken, Stance.CONTEXT, span(retake, "Kyiv has vowed to free all of its territory occupied by Russia.", EVIDENCE),
                null, null);

        Claim noContradiction = claim("There is no contradiction between the withdrawal from some areas and their annexation.",
                peskov, WEDNESDAY_OCT_5, span(retake, "There is no contradiction here", CLAIM_APPEARANCE));

        Claim noMoreTerritory = claim("Russia has no plans to take more territory from Ukraine.", peskov, null,
                span(noPlans, "Russia has no plans “to take more territory from Ukraine.”", CLAIM_APPEARANCE));
        Claim mustLiberate = claim("In a number of new regions of the Russian Federation there are occupied territories that "
                + "must be liberated.", peskov, null,
                span(noPlans, "in a number of new regions of the Russian Federation there are occupied territories that must be "
                        + "liberated", CLAIM_APPEARANCE));
        evidence(noMoreTerritory, Stance.REFUTES, retaken.getAppearances().get(1), null,
                "Peskov himself said in October that 'certain territories will be retaken'.");
        evidence(noMoreTerritory, Stance.REFUTES, mustLiberate.getAppearances().get(0), null,
                "Same article: the 'occupied territories' to be 'liberated' are held by Ukraine.");
        verdict(noMoreTerritory, "Mostly false", ClaimStatus.IN_REVIEW,
                "True only if the annexation is accepted: the territory Peskov says Russia will 'retake' and 'liberate' is "
                        + "territory Ukraine holds. Article 003 gives no date for the statement; it was published in November 2022.");
        noMoreTerritory.getTags().add(borders);

        Claim forcedToRetreat = claim("Russian forces have been forced to retreat in some areas of southern Ukraine.",
                commandSouth, MONDAY_OCT_3,
                span(insider, "Russian forces have been \"forced to retreat\" in some areas", CLAIM_APPEARANCE));
        evidence(forcedToRetreat, Stance.SUPPORTS, span(insider, "Russia's military acknowledged on Monday that Kyiv's forces had "
                + "managed to break through its defenses", EVIDENCE), ap, "The other side confirms the breakthrough.");
        verdict(forcedToRetreat, "True", ClaimStatus.PUBLISHED,
                "Russia's own military acknowledged the breakthrough the same day, as the Associated Press reported.");
        forcedToRetreat.getTags().add(military);

        Claim khersonControlled = claim("Kherson remains under the control of the Russian Federation.", kremlin, null,
                span(noPlans, "Russia continues to say that the territory is under the control of the Russian Federation",
                        CLAIM_APPEARANCE));
        evidence(khersonControlled, Stance.REFUTES, span(noPlans, "In November, Russia withdrew its forces from Kherson, the only "
                + "regional capital the Kremlin had held since the start of the war.", EVIDENCE), null, null);
        evidence(khersonControlled, Stance.REFUTES, span(noPlans, "as demonstrated by Ukrainian forces retaking Kherson", EVIDENCE),
                null, null);
        verdict(khersonControlled, "False", ClaimStatus.PUBLISHED,
                "Russian forces withdrew from the city of Kherson in November 2022 and Ukrainian forces retook it.");
        khersonControlled.getTags().add(military);

        Claim defend = claim("We will defend our territories with all the means at our disposal.", kremlin, null,
                span(kroneArticle, "We will defend our territories with all the means at our disposal", CLAIM_APPEARANCE));
        Claim farce = claim("Once the Ukrainian flag is returned, no one will remember the Russian farce with papers and any "
                + "annexations.", zelenskyy, MONDAY_OCT_3,
                span(kroneArticle, "Once the Ukrainian flag is returned, no one will remember the Russian farce with papers and "
                        + "any annexations", CLAIM_APPEARANCE));
        verdict(farce, "Unverifiable", ClaimStatus.DRAFT, "A prediction, not a checkable statement of fact.");

        relate(consult, CaseFiles.CONTRADICTS, finalised, "Borders still to be 'clarified' by consultation are not final "
                + "and defined: the Kremlin cannot say where Kherson and Zaporizhzhia end, yet the law treats their accession as settled.");
        relate(noMoreTerritory, CaseFiles.CONTRADICTS, retaken, "Retaking areas Ukraine holds is taking territory from Ukraine; "
                + "the two agree only if the annexation is taken as given.");
        relate(noMoreTerritory, CaseFiles.CONTRADICTS, mustLiberate, "'Liberating occupied territories' means taking ground Ukraine holds.");
        relate(mustLiberate, CaseFiles.SUPPORTS, retaken, "Both say Russia will take back the annexed areas it does not hold.");
        relate(noContradiction, CaseFiles.SUPPORTS, retaken, "Peskov's reconciliation of the retreat with the annexation.");
        relate(defend, CaseFiles.SUPPORTS, retaken, "Both treat the annexed regions as Russian territory to be held by force.");
        relate(forcedToRetreat, CaseFiles.CONTRADICTS, khersonControlled, "Forces in retreat in the south do not control Kherson.");
        relate(farce, CaseFiles.CONTRADICTS, finalised, "Ukraine rejects the accession as a 'farce with papers'.");

        return finish(rs, file, gridDiagram("Argument map"));
    }
}
