package org.factcheck.core.layout;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.factcheck.model.CaseFile;
import org.factcheck.model.Claim;
import org.factcheck.model.ClaimRelation;

/**
 * The graph to lay out: claims with the size of their boxes, and the relations between them. Relations without
 * a kind or with an end that is not among the claims are left out.
 */
public final class ClaimGraph {

    private final Map<Claim, Size> sizes;
    private final List<ClaimRelation> relations;

    private ClaimGraph(Map<Claim, Size> sizes, List<ClaimRelation> relations) {
        this.sizes = sizes;
        this.relations = relations;
    }

    /**
     * The graph of all claims and relations of a case.
     *
     * @param caseFile the case
     * @param sizer    the size of each claim's box
     * @return the graph
     */
    public static ClaimGraph of(CaseFile caseFile, NodeSizer sizer) {
        return of(caseFile.getClaims(), caseFile.getRelations(), sizer);
    }

    /**
     * The graph of some claims and the relations among them.
     *
     * @param claims    the claims, in the order to keep where the layout has a choice
     * @param relations candidate relations; those with an end outside {@code claims} or without a kind are left out
     * @param sizer     the size of each claim's box
     * @return the graph
     */
    public static ClaimGraph of(Collection<Claim> claims, Collection<ClaimRelation> relations, NodeSizer sizer) {
        Map<Claim, Size> sizes = new LinkedHashMap<>();
        for (Claim claim : claims) {
            sizes.put(claim, sizer.sizeOf(claim));
        }
        List<ClaimRelation> kept = new ArrayList<>();
        for (ClaimRelation relation : relations) {
            if (relation.getKind() != null && sizes.containsKey(relation.getSource())
                    && sizes.containsKey(relation.getTarget())) {
                kept.add(relation);
            }
        }
        return new ClaimGraph(sizes, List.copyOf(kept));
    }

    /**
     * Returns the claims.
     *
     * @return the claims, in the order given
     */
    public List<Claim> claims() {
        return List.copyOf(sizes.keySet());
    }

    /**
     * Returns the relations between the graph's claims.
     *
     * @return the relations, in the order given
     */
    public List<ClaimRelation> relations() {
        return relations;
    }

    /**
     * Returns the size of a claim's box.
     *
     * @param claim a claim of the graph
     * @return its size
     * @throws IllegalArgumentException if the claim is not in the graph
     */
    public Size size(Claim claim) {
        Size size = sizes.get(claim);
        if (size == null) {
            throw new IllegalArgumentException("Not a claim of this graph: " + claim);
        }
        return size;
    }

    /**
     * Tells whether a claim is in the graph.
     *
     * @param claim a claim
     * @return whether the graph has it
     */
    public boolean contains(Claim claim) {
        return sizes.containsKey(claim);
    }

    /**
     * Returns the part of this graph made of some of its claims.
     *
     * @param subset claims of this graph
     * @return the graph of those claims and the relations among them, sizes kept
     */
    public ClaimGraph subgraph(Collection<Claim> subset) {
        Set<Claim> wanted = new HashSet<>(subset);
        List<Claim> ordered = sizes.keySet().stream().filter(wanted::contains).toList();
        return of(ordered, relations, this::size);
    }
}
