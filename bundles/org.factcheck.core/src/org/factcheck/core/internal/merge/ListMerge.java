package org.factcheck.core.internal.merge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Three-way merge of a list as a set with an order: what either side added is kept, what either side removed is
 * gone. Our list gives the order; their additions go after the element that precedes them in their list (after
 * our own additions at the same place), so that additions at the end come ours first, then theirs. If only
 * their side reordered the elements of the base, their order is the skeleton instead.
 */
public final class ListMerge {

    private ListMerge() {
    }

    /**
     * @param base   the base list (empty if none)
     * @param ours   our list
     * @param theirs their list
     * @param <T>    the element type
     * @return the merged list
     */
    public static <T> List<T> merge(List<T> base, List<T> ours, List<T> theirs) {
        if (ours.equals(theirs) || theirs.equals(base)) {
            return ours;
        }
        if (ours.equals(base)) {
            return theirs;
        }
        Set<T> inBase = new HashSet<>(base);
        boolean swap = keepsOrder(base, ours, inBase) && !keepsOrder(base, theirs, inBase);
        List<T> skeleton = swap ? theirs : ours;
        List<T> other = swap ? ours : theirs;
        Set<T> inOther = new HashSet<>(other);
        Set<T> inSkeleton = new HashSet<>(skeleton);
        List<T> kept = new ArrayList<>(skeleton.size());
        for (T element : skeleton) {
            if (!inBase.contains(element) || inOther.contains(element)) {
                kept.add(element);
            }
        }
        Set<T> inKept = new HashSet<>(kept);
        // The other side's additions, grouped by the nearest element before them that is kept (null: the start).
        Map<T, List<T>> after = new HashMap<>();
        List<T> atStart = new ArrayList<>();
        T anchor = null;
        for (T element : other) {
            if (inKept.contains(element)) {
                anchor = element;
            } else if (!inBase.contains(element) && !inSkeleton.contains(element)) {
                (anchor == null ? atStart : after.computeIfAbsent(anchor, k -> new ArrayList<>())).add(element);
            }
        }
        if (atStart.isEmpty() && after.isEmpty()) {
            return kept;
        }
        List<T> out = new ArrayList<>(kept.size() + atStart.size() + after.size());
        List<T> pending = new ArrayList<>(atStart);
        for (int i = 0; i < kept.size(); i++) {
            T element = kept.get(i);
            boolean ownAddition = !inBase.contains(element) && !inOther.contains(element);
            if (!ownAddition) {
                out.addAll(pending);
                pending.clear();
            }
            out.add(element);
            List<T> added = after.get(element);
            if (added != null) {
                pending.addAll(added);
            }
        }
        out.addAll(pending);
        return out;
    }

    /** Whether a side keeps the elements it shares with the base in the base's order. */
    private static <T> boolean keepsOrder(List<T> base, List<T> side, Set<T> inBase) {
        Set<T> inSide = new HashSet<>(side);
        int b = 0;
        for (T element : side) {
            if (!inBase.contains(element)) {
                continue;
            }
            while (b < base.size() && !inSide.contains(base.get(b))) {
                b++;
            }
            if (b >= base.size() || !base.get(b).equals(element)) {
                return false;
            }
            b++;
        }
        return true;
    }
}
