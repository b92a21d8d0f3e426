package org.seatwise.election.cap.api;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.seatwise.election.cap.CapRegistry;
import org.seatwise.election.cap.CapValidator;
import org.seatwise.election.cap.LegalCap;
import org.seatwise.election.validation.InvalidField;
import org.seatwise.election.validation.Answers;
import org.seatwise.platform.problem.Problem;
import org.seatwise.platform.problem.ProblemException;

@Path("/api/v1/caps")
@Produces(MediaType.APPLICATION_JSON)
public class CapResource {

    private final CapRegistry caps;

    public CapResource(CapRegistry caps) {
        this.caps = caps;
    }

    /**
     * Records a legal cap (analysts): 201 when new, 200 when it replaces the cap of the same kind and
     * first day or is the same as the one stored (then nothing is announced). A cap below the seats
     * already recorded for councils it would govern is refused, naming each.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response write(CapRequest body) {
        if (body == null) {
            throw Answers.invalid("The cap", List.of(new InvalidField("body", null, "required")));
        }
        CapValidator.Outcome outcome = new CapValidator().validate(body.toDraft());
        if (outcome instanceof CapValidator.Invalid invalid) {
            throw Answers.invalid("The cap", invalid.errors());
        }
        LegalCap cap = ((CapValidator.Valid) outcome).cap();
        List<InvalidField> conflicts = caps.conflicts(cap);
        if (!conflicts.isEmpty()) {
            throw Answers.invalid("The cap", conflicts);
        }
        return Answers.written(caps.write(cap),
                URI.create("/api/v1/caps?jurisdiction=" + cap.jurisdiction() + "&at=" + cap.inForceFrom()), cap);
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
