package org.seatwise.model.recommendation.api;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestResponse;
import org.seatwise.model.recommendation.ActiveConfigurations;
import org.seatwise.model.recommendation.Configuration;
import org.seatwise.model.recommendation.persistence.RecommendationStore;
import org.seatwise.platform.paging.Paging;
import org.seatwise.platform.problem.Problem;
import org.seatwise.platform.problem.ProblemException;

@Path("/api/v1/recommendations")
@Produces(MediaType.APPLICATION_JSON)
public class RecommendationResource {

    /** The largest page of recommendations (one per unit of a configuration). */
    static final int MAX_PAGE = 10_000;

    private final RecommendationStore store;
    private final ActiveConfigurations configurations;

    public RecommendationResource(RecommendationStore store, ActiveConfigurations configurations) {
        this.store = store;
        this.configurations = configurations;
    }

    /** Every unit's recommendation under one configuration, as it is now or as it was at {@code asOf}. */
    @GET
    public RestResponse<List<RecommendationView>> list(@QueryParam("model") String model, @QueryParam("rounding") String rounding,
            @QueryParam("capped") @DefaultValue("false") boolean capped, @QueryParam("asOf") String asOf,
            @QueryParam("limit") String limit, @QueryParam("offset") String offset) {
        Paging page = Paging.of(limit, offset, MAX_PAGE);
        Configuration configuration = configuration(model, rounding, capped);
        List<RecommendationView> all = store.asOf(configuration, null, instant(asOf)).stream()
                .map(s -> RecommendationView.of(s.recommendation(), s.supersededAt())).toList();
        return RestResponse.ResponseBuilder.ok(page.of(all)).header(Paging.TOTAL_HEADER, all.size()).build();
    }

    /**
     * One unit: the default configuration's recommendation, with every other active configuration
     * side by side in {@code otherRules}.
     */
    @GET
    @Path("/{unitCode}")
    public RecommendationView get(@PathParam("unitCode") String unitCode, @QueryParam("asOf") String asOf) {
        Instant at = instant(asOf);
        List<RecommendationView> views = new ArrayList<>();
        for (Configuration configuration : configurations.all()) {
            store.asOf(configuration, unitCode, at).forEach(s -> views.add(RecommendationView.of(s.recommendation(), s.supersededAt())));
        }
        if (views.isEmpty()) {
            throw ProblemException.notFound("No recommendation for unit " + unitCode
                    + (at == null ? "" : " at " + at) + ": the unit is unknown or has no voter figure yet.");
        }
        return views.get(0).withOtherRules(views.subList(1, views.size()));
    }

    private Configuration configuration(String model, String rounding, boolean capped) {
        if (model == null && rounding == null && !capped) {
            return configurations.primary();
        }
        String m = model == null ? configurations.primary().model().id() : model;
        String r = rounding == null ? configurations.primary().rule().rounding().id() : rounding;
        return configurations.find(m, r, capped).orElseThrow(() -> new ProblemException(Problem.invalid(
                "No recommendations are kept under " + m + "/" + r + "/" + (capped ? "capped" : "uncapped")
                        + "; use POST /api/v1/scenarios for other rules.",
                List.of(new Problem.FieldError(null, "model", m, "kept: " + configurations.all().stream().map(Configuration::key).toList())))));
    }

    private static Instant instant(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return text.length() == 10 ? java.time.LocalDate.parse(text).plusDays(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant()
                    : Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new ProblemException(Problem.invalid("asOf is not a date or an instant.",
                    List.of(new Problem.FieldError(null, "asOf", text, "expected YYYY-MM-DD or an ISO-8601 instant"))));
        }
    }
}
