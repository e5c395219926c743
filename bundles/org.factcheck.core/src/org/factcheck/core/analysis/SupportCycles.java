package org.factcheck.core.analysis;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.factcheck.model.Claim;

/**
 * The strongly connected components of the support graph that contain a cycle (Tarjan's algorithm, iterative so
 * that long chains of support do not overflow the stack).
 */
final class SupportCycles {

    private final Map<Claim, List<Claim>> supported;
    private final Map<Claim, Integer> index = new HashMap<>();
    private final Map<Claim, Integer> low = new HashMap<>();
    private final Deque<Claim> stack = new ArrayDeque<>();
    private final java.util.Set<Claim> onStack = new java.util.HashSet<>();
    private final List<List<Claim>> cycles = new ArrayList<>();
    private int counter;

    private SupportCycles(Map<Claim, List<Claim>> supported) {
        this.supported = supported;
    }

    /**
     * @param claims    the claims, in case order
     * @param supported for each claim, the claims it supports
     * @return each group of claims that support one another in a circle, members in the order of {@code claims}
     */
    static List<List<Claim>> find(List<Claim> claims, Map<Claim, List<Claim>> supported) {
        SupportCycles search = new SupportCycles(supported);
        for (Claim claim : claims) {
            if (!search.index.containsKey(claim)) {
                search.visit(claim);
            }
        }
        Map<Claim, Integer> order = new HashMap<>();
        for (int i = 0; i < claims.size(); i++) {
            order.put(claims.get(i), i);
        }
        for (List<Claim> cycle : search.cycles) {
            cycle.sort(java.util.Comparator.comparingInt(c -> order.getOrDefault(c, Integer.MAX_VALUE)));
        }
        search.cycles.sort(java.util.Comparator.comparingInt(c -> order.getOrDefault(c.get(0), Integer.MAX_VALUE)));
        return search.cycles;
    }

    private void visit(Claim root) {
        Deque<Frame> frames = new ArrayDeque<>();
        enter(root, frames);
        while (!frames.isEmpty()) {
            Frame frame = frames.peek();
            if (frame.next < frame.successors.size()) {
                Claim successor = frame.successors.get(frame.next++);
                if (!index.containsKey(successor)) {
                    enter(successor, frames);
                } else if (onStack.contains(successor)) {
                    low.put(frame.claim, Math.min(low.get(frame.claim), index.get(successor)));
                }
                continue;
            }
            frames.pop();
            if (!frames.isEmpty()) {
                Claim parent = frames.peek().claim;
                low.put(parent, Math.min(low.get(parent), low.get(frame.claim)));
            }
            if (low.get(frame.claim).equals(index.get(frame.claim))) {
                List<Claim> component = new ArrayList<>();
                Claim member;
                do {
                    member = stack.pop();
                    onStack.remove(member);
                    component.add(member);
                } while (member != frame.claim);
                if (component.size() > 1 || frame.successors.contains(frame.claim)) {
                    cycles.add(component);
                }
            }
        }
    }

    private void enter(Claim claim, Deque<Frame> frames) {
        index.put(claim, counter);
        low.put(claim, counter);
        counter++;
        stack.push(claim);
        onStack.add(claim);
        frames.push(new Frame(claim, supported.getOrDefault(claim, List.of())));
    }

    private static final class Frame {
        final Claim claim;
        final List<Claim> successors;
        int next;

        Frame(Claim claim, List<Claim> successors) {
            this.claim = claim;
            this.successors = successors;
        }
    }
}
