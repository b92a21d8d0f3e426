package org.seatwise.model.apportionment.api;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.seatwise.model.apportionment.Allocation;
import org.seatwise.model.apportionment.Apportionment;
import org.seatwise.model.apportionment.ApportionmentMethod;
import org.seatwise.model.apportionment.ApportionmentRequest;
import org.seatwise.model.apportionment.ApportionmentResult;
import org.seatwise.model.apportionment.InputError;
import org.seatwise.model.apportionment.InvalidInputException;
import org.seatwise.model.apportionment.Malapportionment;
import org.seatwise.model.apportionment.MalapportionmentIndices;
import org.seatwise.model.apportionment.Representation;
import org.seatwise.model.apportionment.SeatBounds;
import org.seatwise.model.apportionment.Tie;
import org.seatwise.model.apportionment.TieRefusedException;
import org.seatwise.model.apportionment.TieRule;
import org.seatwise.model.apportionment.Unit;
import org.seatwise.model.apportionment.api.ApportionmentRequestBody.UnitBody;
import org.seatwise.model.apportionment.api.ApportionmentResponseBody.AllocationBody;
import org.seatwise.model.apportionment.api.ApportionmentResponseBody.TieBody;
import org.seatwise.model.apportionment.api.MalapportionmentRequestBody.RepresentationBody;
import org.seatwise.platform.problem.Problem;
import org.seatwise.platform.problem.Problem.FieldError;
import org.seatwise.platform.problem.ProblemException;

/**
 * Apportionment and malapportionment over HTTP: computed on request, nothing stored. Shape errors
 * (missing or fractional numbers, unknown names) and the domain's errors are answered together as
 * one 422 problem listing every bad field.
 */
