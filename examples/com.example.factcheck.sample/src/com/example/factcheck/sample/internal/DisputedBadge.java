package com.example.factcheck.sample.internal;

import java.util.List;

import org.factcheck.diagram.decorators.ClaimDecorator;
import org.factcheck.diagram.decorators.Decoration;
import org.factcheck.model.Claim;

/** A red "disputed" badge on claims the newsroom's team tagged {@code disputed}. */
public final class DisputedBadge implements ClaimDecorator {

    /** The tag that marks a claim the team disputes. */
    static final String TAG = "disputed";

    @Override
    public List<Decoration> decorate(Claim claim) {
        if (claim.getTags().stream().noneMatch(tag -> TAG.equalsIgnoreCase(tag.getName()))) {
            return List.of();
        }
        return List.of(Decoration.builder(Decoration.Position.TOP_RIGHT).text("disputed").colour("#C62828")
                .tooltip("Example Newsroom's team disputes this claim.").build());
    }
}
