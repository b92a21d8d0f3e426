package org.seatwise.model.apportionment;

import java.util.Locale;
import java.util.Optional;

/** What happens when units are exactly tied for the last seat(s). A tie is always reported. */
public enum TieRule {

    /** The tied seats go to the tied units listed first in the request. */
    REQUEST_ORDER("request-order", "seats tied between units go to the tied units listed first in the request"),

    /** A tie is an error: no allocation is returned (as martinlackner/apportionment's tiesallowed=False). */
    REFUSE("refuse", "a tie for the last seat is refused as an error");

    private final String id;
    private final String description;

    TieRule(String id, String description) {
        this.id = id;
        this.description = description;
    }

    public String id() {
        return id;
    }

    public String description() {
        return description;
    }

    public static Optional<TieRule> named(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        for (TieRule rule : values()) {
            if (rule.id.equals(wanted)) {
                return Optional.of(rule);
            }
        }
        return Optional.empty();
    }
}
