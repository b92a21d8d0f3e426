package org.seatwise.census.population.api;

import java.util.ArrayList;
import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.seatwise.census.population.DraftFigure;
import org.seatwise.census.population.DraftUpload;
import org.seatwise.census.population.application.PopulationService;
import org.seatwise.platform.csv.CsvTable;
import org.seatwise.platform.problem.Problem;
import org.seatwise.platform.problem.ProblemException;

/**
 * Uploads of population figures, as JSON or CSV, validated whole: one problem lists every bad row and
 * nothing is stored; otherwise 201 with what was stored, or 200 when every figure was already
 * recorded (the same upload again).
 */
@Path("/api/v1/population")
@Produces(MediaType.APPLICATION_JSON)
public class PopulationResource {

    /** The answer to an upload. */
    public record UploadResult(String source, int received, int stored, int alreadyRecorded) {
    }

    static final List<String> REQUIRED = List.of("unit_code", "date", "universe", "value");

    private final PopulationService population;
    private final ObjectMapper json;

    public PopulationResource(PopulationService population, ObjectMapper json) {
        this.population = population;
        this.json = json;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response upload(JsonNode body) {
        if (body == null || body.isNull() || body.isMissingNode()) {
            throw new ProblemException(Problem.invalid("The body is empty.", List.of(Problem.FieldError.field("body", "required"))));
        }
        // Read as a tree first: figures that are not an array, or a unit code that is an object, would
        // otherwise be answered 400 without a problem body (found by FuzzIT).
        if (!body.isObject()) {
            String type = body.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
            throw new ProblemException(Problem.invalid("The body must be a JSON object with source, citation and figures.",
                    List.of(new Problem.FieldError(null, "body", type, "expected a JSON object, not " + type))));
        }
        PopulationUploadRequest request;
        try {
            request = json.treeToValue(body, PopulationUploadRequest.class);
        } catch (JsonProcessingException e) {
            // Name the field by its JSON path; Jackson's own message names Java types, which callers need not see.
            String field = e instanceof com.fasterxml.jackson.databind.JsonMappingException m && !m.getPath().isEmpty()
                    ? m.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                            .collect(java.util.stream.Collectors.joining(".")).replace(".[", "[")
                    : "body";
            throw new ProblemException(Problem.invalid("The upload's fields have the wrong types.",
                    List.of(new Problem.FieldError(null, field, null, "has the wrong type"))));
        }
        return accept(request.toDraft());
    }

    /**
     * CSV with the header {@code unit_code,date,universe,value} and optionally {@code rounded_to},
     * {@code basis} and {@code note}; the source and citation are query parameters. UTF-8, with or
     * without byte-order mark.
     */
    @POST
    @Consumes({ "text/csv", MediaType.TEXT_PLAIN })
    public Response uploadCsv(byte[] body, @QueryParam("source") String source, @QueryParam("citation") String citation) {
        CsvTable table;
        try {
            table = CsvTable.parse(body == null ? new byte[0] : body);
        } catch (CsvTable.CsvException e) {
            throw new ProblemException(Problem.invalid("The CSV cannot be read.",
                    List.of(new Problem.FieldError(e.line(), "csv", null, e.getMessage()))));
        }
        List<Problem.FieldError> headerErrors = new ArrayList<>();
        for (String column : REQUIRED) {
            if (!table.header().contains(column)) {
                headerErrors.add(new Problem.FieldError(1, column, null,
                        "missing column; the header names unit_code,date,universe,value (and optionally rounded_to,basis,note)"));
            }
        }
        if (!headerErrors.isEmpty()) {
            throw new ProblemException(Problem.invalid("The CSV header is incomplete.", headerErrors));
        }
        List<DraftFigure> rows = table.rows().stream().map(r -> new DraftFigure(r.line(), r.get("unit_code"), r.get("date"),
                r.get("universe"), r.get("value"), r.get("rounded_to"), r.get("basis"), r.get("note"))).toList();
        return accept(new DraftUpload(source, citation, rows));
    }

    private Response accept(DraftUpload draft) {
        PopulationService.Result result = population.submit(draft);
        if (result instanceof PopulationService.Rejected rejected) {
            throw new ProblemException(Problem.invalid("The upload has " + rejected.errors().size()
                    + " error(s); nothing was stored.", rejected.errors().stream()
                            .map(e -> new Problem.FieldError(e.row(), e.field(), e.value(), e.reason())).toList()));
        }
        PopulationService.Accepted a = (PopulationService.Accepted) result;
        UploadResult body = new UploadResult(a.source(), a.received(), a.stored(), a.alreadyRecorded());
        return Response.status(a.stored() > 0 ? Response.Status.CREATED : Response.Status.OK).entity(body).build();
    }
}
