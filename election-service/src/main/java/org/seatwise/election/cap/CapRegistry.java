package org.seatwise.election.cap;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.seatwise.contracts.LegalCapRecorded;
import org.seatwise.contracts.Provenance;
import org.seatwise.election.validation.InvalidField;
import org.seatwise.platform.outbox.Outbox;
import org.seatwise.platform.outbox.OutgoingEvent;

import io.agroal.api.AgroalDataSource;

/** Records legal caps and announces each new or changed one; answers which caps are in force on a date. */
@ApplicationScoped
public class CapRegistry {

    private final AgroalDataSource dataSource;
    private final Outbox outbox;

    public CapRegistry(AgroalDataSource dataSource, Outbox outbox) {
        this.dataSource = dataSource;
        this.outbox = outbox;
    }

    /** What a write did. */
    public enum Change {
        CREATED, CHANGED, UNCHANGED
    }

    /**
     * Stores the caps that are not recorded yet (by jurisdiction, kind and first day) and leaves every recorded
     * one as it is: what a seed gives at each start, so that an analyst's correction survives a restart.
     */
    @Transactional
    public int recordMissing(List<LegalCap> caps) {
        return (int) caps.stream().filter(c -> find(c.jurisdiction(), c.unitKind(), c.inForceFrom()).isEmpty())
                .map(this::write).filter(c -> c != Change.UNCHANGED).count();
    }

    /**
     * Stores one cap, replacing the cap of the same jurisdiction, kind and first day, and announces it
     * unless it is the same as the one stored. The event id names the content before and after, so a
     * re-send is recognisable while a return to an earlier content is a new event.
     */
    @Transactional
    public Change write(LegalCap cap) {
        Optional<LegalCap> previous = find(cap.jurisdiction(), cap.unitKind(), cap.inForceFrom());
        if (previous.isPresent() && previous.get().equals(cap)) {
            return Change.UNCHANGED;
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "INSERT INTO legal_cap (jurisdiction, unit_kind, in_force_from, max_seats, legal_act, source, source_date) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (jurisdiction, unit_kind, in_force_from) DO UPDATE SET "
                        + "max_seats = excluded.max_seats, legal_act = excluded.legal_act, source = excluded.source, "
                        + "source_date = excluded.source_date")) {
            s.setString(1, cap.jurisdiction());
            s.setString(2, cap.unitKind());
            s.setDate(3, Date.valueOf(cap.inForceFrom()));
            s.setInt(4, cap.maxSeats());
            s.setString(5, cap.legalAct());
            s.setString(6, cap.provenance().source());
            s.setDate(7, Date.valueOf(cap.provenance().date()));
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot store cap " + cap, e);
        }
        outbox.append(OutgoingEvent.withStableId("legal-cap/" + previous.map(LegalCap::toString).orElse("none") + "->" + cap,
                new LegalCapRecorded(cap.jurisdiction(), cap.unitKind(), cap.inForceFrom(), cap.maxSeats(), cap.legalAct(),
                        cap.provenance())));
        return previous.isPresent() ? Change.CHANGED : Change.CREATED;
    }

    /**
     * The recorded convocations the cap would bound and that have more seats than it allows: councils
     * of the jurisdiction's units of that kind elected while it would be in force (until the next
     * cap of the kind). A cap cannot be written below the counts it would govern.
     */
    public List<InvalidField> conflicts(LegalCap cap) {
        LocalDate until = all(cap.jurisdiction()).stream()
                .filter(c -> c.unitKind().equals(cap.unitKind()) && c.inForceFrom().isAfter(cap.inForceFrom()))
                .map(LegalCap::inForceFrom).findFirst().orElse(null);
        List<InvalidField> conflicts = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT s.unit_code, s.convocation, s.election_date, s.seats, s.source FROM convocation_seats s "
                        + "JOIN known_unit u ON u.code = s.unit_code WHERE u.kind = ? AND (s.unit_code = ? OR s.unit_code LIKE ?) "
                        + "AND s.election_date >= ? AND (CAST(? AS DATE) IS NULL OR s.election_date < ?) AND s.seats > ? "
                        + "ORDER BY s.election_date, s.unit_code")) {
            s.setString(1, cap.unitKind());
            s.setString(2, cap.jurisdiction());
            s.setString(3, cap.jurisdiction() + "-%");
            s.setDate(4, Date.valueOf(cap.inForceFrom()));
            s.setDate(5, until == null ? null : Date.valueOf(until));
            s.setDate(6, until == null ? null : Date.valueOf(until));
            s.setInt(7, cap.maxSeats());
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    conflicts.add(new InvalidField("maxSeats", String.valueOf(cap.maxSeats()), "below the " + r.getInt(4)
                            + " seats recorded for the " + r.getString(2) + " convocation of " + r.getString(1) + ", elected "
                            + r.getDate(3).toLocalDate() + " (" + r.getString(5) + ")"));
                }
            }
            return conflicts;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot check cap " + cap + " against recorded seats", e);
        }
    }

    /** The cap of a jurisdiction and kind that starts on the day, locked until the transaction ends. */
    private Optional<LegalCap> find(String jurisdiction, String unitKind, LocalDate inForceFrom) {
        return query("SELECT jurisdiction, unit_kind, in_force_from, max_seats, legal_act, source, source_date FROM legal_cap "
                + "WHERE jurisdiction = ? AND unit_kind = ? AND in_force_from = ? FOR UPDATE", jurisdiction, unitKind,
                Date.valueOf(inForceFrom)).stream().findFirst();
    }

    /** The cap in force on the day for one kind of unit, if any. */
    public Optional<LegalCap> inForce(String jurisdiction, String unitKind, LocalDate day) {
        return inForce(jurisdiction, day).stream().filter(c -> c.unitKind().equals(unitKind)).findFirst();
    }

    /** For each unit kind, the cap in force on the day: the latest that applied on or before it. */
    public List<LegalCap> inForce(String jurisdiction, LocalDate day) {
        List<LegalCap> latest = new ArrayList<>();
        for (LegalCap cap : all(jurisdiction)) {
            if (cap.inForceFrom().isAfter(day)) {
                continue;
            }
            latest.removeIf(earlier -> earlier.unitKind().equals(cap.unitKind()));
            latest.add(cap);
        }
        return latest;
    }

    /** Every cap of the jurisdiction, oldest first. */
    public List<LegalCap> all(String jurisdiction) {
        return query("SELECT jurisdiction, unit_kind, in_force_from, max_seats, legal_act, source, source_date FROM legal_cap "
                + "WHERE jurisdiction = ? ORDER BY in_force_from, unit_kind", jurisdiction);
    }

    private List<LegalCap> query(String sql, Object... params) {
        List<LegalCap> caps = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    // The act is the citation: it is where the cap can be read.
                    caps.add(new LegalCap(r.getString(1), r.getString(2), r.getDate(3).toLocalDate(), r.getInt(4),
                            r.getString(5), new Provenance(r.getString(6), r.getDate(7).toLocalDate(), r.getString(5))));
                }
            }
            return caps;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read caps", e);
        }
    }
}
