package org.seatwise.election.bulletin;

import java.util.List;

/** A bulletin that passed every check; only these are stored. */
public record ValidBulletin(BulletinHeader header, List<RollRow> rows) {

    public ValidBulletin {
        rows = List.copyOf(rows);
    }

    /** SHA-256 of the rows in unit-code order: the same roll uploaded in another order is the same bulletin. */
    public String contentHash() {
        try {
            var digest = java.security.MessageDigest.getInstance("SHA-256");
            rows.stream().sorted(java.util.Comparator.comparing(RollRow::unitCode)).forEach(r -> digest
                    .update((r.unitCode() + "," + r.voters() + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            return java.util.HexFormat.of().formatHex(digest.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
