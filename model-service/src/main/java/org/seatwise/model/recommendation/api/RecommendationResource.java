package org.seatwise.model.recommendation.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestResponse;
import org.seatwise.model.recommendation.ActiveConfigurations;
import org.seatwise.model.recommendation.Configuration;
import org.seatwise.model.recommendation.RecommendationsOnDate;
import org.seatwise.model.recommendation.persistence.RecommendationStore;
import org.seatwise.platform.paging.Paging;
import org.seatwise.platform.problem.Problem;
import org.seatwise.platform.problem.ProblemException;

@Path("/api/v1/recommendations")
@Produces(MediaType.APPLICATION_JSON)
public class RecommendationResource {

    static final String AS_OF = "A day, YYYY-MM-DD (not before 1900-01-01): the answer from the figures and law in force on "
            + "that day — each unit's figure of the latest roll date up to it (of that date, the bulletin election-service "
            + "accepted last), the council elected by then, the cap in force that day. Not with knownAt.";
    static final String KNOWN_AT = "An ISO-8601 instant (or YYYY-MM-DD: the end of that day, UTC): what seatwise said at "
            + "that instant — the recommendation current then, with supersededAt if a later one replaced it. Not with asOf.";

    /** The largest page of recommendations (one per unit of a configuration). */
    static final int MAX_PAGE = 10_000;

    private final RecommendationStore store;
    private final ActiveConfigurations configurations;
    private final RecommendationsOnDate onDate;

    public RecommendationResource(RecommendationStore store, ActiveConfigurations configurations, RecommendationsOnDate onDate) {
        this.store = store;
        this.configurations = configurations;
        this.onDate = onDate;
    }

    /**
     * Every unit's recommendation under one configuration: now; or from the figures and law in force on a day
     * ({@code asOf=YYYY-MM-DD}); or as seatwise said it at an instant ({@code knownAt}).
     */
    @GET
    public RestResponse<List<RecommendationView>> list(@QueryParam("model") String model, @QueryParam("rounding") String rounding,
            @QueryParam("capped") @DefaultValue("false") boolean capped, @Parameter(description = AS_OF) @QueryParam("asOf") String asOf,
            @Parameter(description = KNOWN_AT) @QueryParam("knownAt") String knownAt, @QueryParam("limit") String limit, @QueryParam("offset") String offset) {
        Paging page = Paging.of(limit, offset, MAX_PAGE);
        Configuration configuration = configuration(model, rounding, capped);
        LocalDate on = TimeQuery.asOf(asOf, knownAt);
        if (on != null) {
            List<String> units = onDate.units(on, null);
            List<RecommendationView> views = onDate.compute(page.of(units), List.of(configuration), on).stream()
                    .map(byRule -> RecommendationView.of(byRule.get(configuration), null)).toList();
            return RestResponse.ResponseBuilder.ok(views).header(Paging.TOTAL_HEADER, units.size()).build();
        }
        List<RecommendationView> all = store.asOf(configuration, null, TimeQuery.knownAt(knownAt)).stream()
                .map(s -> RecommendationView.of(s.recommendation(), s.supersededAt())).toList();
        return RestResponse.ResponseBuilder.ok(page.of(all)).header(Paging.TOTAL_HEADER, all.size()).build();
    }

    /**
     * One unit: the default configuration's recommendation, with every other active configuration
     * side by side in {@code otherRules}; now, on a day ({@code asOf}) or at an instant ({@code knownAt}).
     */
    @GET
    @Path("/{unitCode}")
    public RecommendationView get(@PathParam("unitCode") String unitCode, @Parameter(description = AS_OF) @QueryParam("asOf") String asOf,
            @Parameter(description = KNOWN_AT) @QueryParam("knownAt") String knownAt) {
        LocalDate on = TimeQuery.asOf(asOf, knownAt);
        Instant at = on == null ? TimeQuery.knownAt(knownAt) : null;
        List<RecommendationView> views = new ArrayList<>();
        if (on != null) {
            onDate.compute(onDate.units(on, unitCode), configurations.all(), on)
                    .forEach(byRule -> byRule.values().forEach(r -> views.add(RecommendationView.of(r, null))));
        } else {
            for (Configuration configuration : configurations.all()) {
                store.asOf(configuration, unitCode, at).forEach(s -> views.add(RecommendationView.of(s.recommendation(), s.supersededAt())));
            }
        }
        if (views.isEmpty()) {
            throw ProblemException.notFound("No recommendation for unit " + unitCode
                    + (on != null ? " from figures of roll dates up to " + on : at == null ? "" : " known at " + at)
                    + ": the unit is unknown or has no voter figure " + (on != null ? "by then." : "yet."));
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
}
