package org.seatwise.election.council;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.seatwise.contracts.CouncilSeatsRecorded;
import org.seatwise.contracts.Provenance;
import org.seatwise.election.cap.CapRegistry.Change;
import org.seatwise.platform.outbox.Outbox;
import org.seatwise.platform.outbox.OutgoingEvent;

import io.agroal.api.AgroalDataSource;

/**
 * Records councils' seats per convocation and announces each new or changed count. The
 * {@code convocation_seats} table in plain JDBC, like every other table of the service: no ORM to boot
 * at start (docs/performance.md). Inside a transaction the connection is the transaction's, so a count
 * and its outbox event commit together.
 */
@ApplicationScoped
public class CouncilRegistry {

    private static final String COLUMNS = "unit_code, convocation, election_date, seats, source, source_date, citation";

    private final AgroalDataSource dataSource;
    private final Outbox outbox;

    public CouncilRegistry(AgroalDataSource dataSource, Outbox outbox) {
        this.dataSource = dataSource;
        this.outbox = outbox;
    }

    /**
     * Stores the counts of convocations that have none yet, and leaves every recorded one as it is: what a
     * seed gives at each start. An analyst's later correction of a seeded count is not undone by a restart.
     */
    @Transactional
    public int recordMissing(List<ConvocationSeats> counts) {
        return (int) counts.stream()
                .filter(c -> query("SELECT " + COLUMNS + " FROM convocation_seats WHERE unit_code = ? AND convocation = ?",
                        c.unitCode(), c.convocation()).isEmpty())
                .map(this::write).filter(c -> c != Change.UNCHANGED).count();
    }

    /**
     * Stores one convocation's count and announces it, unless the same content is stored already.
     * The event id names the content before and after: a re-send is recognisable, while a return to
     * an earlier count is a new event (consumers would drop a reused id).
     */
    @Transactional
    public Change write(ConvocationSeats c) {
        // Locked until the transaction ends: two writers of one convocation announce one after the other.
        ConvocationSeats previous = query("SELECT " + COLUMNS + " FROM convocation_seats WHERE unit_code = ? AND convocation = ? "
                + "FOR UPDATE", c.unitCode(), c.convocation()).stream().findFirst().orElse(null);
        if (c.equals(previous)) {
            return Change.UNCHANGED;
        }
        try (Connection connection = dataSource.getConnection(); PreparedStatement s = connection.prepareStatement(
                "INSERT INTO convocation_seats (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?) "
                        + "ON CONFLICT (unit_code, convocation) DO UPDATE SET election_date = excluded.election_date, "
                        + "seats = excluded.seats, source = excluded.source, source_date = excluded.source_date, "
                        + "citation = excluded.citation")) {
            s.setString(1, c.unitCode());
            s.setString(2, c.convocation());
            s.setDate(3, c.electionDate() == null ? null : Date.valueOf(c.electionDate()));
            s.setInt(4, c.seats());
            s.setString(5, c.provenance().source());
            s.setDate(6, Date.valueOf(c.provenance().date()));
            s.setString(7, c.provenance().citation());
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot store convocation seats " + c, e);
        }
        outbox.append(OutgoingEvent.withStableId("council-seats/" + (previous == null ? "none" : previous) + "->" + c,
                new CouncilSeatsRecorded(c.unitCode(), c.convocation(), c.electionDate(), c.seats(), c.provenance())));
        return previous == null ? Change.CREATED : Change.CHANGED;
    }

    /** A unit's convocations, oldest first. */
    public List<ConvocationSeats> convocations(String unitCode) {
        return query("SELECT " + COLUMNS + " FROM convocation_seats WHERE unit_code = ?", unitCode).stream()
                .sorted(Comparator.comparingInt(ConvocationSeats::ordinal)).toList();
    }

    private List<ConvocationSeats> query(String sql, Object... params) {
        List<ConvocationSeats> found = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    found.add(new ConvocationSeats(r.getString(1), r.getString(2),
                            Optional.ofNullable(r.getDate(3)).map(Date::toLocalDate).orElse(null), r.getInt(4),
                            new Provenance(r.getString(5), r.getDate(6).toLocalDate(), r.getString(7))));
                }
            }
            return found;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read convocation seats", e);
        }
    }
}
