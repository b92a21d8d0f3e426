package org.seatwise.election.bulletin.api;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.seatwise.election.bulletin.BulletinService;
import org.seatwise.election.bulletin.BulletinValidator;
import org.seatwise.election.bulletin.DraftBulletin;
import org.seatwise.election.bulletin.DraftRow;
import org.seatwise.election.bulletin.RollRow;
import org.seatwise.election.bulletin.upload.BulletinUploads;
import org.seatwise.platform.csv.CsvTable;
import org.seatwise.platform.paging.Paging;
import org.seatwise.platform.problem.Problem;
import org.seatwise.platform.problem.ProblemException;
import org.seatwise.platform.problem.ProblemMappers;

@Path("/api/v1/bulletins")
@Produces(MediaType.APPLICATION_JSON)
public class BulletinResource {

    private final BulletinService bulletins;
    private final BulletinUploads uploads;
    private final com.fasterxml.jackson.databind.ObjectMapper json;

    public BulletinResource(BulletinService bulletins, BulletinUploads uploads, com.fasterxml.jackson.databind.ObjectMapper json) {
        this.bulletins = bulletins;
        this.uploads = uploads;
        this.json = json;
    }

    /**
     * A bulletin as JSON. 201 when stored, 200 with the existing one when the same bulletin was uploaded
     * before. With {@code Prefer: respond-async} (either format): 202 and the upload resource to follow.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response upload(com.fasterxml.jackson.databind.JsonNode body, @HeaderParam("Prefer") String prefer) {
        // Read as a tree first: a body that is JSON but not an object (an array, a number) is named as such.
        if (body == null || body.isNull() || body.isMissingNode()) {
            throw new ProblemException(Problem.invalid("The body is empty.", List.of(Problem.FieldError.field("body", "required"))));
        }
        if (!body.isObject()) {
            throw new ProblemException(Problem.invalid("The body must be a JSON object with source, date and rows.",
                    List.of(new Problem.FieldError(null, "body", body.getNodeType().name().toLowerCase(),
                            "expected a JSON object, not " + body.getNodeType().name().toLowerCase()))));
        }
        try {
            return accept(json.treeToValue(body, BulletinRequest.class).toDraft(), prefer);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new ProblemException(Problem.invalid("The bulletin's fields have the wrong types.",
                    List.of(new Problem.FieldError(null, "body", null, ProblemMappers.withoutClassNames(e.getOriginalMessage())))));
        }
    }

    /**
     * A bulletin as CSV with the header {@code unit_code,voters}; the bulletin's own fields are query
     * parameters. UTF-8, with or without byte-order mark.
     */
    @POST
    @Consumes({ "text/csv", MediaType.TEXT_PLAIN })
    public Response uploadCsv(byte[] body, @QueryParam("issuer") String issuer, @QueryParam("source") String source,
            @QueryParam("title") String title, @QueryParam("rollDate") String rollDate, @QueryParam("date") String date,
            @QueryParam("publishedOn") String publishedOn, @QueryParam("citation") String citation,
            @HeaderParam("Prefer") String prefer) {
        return accept(new DraftBulletin(issuer != null ? issuer : source, title, rollDate != null ? rollDate : date,
                publishedOn, citation, draftRows(body)), prefer);
    }

    /** The CSV's rows as drafts; the table itself is not held while the bulletin is validated and stored. */
    private static List<DraftRow> draftRows(byte[] body) {
        CsvTable table;
        try {
            table = CsvTable.parse(body == null ? new byte[0] : body);
        } catch (CsvTable.CsvException e) {
            throw new ProblemException(Problem.invalid("The CSV cannot be read.",
                    List.of(new Problem.FieldError(e.line(), "csv", null, e.getMessage()))));
        }
        List<Problem.FieldError> headerErrors = new ArrayList<>();
        for (String column : List.of("unit_code", "voters")) {
            if (!table.header().contains(column)) {
                headerErrors.add(new Problem.FieldError(1, column, null, "missing column; the header must name unit_code and voters"));
            }
        }
        if (!headerErrors.isEmpty()) {
            throw new ProblemException(Problem.invalid("The CSV header is incomplete.", headerErrors));
        }
        return table.rows().stream().map(r -> new DraftRow(r.line(), r.get("unit_code"), r.get("voters"))).toList();
    }

    @GET
    public List<BulletinView> list(@QueryParam("limit") String limit) {
        // The newest first; a limit beyond the cap is a 400 problem, not a silently shorter list.
        return bulletins.recent(Paging.of(limit, null, 100, 1000).limit()).stream().map(BulletinView::of).toList();
    }

    @GET
    @Path("/{id}")
    public BulletinView get(@PathParam("id") String id) {
        return bulletins.find(uuid(id)).map(BulletinView::of)
                .orElseThrow(() -> ProblemException.notFound("No bulletin has the id " + id + "."));
    }

    @GET
    @Path("/{id}/rows")
    public List<RollRow> rows(@PathParam("id") String id) {
        UUID uuid = uuid(id);
        bulletins.find(uuid).orElseThrow(() -> ProblemException.notFound("No bulletin has the id " + id + "."));
        return bulletins.rows(uuid);
    }

    /**
     * An asynchronous upload's progress: VALIDATING (rowsValidated of total), STORING (rowsStored),
     * then STORED with the bulletin's id, or REJECTED with the problem the synchronous upload answers.
     */
    @GET
    @Path("/uploads/{id}")
    public UploadView upload(@PathParam("id") String id) {
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("No upload has the id " + id + " (not a UUID).");
        }
        return uploads.find(uuid).map(u -> UploadView.of(u, json))
                .orElseThrow(() -> ProblemException.notFound("No upload has the id " + id + "."));
    }

    private Response accept(DraftBulletin draft, String prefer) {
        if (respondAsync(prefer)) {
            UploadView view = UploadView.of(uploads.start(draft), json);
            return Response.accepted(view).location(URI.create(view.href())).header("Preference-Applied", "respond-async")
                    .header("Retry-After", 1).build();
        }
        BulletinValidator.Outcome outcome = bulletins.validate(draft);
        draft = null; // not held while a valid bulletin is stored: 100,000 drafted rows are megabytes of strings
        if (outcome instanceof BulletinValidator.Invalid invalid) {
            throw new ProblemException(BulletinService.problem(invalid));
        }
        BulletinService.Submission s = bulletins.submit(((BulletinValidator.Valid) outcome).bulletin());
        BulletinView view = BulletinView.of(s.bulletin());
        return s.created()
                ? Response.created(URI.create("/api/v1/bulletins/" + view.id())).entity(view).build()
                : Response.ok(view).build();
    }

    /** RFC 7240: {@code Prefer: respond-async}, possibly among other preferences. */
    private static boolean respondAsync(String prefer) {
        if (prefer == null) {
            return false;
        }
        for (String preference : prefer.split(",")) {
            String name = preference.split(";", 2)[0].trim();
            if (name.equalsIgnoreCase("respond-async")) {
                return true;
            }
        }
        return false;
    }

    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("No bulletin has the id " + id + " (not a UUID).");
        }
    }
}
