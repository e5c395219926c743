package org.factcheck.core.internal.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.factcheck.core.layout.Bounds;

/** The boxes already placed, bucketed on a coarse grid so that checking a candidate box for overlaps is quick. */
public final class Occupancy {

    private static final double CELL = 256;

    private final Map<Long, List<Bounds>> cells = new HashMap<>();
    private final double gap;

    /** @param gap the free space required between boxes */
    public Occupancy(double gap) {
        this.gap = gap;
    }

    /** @param box a box that is now taken */
    public void add(Bounds box) {
        forCells(box, key -> cells.computeIfAbsent(key, k -> new ArrayList<>()).add(box));
    }

    /**
     * @param box a candidate box
     * @return whether it keeps the gap to every box taken
     */
    public boolean isFree(Bounds box) {
        boolean[] free = { true };
        forCells(box, key -> {
            if (free[0]) {
                for (Bounds taken : cells.getOrDefault(key, List.of())) {
                    if (taken.overlaps(box, gap)) {
                        free[0] = false;
                        return;
                    }
                }
            }
        });
        return free[0];
    }

    private void forCells(Bounds box, java.util.function.LongConsumer action) {
        long x0 = (long) Math.floor((box.x() - gap) / CELL);
        long x1 = (long) Math.floor((box.right() + gap) / CELL);
        long y0 = (long) Math.floor((box.y() - gap) / CELL);
        long y1 = (long) Math.floor((box.bottom() + gap) / CELL);
        for (long x = x0; x <= x1; x++) {
            for (long y = y0; y <= y1; y++) {
                action.accept((x << 32) ^ (y & 0xffffffffL));
            }
        }
    }
}
