package org.seatwise.election.cap.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.seatwise.election.cap.CapRegistry;
import org.seatwise.election.cap.LegalCap;
import org.seatwise.platform.problem.Problem;
import org.seatwise.platform.problem.ProblemException;

@Path("/api/v1/caps")
@Produces(MediaType.APPLICATION_JSON)
public class CapResource {

    private final CapRegistry caps;

    public CapResource(CapRegistry caps) {
        this.caps = caps;
    }

    /** The caps in force on a date (today by default), one per unit kind, with the act that set each. */
    @GET
    public List<LegalCap> inForce(@QueryParam("at") String at, @QueryParam("jurisdiction") @DefaultValue("KZ") String jurisdiction) {
        LocalDate day;
        try {
            day = at == null || at.isBlank() ? LocalDate.now() : LocalDate.parse(at);
        } catch (DateTimeParseException e) {
            throw new ProblemException(Problem.invalid("at is not a date.",
                    List.of(new Problem.FieldError(null, "at", at, "expected YYYY-MM-DD"))));
        }
        return caps.inForce(jurisdiction, day);
    }
}
