package org.factcheck.core.analysis;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The grounded labelling of an abstract argumentation framework (Dung 1995, in the labelling form of Caminada):
 * the most sceptical labelling, in which an argument is {@link ArgumentLabel#IN IN} when all its attackers are
 * {@link ArgumentLabel#OUT OUT}, {@code OUT} when some attacker is {@code IN}, and
 * {@link ArgumentLabel#UNDECIDED UNDECIDED} otherwise. It is unique and always exists.
 * <p>
 * Computed in time linear in arguments plus attacks: unattacked arguments are {@code IN}; whatever an {@code IN}
 * argument attacks is {@code OUT}; an argument whose last attacker not yet {@code OUT} becomes {@code OUT} is
 * {@code IN}; what is left when nothing changes any more is {@code UNDECIDED}.
 */
public final class GroundedLabelling {

    private GroundedLabelling() {
    }

    /**
     * Labels the arguments of a framework.
     *
     * @param <A>         the type of the arguments; compared with {@code equals}
     * @param arguments   all arguments of the framework, without duplicates
     * @param attackersOf for each argument, the arguments that attack it; attackers that are not among
     *                    {@code arguments} are ignored
     * @return every argument with its label, in the order of {@code arguments}
     */
    public static <A> Map<A, ArgumentLabel> label(Collection<A> arguments,
            Function<? super A, ? extends Collection<? extends A>> attackersOf) {
        Map<A, Integer> pending = new HashMap<>();
        Map<A, List<A>> attacks = new HashMap<>();
        for (A argument : arguments) {
            pending.put(argument, 0);
        }
        for (A target : arguments) {
            for (A attacker : attackersOf.apply(target)) {
                if (pending.containsKey(attacker)) {
                    pending.merge(target, 1, Integer::sum);
                    attacks.computeIfAbsent(attacker, a -> new java.util.ArrayList<>()).add(target);
                }
            }
        }
        Map<A, ArgumentLabel> labels = new HashMap<>();
        Deque<A> accepted = new ArrayDeque<>();
        for (A argument : arguments) {
            if (pending.get(argument) == 0) {
                labels.put(argument, ArgumentLabel.IN);
                accepted.add(argument);
            }
        }
        while (!accepted.isEmpty()) {
            A in = accepted.poll();
            for (A defeated : attacks.getOrDefault(in, List.of())) {
                if (labels.containsKey(defeated)) {
                    continue;
                }
                labels.put(defeated, ArgumentLabel.OUT);
                for (A released : attacks.getOrDefault(defeated, List.of())) {
                    if (pending.merge(released, -1, Integer::sum) == 0 && !labels.containsKey(released)) {
                        labels.put(released, ArgumentLabel.IN);
                        accepted.add(released);
                    }
                }
            }
        }
        Map<A, ArgumentLabel> ordered = new LinkedHashMap<>();
        for (A argument : arguments) {
            ordered.put(argument, labels.getOrDefault(argument, ArgumentLabel.UNDECIDED));
        }
        return ordered;
    }
}
