package org.factcheck.exchange.internal.aif;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.factcheck.core.exporters.CaseExporter;
import org.factcheck.core.exporters.ExportContext;
import org.factcheck.exchange.internal.CaseNames;
import org.factcheck.exchange.internal.Json;
import org.factcheck.model.Actor;
import org.factcheck.model.CaseFile;
import org.factcheck.model.Claim;
import org.factcheck.model.ClaimRelation;
import org.factcheck.model.Person;
import org.factcheck.model.Polarity;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Writes the claim graph in the Argument Interchange Format, in the JSON form AIFdb and OVA use
 * ({@code nodes}, {@code edges}, {@code locutions}, {@code participants}).
 * <ul>
 * <li>every claim is an I-node (its statement);</li>
 * <li>a relation of polarity SUPPORT is an RA-node ("Default Inference"), ATTACK a CA-node ("Default
 * Conflict"), NEUTRAL an MA-node ("Default Rephrase"), each with an edge from the premise's I-node and an edge
 * to the conclusion's I-node;</li>
 * <li>a claim with a claimant also has an L-node ("Name: statement") linked to its I-node through a YA-node
 * ("Asserting"), and a locution that ties the L-node to the claimant as participant.</li>
 * </ul>
 * Edges carry {@code formEdgeID} (null), timestamps are AIFdb's {@code yyyy-MM-dd HH:mm:ss} (the day said, at
 * midnight: the case has no time of day for a statement), and an organisation is a participant with its whole
 * name as first name.
 * Node ids are numbers given in the case's order, so exporting twice gives the same file.
 */
public final class AifExporter implements CaseExporter {

    @Override
    public void export(ExportContext context, OutputStream out) throws IOException {
        CaseFile caseFile = context.caseFile();
        ObjectNode root = Json.object();
        ArrayNode nodes = root.putArray("nodes");
        ArrayNode edges = root.putArray("edges");
        ArrayNode locutions = root.putArray("locutions");
        ArrayNode participants = root.putArray("participants");
        int[] next = { 1 };
        Map<Claim, String> inodes = new HashMap<>();
        Map<Actor, String> people = new LinkedHashMap<>();

        for (Claim claim : caseFile.getClaims()) {
            String inode = node(nodes, next, claim.getStatement(), "I", claim);
            inodes.put(claim, inode);
            Actor claimant = claim.getClaimant();
            if (claimant != null) {
                String person = people.computeIfAbsent(claimant, a -> participant(participants, people.size() + 1, a));
                String lnode = node(nodes, next, CaseNames.name(claimant) + ": " + claim.getStatement(), "L", claim);
                String ya = node(nodes, next, "Asserting", "YA", null);
                edge(edges, next, lnode, ya);
                edge(edges, next, ya, inode);
                ObjectNode locution = locutions.addObject();
                locution.put("nodeID", lnode);
                locution.put("personID", person);
                if (claim.getDateSaid() != null) {
                    locution.put("timestamp", timestamp(claim));
                }
            }
        }
        for (ClaimRelation relation : caseFile.getRelations()) {
            String premise = inodes.get(relation.getSource());
            String conclusion = inodes.get(relation.getTarget());
            if (premise == null || conclusion == null) {
                continue; // a relation to a claim outside the case; nothing to connect
            }
            Polarity polarity = relation.getKind() == null ? Polarity.NEUTRAL : relation.getKind().getPolarity();
            String scheme = switch (polarity) {
                case SUPPORT -> node(nodes, next, "Default Inference", "RA", null);
                case ATTACK -> node(nodes, next, "Default Conflict", "CA", null);
                default -> node(nodes, next, "Default Rephrase", "MA", null);
            };
            edge(edges, next, premise, scheme);
            edge(edges, next, scheme, conclusion);
        }
        Json.write(root, out);
    }

    private static String node(ArrayNode nodes, int[] next, String text, String type, Claim claim) {
        String id = Integer.toString(next[0]++);
        ObjectNode node = nodes.addObject();
        node.put("nodeID", id);
        node.put("text", text == null ? "" : text);
        node.put("type", type);
        if (claim != null && claim.getDateSaid() != null) {
            node.put("timestamp", timestamp(claim));
        }
        return id;
    }

    private static void edge(ArrayNode edges, int[] next, String from, String to) {
        ObjectNode edge = edges.addObject();
        edge.put("edgeID", Integer.toString(next[0]++));
        edge.put("fromID", from);
        edge.put("toID", to);
        edge.putNull("formEdgeID"); // AIFdb's field for edges of a dialogue form; none here
    }

    /** AIFdb's "yyyy-MM-dd HH:mm:ss"; the case records the day a statement was made, not its time. */
    private static String timestamp(Claim claim) {
        return claim.getDateSaid() + " 00:00:00";
    }

    /** A person's name is split before its last word; an organisation's whole name is its first name. */
    private static String participant(ArrayNode participants, int number, Actor actor) {
        String name = CaseNames.name(actor);
        int space = actor instanceof Person ? name.lastIndexOf(' ') : -1;
        ObjectNode participant = participants.addObject();
        participant.put("participantID", Integer.toString(number));
        participant.put("firstname", space > 0 ? name.substring(0, space) : name);
        participant.put("surname", space > 0 ? name.substring(space + 1) : "");
        return Integer.toString(number);
    }
}
