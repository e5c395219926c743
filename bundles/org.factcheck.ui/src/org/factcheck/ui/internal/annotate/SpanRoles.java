package org.factcheck.ui.internal.annotate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.factcheck.model.CaseFile;
import org.factcheck.model.Claim;
import org.factcheck.model.Evidence;
import org.factcheck.model.TextSpan;

/** What the spans of a case are attached to: the claims they are appearances of and the evidence that quotes them. */
final class SpanRoles {

    private final Map<TextSpan, List<Claim>> appearances = new HashMap<>();
    private final Map<TextSpan, Evidence> evidence = new HashMap<>();

    static SpanRoles of(CaseFile caseFile) {
        SpanRoles roles = new SpanRoles();
        for (Claim claim : caseFile.getClaims()) {
            for (TextSpan span : claim.getAppearances()) {
                roles.appearances.computeIfAbsent(span, s -> new ArrayList<>(1)).add(claim);
            }
            for (Evidence item : claim.getEvidence()) {
                if (item.getSpan() != null) {
                    roles.evidence.putIfAbsent(item.getSpan(), item);
                }
            }
        }
        return roles;
    }

    List<Claim> claimsOf(TextSpan span) {
        return appearances.getOrDefault(span, List.of());
    }

    Evidence evidenceOf(TextSpan span) {
        return evidence.get(span);
    }

    /** The claim a span belongs to: the first claim it is an appearance of, else the claim its evidence supports. */
    Claim ownerOf(TextSpan span) {
        List<Claim> claims = claimsOf(span);
        if (!claims.isEmpty()) {
            return claims.get(0);
        }
        Evidence item = evidence.get(span);
        return item == null ? null : item.getClaim();
    }
}
