package org.seatwise.model.apportionment;

/** The request asked for {@link TieRule#REFUSE} and the last seat(s) are tied. */
public final class TieRefusedException extends RuntimeException {

    private final transient Tie tie;

    public TieRefusedException(Tie tie) {
        super(tie.units().size() + " units " + tie.units() + " are tied for " + tie.seats() + " seat(s)");
        this.tie = tie;
    }

    public Tie tie() {
        return tie;
    }
}
