package org.seatwise.election.bulletin;

import java.util.List;

/** An uploaded bulletin before validation; every field is the caller's text (null when absent). */
public record DraftBulletin(String issuer, String title, String rollDate, String publishedOn, String citation,
        List<DraftRow> rows) {
}
