package org.seatwise.census.unit.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.seatwise.census.lineage.LineageEvent;
import org.seatwise.census.lineage.LineageGraph;
import org.seatwise.census.lineage.Relative;
import org.seatwise.census.lineage.persistence.LineageRepository;
import org.seatwise.census.population.Universe;
import org.seatwise.census.population.api.PopulationSeriesView;
import org.seatwise.census.population.application.PopulationService;
import org.seatwise.census.search.NameSearch;
import org.seatwise.census.unit.AdministrativeUnit;
import org.seatwise.census.unit.UnitKind;
import org.seatwise.census.unit.persistence.UnitRepository;
import org.jboss.resteasy.reactive.RestResponse;
import org.seatwise.platform.paging.Paging;
import org.seatwise.platform.problem.Problem;
import org.seatwise.platform.problem.ProblemException;

@Path("/api/v1/units")
@Produces(MediaType.APPLICATION_JSON)
public class UnitResource {

    /** The largest page of units (Kazakhstan has about 3,500 at all levels). */
    static final int MAX_PAGE = 10_000;

    private final UnitRepository units;
    private final LineageRepository lineage;
    private final PopulationService population;

    public UnitResource(UnitRepository units, LineageRepository lineage, PopulationService population) {
        this.units = units;
        this.lineage = lineage;
        this.population = population;
    }

    /**
     * Units filtered by kind, parent, the date on which they must exist, and a name. Without {@code at}
     * every unit ever registered is listed, abolished ones included ({@code validTo} says which);
     * {@code at=YYYY-MM-DD} keeps those that existed that day and shows the names they bore then
     * ({@code namesAt}). {@code q} matches any current or former name in Kazakh, Russian or English,
     * in Cyrillic or Latin, and codes and aliases ({@code matched} says which).
     */
    @GET
    public RestResponse<List<UnitView>> list(@QueryParam("kind") String kind, @QueryParam("parent") String parent,
            @QueryParam("at") String at, @QueryParam("q") String q, @QueryParam("limit") String limit,
            @QueryParam("offset") String offset) {
        Paging page = Paging.of(limit, offset, MAX_PAGE);
        List<Problem.FieldError> errors = new ArrayList<>();
        UnitKind k = null;
        if (kind != null && !kind.isBlank()) {
            Set<String> known = new TreeSet<>(units.kinds());
            UnitKind.BUILT_IN.forEach(b -> known.add(b.name()));
            try {
                k = UnitKind.parse(kind);
                if (!known.contains(k.name())) {
                    throw new IllegalArgumentException(k.name());
                }
            } catch (IllegalArgumentException e) {
                errors.add(new Problem.FieldError(null, "kind", kind, "unknown unit kind; one of " + known));
            }
        }
        LocalDate on = null;
        if (at != null && !at.isBlank()) {
            try {
                on = LocalDate.parse(at.trim());
            } catch (DateTimeParseException e) {
                errors.add(new Problem.FieldError(null, "at", at, "not a date of the form YYYY-MM-DD"));
            }
        }
        NameSearch search = null;
        if (q != null && !q.isBlank()) {
            if (q.length() > 200) {
                errors.add(new Problem.FieldError(null, "q", q.substring(0, 40) + "…", "at most 200 characters"));
            } else {
                try {
                    search = new NameSearch(q);
                } catch (IllegalArgumentException e) {
                    errors.add(new Problem.FieldError(null, "q", q, e.getMessage()));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(Problem.invalid("Some query parameters are invalid.", errors));
        }
        List<AdministrativeUnit> found = units.search(k, parent == null || parent.isBlank() ? null : parent.trim(), on);
        List<UnitView> views = new ArrayList<>();
        for (AdministrativeUnit u : found) {
            Optional<NameSearch.Match> match = search == null ? Optional.empty() : search.match(u);
            if (search == null || match.isPresent()) {
                views.add(UnitView.of(u, on, match.orElse(null)));
            }
        }
        return RestResponse.ResponseBuilder.ok(page.of(views)).header(Paging.TOTAL_HEADER, views.size()).build();
    }

    /** One unit by its code or by an alias (an older code such as {@code KZ-AST}). */
    @GET
    @Path("/{code}")
    public UnitView get(@PathParam("code") String code) {
        return UnitView.of(unit(code));
    }

    /**
     * The unit's ancestors and descendants through splits, mergers, transfers, creations and
     * abolitions, nearest first, with every event involved (renames included), oldest first.
     */
    @GET
    @Path("/{code}/lineage")
    public LineageView lineage(@PathParam("code") String code) {
        AdministrativeUnit unit = unit(code);
        LineageGraph graph = lineage.graph();
        List<Relative> ancestors = graph.ancestors(unit.code());
        List<Relative> descendants = graph.descendants(unit.code());
        Set<String> involved = new LinkedHashSet<>();
        involved.add(unit.code());
        ancestors.forEach(r -> involved.add(r.code()));
        descendants.forEach(r -> involved.add(r.code()));
        Set<LineageEvent> events = new LinkedHashSet<>();
        graph.events().stream().filter(e -> involved.stream().anyMatch(e::involves)).forEach(events::add);
        var related = units.findAll(involved);
        return new LineageView(unit.code(), UnitView.Names.of(unit.names()), unit.validFrom(), unit.validTo(),
                unit.formerNames().stream().map(UnitView.FormerNameView::of).toList(),
                unit.censusPredecessors().stream().map(UnitView.CensusPredecessorView::of).toList(),
                ancestors.stream().map(r -> LineageView.relative(r, related)).toList(),
                descendants.stream().map(r -> LineageView.relative(r, related)).toList(),
                events.stream().map(LineageView.EventView::of).toList(), LineageView.COVERAGE);
    }

    /**
     * The unit's population figures from every source, oldest first, and for each pair of dates
     * whether its territory changed in between ({@code NOMINAL}: the comparison counts different areas).
     */
    @GET
    @Path("/{code}/population")
    public PopulationSeriesView population(@PathParam("code") String code, @QueryParam("universe") String universe) {
        Universe u = null;
        if (universe != null && !universe.isBlank()) {
            u = Universe.parse(universe).orElseThrow(() -> new ProblemException(Problem.invalid("Unknown universe.",
                    List.of(new Problem.FieldError(null, "universe", universe,
                            "one of TOTAL_POPULATION (total), VOTING_AGE_POPULATION (voting-age), VOTERS_ON_ROLL (voters)")))));
        }
        return population.series(code, u).map(PopulationSeriesView::of)
                .orElseThrow(() -> ProblemException.notFound("No unit has the code " + code + "."));
    }

    private AdministrativeUnit unit(String code) {
        return units.findByCodeOrAlias(code)
                .orElseThrow(() -> ProblemException.notFound("No unit has the code " + code + "."));
    }
}
