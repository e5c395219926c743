package org.factcheck.core.tests.merge;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.factcheck.core.anchoring.Anchorer;
import org.factcheck.core.anchoring.Placement;
import org.factcheck.core.anchoring.Reanchoring;
import org.factcheck.core.text.CodePoints;
import org.factcheck.core.text.Hashes;
import org.factcheck.core.text.Quotes;
import org.factcheck.model.CaseFactory;
import org.factcheck.model.CaseFile;
import org.factcheck.model.Claim;
import org.factcheck.model.ClaimRelation;
import org.factcheck.model.ClaimStatus;
import org.factcheck.model.Document;
import org.factcheck.model.Evidence;
import org.factcheck.model.SpanKind;
import org.factcheck.model.Stance;
import org.factcheck.model.Tag;
import org.factcheck.model.TextSpan;
import org.factcheck.model.notation.Diagram;
import org.factcheck.model.notation.Node;

/**
 * Random edits of a case the way the workbench makes them, each leaving a valid case: verdicts, statements,
 * explanations, tags, claims and relations added and deleted (with their relations and boxes), evidence, spans, a
 * sentence inserted into an article (its spans re-anchored, its hash updated), boxes moved.
 */
final class EditScript {

    private static final CaseFactory F = CaseFactory.eINSTANCE;
    private static final String[] WORDS = { "border", "referendum", "Kherson", "annexed", "retreat", "Peskov",
            "consultations", "region", "statement", "evidence", "denied", "confirmed" };

    private final Random random;
    /** What was done, for the message of a failing trial. */
    final List<String> log = new ArrayList<>();

    EditScript(Random random) {
        this.random = random;
    }

    /** Applies {@code n} random edits to a version given by its roots (a case, then diagrams). */
    void apply(List<EObject> roots, int n) {
        CaseFile c = (CaseFile) roots.get(0);
        for (int i = 0; i < n; i++) {
            edit(c, roots);
        }
    }

    private void edit(CaseFile c, List<EObject> roots) {
        int what = random.nextInt(16);
        // Most edits go to the first few claims and articles, so that the two sides often meet.
        Claim claim = c.getClaims().isEmpty() ? null : pick(few(c.getClaims()));
        switch (what) {
            case 0, 1 -> {
                if (claim != null) {
                    claim.setVerdict(pick(c.getRatingScale().getRatings()));
                    log.add("verdict " + claim.getId());
                }
            }
            case 2 -> {
                if (claim != null) {
                    claim.setExplanation(insertWord(claim.getExplanation()));
                    log.add("explanation " + claim.getId());
                }
            }
            case 3 -> {
                if (claim != null) {
                    claim.setStatement(claim.getStatement() + " " + word());
                    claim.setStatus(ClaimStatus.get(random.nextInt(3)));
                    log.add("statement " + claim.getId());
                }
            }
            case 4 -> {
                if (claim != null) {
                    Tag tag = c.getTags().isEmpty() || random.nextBoolean() ? newTag(c) : pick(c.getTags());
                    if (!claim.getTags().contains(tag)) {
                        claim.getTags().add(tag);
                    }
                    log.add("tag " + claim.getId());
                }
            }
            case 5 -> {
                if (claim != null && !claim.getTags().isEmpty()) {
                    claim.getTags().remove(random.nextInt(claim.getTags().size()));
                    log.add("untag " + claim.getId());
                }
            }
            case 6 -> addClaim(c);
            case 7 -> {
                if (claim != null) {
                    deleteClaim(c, roots, claim);
                }
            }
            case 8 -> {
                if (c.getClaims().size() > 1) {
                    ClaimRelation r = F.createClaimRelation();
                    r.setId(UUID.randomUUID().toString());
                    r.setSource(claim);
                    Claim target = pick(c.getClaims());
                    r.setTarget(target == claim ? c.getClaims().get(0) : target);
                    r.setKind(pick(c.getRelationKinds()));
                    c.getRelations().add(r);
                    log.add("relate " + r.getSource().getId() + " " + r.getTarget().getId());
                }
            }
            case 9 -> {
                if (!c.getRelations().isEmpty()) {
                    log.add("unrelate " + c.getRelations().remove(random.nextInt(c.getRelations().size())).getId());
                }
            }
            case 10 -> {
                if (claim != null) {
                    Evidence e = F.createEvidence();
                    e.setId(UUID.randomUUID().toString());
                    e.setStance(Stance.get(random.nextInt(3)));
                    e.setNote("Shows that the " + word() + " was " + word());
                    e.setSpan(newSpan(pick(c.getDocuments()), SpanKind.EVIDENCE));
                    claim.getEvidence().add(e);
                    log.add("evidence " + claim.getId());
                }
            }
            case 11 -> {
                if (claim != null && !claim.getEvidence().isEmpty()) {
                    Evidence e = pick(claim.getEvidence());
                    if (random.nextBoolean()) {
                        e.setNote(insertWord(e.getNote()));
                        log.add("evidence note " + e.getId());
                    } else {
                        EcoreUtil.remove(e);
                        log.add("delete evidence " + e.getId());
                    }
                }
            }
            case 12 -> {
                if (claim != null) {
                    claim.getAppearances().add(newSpan(pick(c.getDocuments()), SpanKind.CLAIM_APPEARANCE));
                    log.add("appearance " + claim.getId());
                }
            }
            case 13 -> changeText(pick(few(c.getDocuments())));
            case 14 -> {
                for (EObject root : roots) {
                    if (root instanceof Diagram d && !d.getNodes().isEmpty()) {
                        Node node = pick(d.getNodes());
                        node.setX(node.getX() + 10 + random.nextInt(200));
                        node.setY(node.getY() + random.nextInt(50));
                        log.add("move box " + node.getId());
                    }
                }
            }
            default -> {
                Document d = pick(c.getDocuments());
                List<TextSpan> free = d.getAnnotations().stream().filter(s -> unreferenced(c, s)).toList();
                if (!free.isEmpty()) {
                    TextSpan s = pick(free);
                    EcoreUtil.remove(s);
                    log.add("delete span " + s.getId());
                }
            }
        }
    }

