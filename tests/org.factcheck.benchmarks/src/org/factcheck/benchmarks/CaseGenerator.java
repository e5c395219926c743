package org.factcheck.benchmarks;

import static org.factcheck.benchmarks.Vocabulary.ANNOTATORS;
import static org.factcheck.benchmarks.Vocabulary.FIRST;
import static org.factcheck.benchmarks.Vocabulary.LANGUAGES;
import static org.factcheck.benchmarks.Vocabulary.LAST;
import static org.factcheck.benchmarks.Vocabulary.OUTLET_WORDS;
import static org.factcheck.benchmarks.Vocabulary.ROLES;
import static org.factcheck.benchmarks.Vocabulary.TAG_NAMES;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.eclipse.emf.ecore.EObject;
import org.factcheck.core.CaseFiles;
import org.factcheck.model.Actor;
import org.factcheck.model.CaseFactory;
import org.factcheck.model.CaseFile;
import org.factcheck.model.Claim;
import org.factcheck.model.ClaimRelation;
import org.factcheck.model.ClaimStatus;
import org.factcheck.model.Document;
import org.factcheck.model.Identifiable;
import org.factcheck.model.Organisation;
import org.factcheck.model.Person;
import org.factcheck.model.Rating;
import org.factcheck.model.RelationKind;
import org.factcheck.model.Source;
import org.factcheck.model.SpanKind;
import org.factcheck.model.Tag;
import org.factcheck.model.TextSpan;
import org.factcheck.model.notation.Diagram;
import org.factcheck.model.notation.Node;
import org.factcheck.model.notation.NotationFactory;

/**
 * Generates a large case the way a busy desk would build one: many articles in several languages (English,
 * German, Russian, Ukrainian; typographic quotes, an emoji outside the Basic Multilingual Plane, XML special
 * characters), hundreds of text spans per article with their quote selectors, claims that appear in up to five
 * articles, evidence, verdicts, tags and relations, and one argument map.
 * <p>
 * Everything follows from the seed: the same {@link Size} and seed give the same objects, the same ids (name-based
 * UUIDs in tree order) and therefore the same file bytes. No clock is read.
 */
public final class CaseGenerator {

    /**
     * How big the generated case is.
     *
     * @param documents   the number of documents (articles)
     * @param spans       the number of text spans over all documents
     * @param claims      the number of claims
     * @param relations   the number of claim relations
     * @param minDocBytes the smallest article text, in UTF-8 bytes
     * @param maxDocBytes the largest article text, in UTF-8 bytes
     * @param diagramNodes the number of nodes of the argument map (at most one per claim)
     */
    public record Size(int documents, int spans, int claims, int relations, int minDocBytes, int maxDocBytes,
            int diagramNodes) {

        /** The size the project's performance targets are stated for. */
        public static final Size DEFAULT = new Size(200, 100_000, 20_000, 5_000, 10_000, 20_000, 500);

        /**
         * Checks the numbers.
         *
         * @param documents    the number of documents
         * @param spans        the number of spans
         * @param claims       the number of claims
         * @param relations    the number of relations
         * @param minDocBytes  the smallest text
         * @param maxDocBytes  the largest text
         * @param diagramNodes the number of diagram nodes
         */
        public Size {
            if (documents < 1 || spans < documents || claims < 2 || relations < 0 || minDocBytes < 1000
                    || maxDocBytes < minDocBytes || diagramNodes < 0) {
                throw new IllegalArgumentException("impossible case size: " + documents + " documents, " + spans
                        + " spans, " + claims + " claims, " + relations + " relations");
            }
        }
    }

    /** What was generated. */
    public record Result(CaseFile caseFile, Diagram diagram, Stats stats) {
    }

    /**
     * Counts of the generated case, for the report.
     *
     * @param objects     every object with an id (case, diagram and their contents)
     * @param appearances claim appearances (references from claims to spans)
     * @param evidence    evidence objects
     * @param textBytes   the UTF-8 size of all document texts
     */
    public record Stats(int objects, int appearances, int evidence, long textBytes) {
    }

    /** The fixed point in time all timestamps are counted from (no clock is read). */
    static final Instant EPOCH = Instant.parse("2026-01-05T08:00:00Z");

    private static final CaseFactory F = CaseFactory.eINSTANCE;

    private final Random random;
    private final Size size;
    private final long seed;
    private final CaseParts parts;

    private CaseGenerator(Size size, long seed) {
        this.size = size;
        this.seed = seed;
        this.random = new Random(seed);
        this.parts = new CaseParts(random, size);
    }

