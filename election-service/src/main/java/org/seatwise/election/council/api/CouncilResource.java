package org.seatwise.election.council.api;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.seatwise.election.bulletin.persistence.BulletinStore;
import org.seatwise.election.cap.CapRegistry;
import org.seatwise.election.cap.LegalCap;
import org.seatwise.election.council.ConvocationSeats;
import org.seatwise.election.council.CouncilRegistry;
import org.seatwise.election.unit.KnownUnits;
import org.seatwise.platform.problem.ProblemException;

@Path("/api/v1/councils")
@Produces(MediaType.APPLICATION_JSON)
public class CouncilResource {

    /**
     * A unit's council: every recorded convocation, the seats of the latest, the legal cap in force
     * today for the unit's kind, and the seats per 100,000 voters of the newest roll.
     */
    public record CouncilView(String unitCode, Integer currentSeats, List<ConvocationSeats> convocations, LegalCap capInForce,
            Representation representation) {
    }

    /** Seats per 100,000 voters (2 decimals) of the newest roll, with the bulletin it comes from. */
    public record Representation(long voters, BigDecimal seatsPer100kVoters, String bulletinId, LocalDate rollDate, String issuer) {
    }

    private final CouncilRegistry councils;
    private final KnownUnits units;
    private final CapRegistry caps;
    private final BulletinStore bulletins;

    public CouncilResource(CouncilRegistry councils, KnownUnits units, CapRegistry caps, BulletinStore bulletins) {
        this.councils = councils;
        this.units = units;
        this.caps = caps;
        this.bulletins = bulletins;
    }

    @GET
    @Path("/{unitCode}")
    public CouncilView get(@PathParam("unitCode") String unitCode) {
        List<ConvocationSeats> convocations = councils.convocations(unitCode);
        if (convocations.isEmpty()) {
            throw ProblemException.notFound("No council is recorded for unit " + unitCode + ".");
        }
        int current = convocations.get(convocations.size() - 1).seats();
        int hyphen = unitCode.indexOf('-');
        String jurisdiction = hyphen < 0 ? unitCode : unitCode.substring(0, hyphen);
        LegalCap cap = units.find(unitCode).flatMap(u -> caps.inForce(jurisdiction, LocalDate.now()).stream()
                .filter(c -> c.unitKind().equals(u.kind())).findFirst()).orElse(null);
        Representation representation = bulletins.latestVoters(unitCode).map(v -> new Representation(v.voters(),
                BigDecimal.valueOf(current).multiply(BigDecimal.valueOf(100_000)).divide(BigDecimal.valueOf(v.voters()), 2,
                        RoundingMode.HALF_EVEN), v.bulletinId().toString(), v.rollDate(), v.issuer())).orElse(null);
        return new CouncilView(unitCode, current, convocations, cap, representation);
    }
}
