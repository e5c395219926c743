package org.factcheck.core.tests;

import static org.factcheck.core.analysis.ArgumentLabel.IN;
import static org.factcheck.core.analysis.ArgumentLabel.OUT;
import static org.factcheck.core.analysis.ArgumentLabel.UNDECIDED;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.factcheck.core.analysis.ArgumentLabel;
import org.factcheck.core.analysis.GroundedLabelling;
import org.junit.jupiter.api.Test;

/** Grounded labellings of small frameworks whose labelling is known from the literature. */
class GroundedLabellingTest {

    /** Labels arguments "a", "b", … given attacks written as "a>b" (a attacks b). */
    private static Map<String, ArgumentLabel> label(String arguments, String... attacks) {
        Map<String, List<String>> attackers = new HashMap<>();
        for (String attack : attacks) {
            String[] ends = attack.split(">");
            attackers.computeIfAbsent(ends[1], k -> new ArrayList<>()).add(ends[0]);
        }
        return GroundedLabelling.label(List.of(arguments.split(",")), a -> attackers.getOrDefault(a, List.of()));
    }

    private static Map<String, ArgumentLabel> expect(Object... pairs) {
        Map<String, ArgumentLabel> expected = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            expected.put((String) pairs[i], (ArgumentLabel) pairs[i + 1]);
        }
        return expected;
    }

    @Test
    void unattackedArgumentsAreIn() {
        assertEquals(expect("a", IN, "b", IN), label("a,b"));
    }

    @Test
    void aDefeatedAttackerReinstatesItsTarget() {
        assertEquals(expect("a", IN, "b", OUT, "c", IN), label("a,b,c", "a>b", "b>c"));
    }

    @Test
    void mutualAttackIsUndecided() {
        assertEquals(expect("a", UNDECIDED, "b", UNDECIDED), label("a,b", "a>b", "b>a"));
    }

    @Test
    void anUnattackedThirdArgumentSettlesAMutualAttack() {
        assertEquals(expect("a", OUT, "b", IN, "c", IN), label("a,b,c", "a>b", "b>a", "c>a"));
    }

    @Test
    void oddCycleIsUndecidedAndSoIsWhatItAttacks() {
        assertEquals(expect("a", UNDECIDED, "b", UNDECIDED, "c", UNDECIDED, "d", UNDECIDED),
                label("a,b,c,d", "a>b", "b>c", "c>a", "c>d"));
    }

    @Test
    void evenCycleIsUndecidedInGroundedSemantics() {
        assertEquals(expect("a", UNDECIDED, "b", UNDECIDED, "c", UNDECIDED, "d", UNDECIDED),
                label("a,b,c,d", "a>b", "b>c", "c>d", "d>a"));
    }

    @Test
    void selfAttackerIsUndecidedUnlessDefeated() {
        assertEquals(expect("a", UNDECIDED, "b", UNDECIDED), label("a,b", "a>a", "a>b"));
        assertEquals(expect("a", OUT, "b", IN, "c", IN), label("a,b,c", "a>a", "a>b", "c>a"));
    }

    @Test
    void floatingDefeatIsNotAcceptedByTheSceptic() {
        // a and b attack each other and both attack c: preferred semantics reject c, grounded leaves it undecided.
        assertEquals(expect("a", UNDECIDED, "b", UNDECIDED, "c", UNDECIDED), label("a,b,c", "a>b", "b>a", "a>c", "b>c"));
    }

    @Test
    void anArgumentWithOneInAttackerIsOutWhateverItsOtherAttackers() {
        assertEquals(expect("a", IN, "b", UNDECIDED, "c", UNDECIDED, "d", OUT),
                label("a,b,c,d", "b>c", "c>b", "a>d", "b>d"));
    }

    @Test
    void repeatedAttacksCountOnce() {
        assertEquals(expect("a", IN, "b", OUT, "c", IN), label("a,b,c", "a>b", "a>b", "b>c", "b>c"));
    }

    @Test
    void attackersOutsideTheFrameworkAreIgnored() {
        assertEquals(expect("a", IN), label("a", "z>a"));
    }

    @Test
    void longChainsAlternateWithoutRecursion() {
        int length = 100_000;
        List<Integer> arguments = new ArrayList<>();
        for (int i = 0; i < length; i++) {
            arguments.add(i);
        }
        Map<Integer, ArgumentLabel> labels = GroundedLabelling.label(arguments, i -> i == 0 ? List.of() : List.of(i - 1));
        for (int i = 0; i < length; i++) {
            assertEquals(i % 2 == 0 ? IN : OUT, labels.get(i), "argument " + i);
        }
    }
}