    /**
     * Generates a case.
     *
     * @param size the size
     * @param seed the seed of the random choices
     * @return the case (no resource) and its argument map
     */
    public static Result generate(Size size, long seed) {
        return new CaseGenerator(size, seed).generate();
    }

    private Result generate() {
        CaseFile caseFile = CaseFiles.newCase("Benchmark case " + seed);
        caseFile.setCreated(EPOCH);
        caseFile.setDescription("Generated by org.factcheck.benchmarks.CaseGenerator (seed " + seed + "): "
                + size.documents() + " documents, " + size.spans() + " text spans, " + size.claims() + " claims.");

        List<Tag> tags = new ArrayList<>();
        for (String name : TAG_NAMES) {
            Tag tag = F.createTag();
            tag.setName(name);
            tag.setColor(parts.color());
            tags.add(tag);
        }
        caseFile.getTags().addAll(tags);

        List<Source> sources = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            sources.add(parts.source(i));
        }
        caseFile.getSources().addAll(sources);

        List<Actor> actors = new ArrayList<>();
        List<Organisation> organisations = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            Organisation organisation = F.createOrganisation();
            organisation.setName(parts.pick(OUTLET_WORDS) + " " + parts.pick(new String[] { "Ministry", "Office", "Council",
                "Committee", "Міністерство", "Администрация" }) + " " + (i + 1));
            organisation.setDescription(parts.sentence(parts.pick(LANGUAGES), 6, 14));
            organisations.add(organisation);
        }
        for (int i = 0; i < 400; i++) {
            Person person = F.createPerson();
            person.setName(parts.pick(FIRST) + " " + parts.pick(LAST));
            person.setRole(parts.pick(ROLES));
            person.setAffiliation(parts.pick(organisations));
            for (int a = random.nextInt(3); a > 0; a--) {
                person.getAliases().add(parts.pick(FIRST) + " " + parts.pick(LAST));
            }
            if (random.nextInt(3) == 0) {
                person.setDescription(parts.sentence(parts.pick(LANGUAGES), 5, 12));
            }
            actors.add(person);
        }
        actors.addAll(organisations);
        caseFile.getActors().addAll(actors);

        // How many spans each claim needs, then the kind of every span: exactly size.spans() spans.
        int[] appearanceCounts = new int[size.claims()];
        int[] evidenceCounts = new int[size.claims()];
        int appearances = 0;
        int evidence = 0;
        for (int i = 0; i < size.claims(); i++) {
            appearanceCounts[i] = 1 + random.nextInt(5);
            evidenceCounts[i] = random.nextInt(4);
            appearances += appearanceCounts[i];
            evidence += evidenceCounts[i];
        }
        while (appearances + evidence > size.spans()) { // only for small sizes
            int i = random.nextInt(size.claims());
            if (evidenceCounts[i] > 0) {
                evidenceCounts[i]--;
                evidence--;
            } else if (appearanceCounts[i] > 1) {
                appearanceCounts[i]--;
                appearances--;
            }
        }
        List<SpanKind> kinds = new ArrayList<>(size.spans());
        for (int i = 0; i < size.spans(); i++) {
            kinds.add(i < appearances ? SpanKind.CLAIM_APPEARANCE
                    : i < appearances + evidence ? SpanKind.EVIDENCE : SpanKind.NOTE);
        }
        Collections.shuffle(kinds, random);

        List<TextSpan> appearancePool = new ArrayList<>(appearances);
        List<TextSpan> evidencePool = new ArrayList<>(evidence);
        long textBytes = 0;
        int spanIndex = 0;
        for (int d = 0; d < size.documents(); d++) {
            int spanCount = size.spans() / size.documents() + (d < size.spans() % size.documents() ? 1 : 0);
            Document document = parts.document(d, parts.pick(sources));
            textBytes += document.getText().getBytes(StandardCharsets.UTF_8).length;
            int[] codePoints = document.getText().codePoints().toArray();
            List<TextSpan> spans = new ArrayList<>(spanCount);
            for (int s = 0; s < spanCount; s++) {
                TextSpan span = parts.span(codePoints, kinds.get(spanIndex++));
                spans.add(span);
                if (span.getKind() == SpanKind.CLAIM_APPEARANCE) {
                    appearancePool.add(span);
                } else if (span.getKind() == SpanKind.EVIDENCE) {
                    evidencePool.add(span);
                }
            }
            spans.sort((a, b) -> a.getStart() != b.getStart() ? Integer.compare(a.getStart(), b.getStart())
                    : Integer.compare(a.getEnd(), b.getEnd()));
            document.getAnnotations().addAll(spans);
            caseFile.getDocuments().add(document);
        }
        // Spans were made document by document; a claim takes its appearances from anywhere.
        Collections.shuffle(appearancePool, random);
        Collections.shuffle(evidencePool, random);

        List<Rating> ratings = caseFile.getRatingScale().getRatings();
        List<Claim> claims = new ArrayList<>(size.claims());
        Iterator<TextSpan> nextAppearance = appearancePool.iterator();
        Iterator<TextSpan> nextEvidence = evidencePool.iterator();
        for (int i = 0; i < size.claims(); i++) {
            Claim claim = F.createClaim();
            int language = random.nextInt(LANGUAGES.length);
            claim.setStatement(parts.sentence(LANGUAGES[language], 8, 30));
            claim.setClaimant(random.nextInt(5) == 0 ? parts.pick(organisations) : parts.pick(actors.subList(0, 400)));
            claim.setDateSaid(LocalDate.of(2022, 2, 24).plusDays(random.nextInt(1400)));
            for (int a = 0; a < appearanceCounts[i]; a++) {
                claim.getAppearances().add(nextAppearance.next());
            }
            claim.setVerdict(parts.pick(ratings));
            if (random.nextInt(10) < 7) {
                String[] words = LANGUAGES[language];
                claim.setExplanation(parts.sentence(words, 15, 60) + " " + parts.sentence(words, 8, 30));
            }
            claim.setStatus(ClaimStatus.get(random.nextInt(ClaimStatus.VALUES.size())));
            for (int t = random.nextInt(4); t > 0; t--) {
                Tag tag = parts.pick(tags);
                if (!claim.getTags().contains(tag)) {
                    claim.getTags().add(tag);
                }
            }
            for (int e = 0; e < evidenceCounts[i]; e++) {
                claim.getEvidence().add(parts.evidence(nextEvidence.next(), sources));
            }
            claim.setCreated(parts.instant());
            claims.add(claim);
        }
        caseFile.getClaims().addAll(claims);

        RelationKind[] relationKinds = { CaseFiles.kind(caseFile, CaseFiles.SUPPORTS),
            CaseFiles.kind(caseFile, CaseFiles.CONTRADICTS) };
        for (int i = 0; i < size.relations(); i++) {
            ClaimRelation relation = F.createClaimRelation();
            relation.setKind(relationKinds[random.nextInt(5) < 3 ? 0 : 1]);
            Claim source = parts.pick(claims);
            Claim target;
            do {
                target = parts.pick(claims);
            } while (target == source);
            relation.setSource(source);
            relation.setTarget(target);
            if (random.nextInt(10) < 7) {
                relation.setRationale(parts.sentence(parts.pick(LANGUAGES), 6, 25));
            }
            relation.setAuthor(parts.pick(ANNOTATORS));
            caseFile.getRelations().add(relation);
        }

        Diagram diagram = NotationFactory.eINSTANCE.createDiagram();
        diagram.setName("Argument map");
        int columns = 20;
        for (int i = 0; i < Math.min(size.diagramNodes(), claims.size()); i++) {
            Node node = NotationFactory.eINSTANCE.createNode();
            node.setElement(claims.get(i));
            node.setX(40 + (i % columns) * 300);
            node.setY(40 + (i / columns) * 180);
            node.setWidth(260);
            node.setHeight(120);
            diagram.getNodes().add(node);
        }

        int[] counter = { 0 };
        assignIds(caseFile, counter);
        diagram.setId(uuid(counter[0]++));
        diagram.getNodes().forEach(node -> node.setId(uuid(counter[0]++)));
        return new Result(caseFile, diagram, new Stats(counter[0], appearances, evidence, textBytes));
    }

    private void assignIds(EObject root, int[] counter) {
        ((Identifiable) root).setId(uuid(counter[0]++));
        for (Iterator<EObject> all = root.eAllContents(); all.hasNext();) {
            if (all.next() instanceof Identifiable identifiable) {
                identifiable.setId(uuid(counter[0]++));
            }
        }
    }

    private String uuid(int index) {
        return UUID.nameUUIDFromBytes(("factcheck-benchmark:" + seed + ":" + index).getBytes(StandardCharsets.UTF_8))
                .toString();
    }
}
