package org.seatwise.census.unit.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.seatwise.census.unit.UnitKind;
import org.seatwise.census.unit.persistence.UnitRepository;
import org.seatwise.platform.problem.Problem;
import org.seatwise.platform.problem.ProblemException;

@Path("/api/v1/units")
@Produces(MediaType.APPLICATION_JSON)
public class UnitResource {

    private final UnitRepository units;

    public UnitResource(UnitRepository units) {
        this.units = units;
    }

    /** Units filtered by kind, parent and the date on which they must exist. */
    @GET
    public List<UnitView> list(@QueryParam("kind") String kind, @QueryParam("parent") String parent,
            @QueryParam("at") String at) {
        List<Problem.FieldError> errors = new ArrayList<>();
        UnitKind k = null;
        if (kind != null && !kind.isBlank()) {
            try {
                k = UnitKind.parse(kind);
            } catch (IllegalArgumentException e) {
                errors.add(new Problem.FieldError(null, "kind", kind,
                        "unknown unit kind; one of " + java.util.Arrays.toString(UnitKind.values())));
            }
        }
        LocalDate on = null;
        if (at != null && !at.isBlank()) {
            try {
                on = LocalDate.parse(at);
            } catch (DateTimeParseException e) {
                errors.add(new Problem.FieldError(null, "at", at, "not a date of the form YYYY-MM-DD"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(Problem.invalid("Some query parameters are invalid.", errors));
        }
        return units.search(k, parent == null || parent.isBlank() ? null : parent, on).stream().map(UnitView::of)
                .toList();
    }

    @GET
    @Path("/{code}")
    public UnitView get(@PathParam("code") String code) {
        return units.find(code).map(UnitView::of)
                .orElseThrow(() -> ProblemException.notFound("No unit has the code " + code + "."));
    }
}
