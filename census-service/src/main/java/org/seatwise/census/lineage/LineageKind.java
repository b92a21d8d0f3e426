package org.seatwise.census.lineage;

/**
 * What happened to units on a date. Every event maps the units before it ({@code from}) to the units
 * after it ({@code to}); a unit in both continues, with its territory changed unless the event is a
 * rename.
 */
public enum LineageKind {
    /** A new unit: {@code to} holds it; {@code from} the units that gave territory to it, if any. */
    CREATED("created from territory of", "gave territory to new unit"),
    /** A unit ceased: {@code from} holds it; {@code to} the units that took its territory, if any. */
    ABOLISHED("took territory of abolished", "abolished, territory to"),
    /** A new name for the same unit: {@code from} and {@code to} hold the one unit. */
    RENAMED("renamed", "renamed"),
    /** One unit divided: {@code from} holds it; {@code to} the parts, including it if it continues. */
    SPLIT("split from", "split into"),
    /** Units joined: {@code to} holds the result; {@code from} the units joined, including it if it continues. */
    MERGED("merged from", "merged into"),
    /** Part of one unit's territory went to another; both continue: {@code from} the giver, {@code to} the taker. */
    TRANSFERRED_TERRITORY("received territory from", "gave territory to");

    private final String backward;
    private final String forward;

    LineageKind(String backward, String forward) {
        this.backward = backward;
        this.forward = forward;
    }

    /** How a unit relates to its ancestor through this event, e.g. "split from". */
    public String backward() {
        return backward;
    }

    /** How a unit relates to its descendant through this event, e.g. "split into". */
    public String forward() {
        return forward;
    }

    /** Whether the event changes the territory of the units it involves. */
    public boolean territorial() {
        return this != RENAMED;
    }
}
