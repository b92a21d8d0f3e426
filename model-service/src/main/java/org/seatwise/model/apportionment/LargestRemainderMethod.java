package org.seatwise.model.apportionment;

import java.util.List;

/**
 * Quota methods: every unit first receives the whole part of its quota, the remaining seats go to
 * the largest fractional remainders.
 */
public enum LargestRemainderMethod implements ApportionmentMethod {

    /**
     * Hamilton's method (Hare quota, largest remainders; Hare–Niemeyer). The quota of a unit is
     * population × seats / total population. With a minimum or maximum per unit, units whose
     * share falls outside the bounds are held at the bound and the others share the rest in
     * proportion to population (the quotas are {@code clamp(λ·population, minimum, maximum)} with λ
     * chosen so that they sum to the seats), then rounded by largest remainders. This is how a
     * one-seat minimum was combined with Hamilton for the US House (Balinski &amp; Young, Fair
     * Representation, 2nd ed. 2001, ch. 2).
     */
    HAMILTON("hamilton", List.of());

    private final String id;
    private final List<String> aliases;

    LargestRemainderMethod(String id, List<String> aliases) {
        this.id = id;
        this.aliases = aliases;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public List<String> aliases() {
        return aliases;
    }
}