    private static boolean unreferenced(CaseFile c, TextSpan s) {
        return c.getClaims().stream().noneMatch(cl -> cl.getAppearances().contains(s)
                || cl.getEvidence().stream().anyMatch(e -> e.getSpan() == s));
    }

    private Tag newTag(CaseFile c) {
        Tag tag = F.createTag();
        tag.setId(UUID.randomUUID().toString());
        tag.setName(word() + "-" + random.nextInt(1000));
        c.getTags().add(tag);
        return tag;
    }

    private void addClaim(CaseFile c) {
        Claim claim = F.createClaim();
        claim.setId(UUID.randomUUID().toString());
        claim.setStatement("The " + word() + " was " + word() + ".");
        claim.setStatus(ClaimStatus.DRAFT);
        if (!c.getActors().isEmpty()) {
            claim.setClaimant(pick(c.getActors()));
        }
        claim.getAppearances().add(newSpan(pick(c.getDocuments()), SpanKind.CLAIM_APPEARANCE));
        c.getClaims().add(claim);
        log.add("add claim " + claim.getId());
    }

    private void deleteClaim(CaseFile c, List<EObject> roots, Claim claim) {
        c.getRelations().removeIf(r -> r.getSource() == claim || r.getTarget() == claim);
        for (EObject root : roots) {
            if (root instanceof Diagram d) {
                d.getNodes().removeIf(n -> n.getElement() == claim);
            }
        }
        EcoreUtil.remove(claim);
        log.add("delete claim " + claim.getId());
    }

    /** A new span over a few whole words of an article. */
    private TextSpan newSpan(Document d, SpanKind kind) {
        String text = d.getText();
        int length = CodePoints.length(text);
        int start = random.nextInt(Math.max(1, length - 40));
        int end = Math.min(length, start + 5 + random.nextInt(30));
        Quotes.Selector sel = Quotes.selector(text, start, end);
        TextSpan s = F.createTextSpan();
        s.setId(UUID.randomUUID().toString());
        s.setStart(start);
        s.setEnd(end);
        s.setExact(sel.exact());
        s.setPrefix(sel.prefix());
        s.setSuffix(sel.suffix());
        s.setKind(kind);
        d.getAnnotations().add(s);
        return s;
    }

    /** Inserts a sentence into an article and re-anchors its spans, as re-importing a new version does. */
    private void changeText(Document d) {
        String text = d.getText();
        int at = text.indexOf(". ", random.nextInt(Math.max(1, text.length())));
        at = at < 0 ? text.length() : at + 2;
        String newText = text.substring(0, at) + "The " + word() + " was " + word() + ". " + text.substring(at);
        Reanchoring r = new Anchorer().reanchor(d, newText);
        d.setText(newText);
        d.setTextSha256(Hashes.sha256Hex(newText));
        for (Placement p : r.placements()) {
            TextSpan s = p.span();
            s.setStart(p.start());
            s.setEnd(p.end());
            s.setExact(p.selector().exact());
            s.setPrefix(p.selector().prefix());
            s.setSuffix(p.selector().suffix());
            s.setAnchorStatus(p.status());
        }
        log.add("text " + d.getId() + " at " + at);
    }

    private String insertWord(String text) {
        String t = text == null ? "" : text;
        String[] words = t.split(" ", -1);
        int at = random.nextInt(words.length + 1);
        List<String> out = new ArrayList<>(List.of(words));
        out.add(at, word());
        return String.join(" ", out).strip();
    }

    private String word() {
        return WORDS[random.nextInt(WORDS.length)];
    }

    private <T> List<T> few(List<T> list) {
        return random.nextInt(4) == 0 ? list : list.subList(0, Math.min(3, list.size()));
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }
}
