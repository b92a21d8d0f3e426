package org.seatwise.election.bulletin;

import java.time.LocalDate;

/**
 * What identifies and cites a bulletin.
 *
 * @param issuer      the body that published it, e.g. "Central Election Commission of the Republic of Kazakhstan"
 * @param rollDate    the date the electoral roll describes
 * @param publishedOn when the bulletin was published, if known
 * @param citation    URL or reference where the bulletin can be found
 */
public record BulletinHeader(String issuer, String title, LocalDate rollDate, LocalDate publishedOn, String citation) {
}
