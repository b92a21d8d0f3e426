package org.seatwise.election.council.api;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import org.seatwise.election.bulletin.persistence.BulletinStore;
import org.seatwise.election.cap.CapRegistry;
import org.seatwise.election.cap.LegalCap;
import org.seatwise.election.council.ConvocationSeats;
import org.seatwise.election.council.CouncilRegistry;
import org.seatwise.election.council.SeatCountValidator;
import org.seatwise.election.validation.InvalidField;
import org.seatwise.election.validation.Answers;
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
        LegalCap cap = units.find(unitCode).flatMap(u -> caps.inForce(LegalCap.jurisdictionOf(unitCode), u.kind(), LocalDate.now()))
                .orElse(null);
        Representation representation = bulletins.latestVoters(unitCode).map(v -> new Representation(v.voters(),
                BigDecimal.valueOf(current).multiply(BigDecimal.valueOf(100_000)).divide(BigDecimal.valueOf(v.voters()), 2,
                        RoundingMode.HALF_EVEN), v.bulletinId().toString(), v.rollDate(), v.issuer())).orElse(null);
        return new CouncilView(unitCode, current, convocations, cap, representation);
    }

    /**
     * Records a convocation's seat count (analysts): 201 when new, 200 when it replaces the count or
     * is the same as the one stored (then nothing is announced). A count above the legal cap in force
     * for the unit's kind on the election date is refused, naming the cap and its act.
     */
    @PUT
    @Path("/{unitCode}/convocations/{convocation}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response write(@PathParam("unitCode") String unitCode, @PathParam("convocation") String convocation,
            ConvocationRequest body) {
        if (body == null) {
            throw Answers.invalid("The convocation", List.of(new InvalidField("body", null, "required")));
        }
        var validator = new SeatCountValidator(code -> units.find(code).orElse(null), caps::inForce, LocalDate.now());
        SeatCountValidator.Outcome outcome = validator.validate(body.toDraft(unitCode, convocation));
        if (outcome instanceof SeatCountValidator.Invalid invalid) {
            throw Answers.invalid("The convocation", invalid.errors());
        }
        ConvocationSeats seats = ((SeatCountValidator.Valid) outcome).seats();
        // The code percent-encoded: a code outside the contract's pattern (announced by a producer breaking it) made
        // URI.create throw after the count was stored, a 500 saying nothing was.
        return Answers.written(councils.write(seats), UriBuilder.fromPath("/api/v1/councils/{unit}/convocations/{convocation}")
                .build(seats.unitCode(), seats.convocation()), seats);
    }
}