@Path("/api/v1")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ApportionmentResource {

    @POST
    @Path("/apportionments")
    public ApportionmentResponseBody apportion(ApportionmentRequestBody body) {
        if (body == null) {
            throw invalid(List.of(FieldError.field("body", "a JSON object with method, seats and units is required")));
        }
        List<FieldError> errors = new ArrayList<>();
        ApportionmentMethod method = method(body.method(), errors);
        TieRule tieRule = tieRule(body.tieRule(), errors);
        Integer seats = whole(body.seats(), null, "seats", true, errors);
        Integer minimum = whole(body.minimumPerUnit(), null, "minimumPerUnit", false, errors);
        Integer maximum = whole(body.maximumPerUnit(), null, "maximumPerUnit", false, errors);
        List<Unit> units = units(body.units(), errors);
        if (units == null) {
            throw invalid(errors);
        }
        if (!errors.isEmpty()) {
            // The request cannot be formed; still report what the domain finds wrong with the units.
            Set<String> reported = errors.stream().map(ApportionmentResource::key).collect(Collectors.toSet());
            Apportionment.checkUnits(units).stream().map(ApportionmentResource::fieldError)
                    .filter(e -> !reported.contains(key(e))).forEach(errors::add);
            throw invalid(errors);
        }
        ApportionmentRequest request = new ApportionmentRequest(method, seats,
                new SeatBounds(minimum == null ? 0 : minimum, maximum), units, tieRule);
        try {
            return response(Apportionment.apportion(request));
        } catch (InvalidInputException e) {
            throw invalid(e.errors().stream().map(ApportionmentResource::fieldError).toList());
        } catch (TieRefusedException e) {
            throw tieRefused(e.tie());
        }
    }

    @POST
    @Path("/malapportionment")
    public MalapportionmentResponseBody malapportionment(MalapportionmentRequestBody body) {
        List<FieldError> errors = new ArrayList<>();
        if (body == null || body.units() == null) {
            throw invalid(List.of(FieldError.field("units", "a list of units with id, population and seats is required")));
        }
        if (body.units().size() > Apportionment.MAX_UNITS) {
            throw invalid(List.of(tooMany(body.units().size())));
        }
        List<Representation> units = new ArrayList<>(body.units().size());
        for (int i = 0; i < body.units().size(); i++) {
            RepresentationBody unit = body.units().get(i);
            if (unit == null) {
                errors.add(new FieldError(i + 1, "units", null, "is null; expected {id, population, seats}"));
                units.add(new Representation("\u0000row " + (i + 1), 0, 0));
                continue;
            }
            Long population = wholeLong(unit.population(), i + 1, "population", errors);
            Integer seats = whole(unit.seats(), i + 1, "seats", true, errors);
            units.add(new Representation(unit.id(), population == null ? 0 : population, seats == null ? 0 : seats));
        }
        if (!errors.isEmpty()) {
            // Unreadable values stood in as 0: keep only the domain's findings about single units.
            Set<String> reported = errors.stream().map(ApportionmentResource::key).collect(Collectors.toSet());
            Malapportionment.check(units).stream().filter(e -> e.row() != null).map(ApportionmentResource::fieldError)
                    .filter(e -> !reported.contains(key(e))).forEach(errors::add);
            throw invalid(errors);
        }
        try {
            MalapportionmentIndices indices = Malapportionment.measure(units);
            long population = units.stream().mapToLong(Representation::population).sum();
            long seats = units.stream().mapToLong(Representation::seats).sum();
            return new MalapportionmentResponseBody(units.size(), population, seats, IndicesBody.of(indices));
        } catch (InvalidInputException e) {
            throw invalid(e.errors().stream().map(ApportionmentResource::fieldError).toList());
        }
    }

    private static ApportionmentResponseBody response(ApportionmentResult result) {
        List<AllocationBody> allocations = new ArrayList<>(result.allocations().size());
        for (Allocation a : result.allocations()) {
            allocations.add(new AllocationBody(a.id(), a.population(), a.seats(), a.quota()));
        }
        List<TieBody> ties = result.ties().stream()
                .map(t -> new TieBody(t.units(), t.seats(), t.awardedTo(), result.tieRule().description())).toList();
        return new ApportionmentResponseBody(result.method().id(), result.seats(), result.bounds().minimum(),
                result.bounds().maximum(),
                allocations, ties, result.tieRule().id(), IndicesBody.of(result.indices()));
    }

    private static ApportionmentMethod method(String name, List<FieldError> errors) {
        String known = String.join(", ", ApportionmentMethod.knownNames());
        if (name == null || name.isBlank()) {
            errors.add(new FieldError(null, "method", null, "is required; one of " + known));
            return null;
        }
        return ApportionmentMethod.named(name).orElseGet(() -> {
            errors.add(new FieldError(null, "method", name, "is not a known method; one of " + known));
            return null;
        });
    }

    private static TieRule tieRule(String name, List<FieldError> errors) {
        if (name == null) {
            return TieRule.REQUEST_ORDER;
        }
        return TieRule.named(name).orElseGet(() -> {
            errors.add(new FieldError(null, "tieRule", name, "is not a known tie rule; one of "
                    + java.util.Arrays.stream(TieRule.values()).map(TieRule::id).collect(Collectors.joining(", "))));
            return null;
        });
    }

    /** The units as domain values (population 0 standing in where it is unreadable), or null if absent. */
    private static List<Unit> units(List<UnitBody> bodies, List<FieldError> errors) {
        if (bodies == null || bodies.isEmpty()) {
            errors.add(new FieldError(null, "units", null, "at least one unit {id, population} is required"));
            return null;
        }
        if (bodies.size() > Apportionment.MAX_UNITS) {
            errors.add(tooMany(bodies.size()));
            return null;
        }
        List<Unit> units = new ArrayList<>(bodies.size());
        for (int i = 0; i < bodies.size(); i++) {
            UnitBody unit = bodies.get(i);
            if (unit == null) {
                errors.add(new FieldError(i + 1, "units", null, "is null; expected {id, population}"));
                // A stand-in that keeps the rows after it numbered as sent; it can collide with no real id.
                units.add(new Unit("\u0000row " + (i + 1), 0));
                continue;
            }
            Long population = wholeLong(unit.population(), i + 1, "population", errors);
            units.add(new Unit(unit.id(), population == null ? 0 : population));
        }
        return units;
    }

    private static FieldError tooMany(int size) {
        return new FieldError(null, "units", size + " units", "at most " + Apportionment.MAX_UNITS
                + " units can be computed in one request");
    }

    private static Integer whole(BigDecimal value, Integer row, String field, boolean required,
            List<FieldError> errors) {
        if (value == null) {
            if (required) {
                errors.add(new FieldError(row, field, null, "is required"));
            }
            return null;
        }
        try {
            return value.intValueExact();
        } catch (ArithmeticException e) {
            errors.add(new FieldError(row, field, value.toPlainString(), "must be a whole number"
                    + (value.signum() > 0 && value.stripTrailingZeros().scale() <= 0 ? " below 2^31" : "")));
            return null;
        }
    }

    private static Long wholeLong(BigDecimal value, Integer row, String field, List<FieldError> errors) {
        if (value == null) {
            errors.add(new FieldError(row, field, null, "is required"));
            return null;
        }
        try {
            return value.longValueExact();
        } catch (ArithmeticException e) {
            errors.add(new FieldError(row, field, value.toPlainString(), "must be a whole number"));
            return null;
        }
    }

    private static String key(FieldError e) {
        return e.row() + "/" + e.field();
    }

    private static FieldError fieldError(InputError e) {
        return new FieldError(e.row(), e.field(), e.value(), e.reason());
    }

    private static ProblemException invalid(List<FieldError> errors) {
        String detail = errors.size() == 1 ? "1 field is invalid: " + describe(errors.get(0))
                : errors.size() + " fields are invalid; each is listed in errors";
        return new ProblemException(Problem.invalid(detail, errors));
    }

    private static String describe(FieldError e) {
        return (e.row() == null ? "" : "unit " + e.row() + " ") + e.field() + " " + e.reason();
    }

    private static ProblemException tieRefused(Tie tie) {
        Problem p = Problem.of(422, "tie-refused", "Tie for the last seat",
                tie.units().size() + " units are exactly tied for " + tie.seats() + " seat(s) and the request "
                        + "refuses ties (tieRule=refuse); send tieRule=request-order to resolve it by request order");
        List<FieldError> tied = tie.units().stream()
                .map(id -> new FieldError(null, "units", id, "tied for the last " + tie.seats() + " seat(s)")).toList();
        return new ProblemException(new Problem(p.type(), p.title(), p.status(), p.detail(), null, tied));
    }
}
