package org.seatwise.platform.problem;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.List;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/** Every error leaves a service as {@code application/problem+json}; nothing leaks a stack trace. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(e.problem(), uri);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        String field = e instanceof MismatchedInputException m && !m.getPath().isEmpty()
                ? m.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                        .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElse(null)
                : null;
        String reason = withoutClassNames(withoutParserInternals(e.getOriginalMessage()));
        if (field == null && e.getLocation() != null && e.getLocation().getLineNr() > 0) {
            reason += " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
        }
        Problem p = Problem.of(400, "malformed-body", "Malformed request body", "The body is not the JSON this "
                + "endpoint expects: " + reason);
        // Without a path the body as a whole cannot be read: name it, so that every refusal names a field.
        return respond(new Problem(p.type(), p.title(), p.status(), p.detail(), null,
                List.of(Problem.FieldError.field(field != null ? field : "body", reason))), uri);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        // Quarkus wraps a body Jackson cannot parse (bad syntax or encoding, too deep, too long a number) in a bare
        // 400 whose message is just "HTTP 400 Bad Request" (found by FuzzIT): say what is wrong instead.
        if (e.getCause() instanceof JsonProcessingException unreadable && e.getResponse().getStatus() == 400) {
            return unreadableJson(unreadable, uri);
        }
        int status = e.getResponse().getStatus();
        String title = Response.Status.fromStatusCode(status) != null
                ? Response.Status.fromStatusCode(status).getReasonPhrase() : "HTTP " + status;
        return respond(Problem.of(status, title.toLowerCase().replace(' ', '-'), title, e.getMessage()), uri);
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e, UriInfo uri) {
        if (databaseUnreachable(e)) {
            LOG.warnf("database unreachable: %s", e.getMessage());
            return respond(Problem.of(503, "database-unavailable", "Service unavailable",
                    "The service's database cannot be reached; nothing was stored. Try again later."), uri);
        }
        if (dataException(e)) {
            // SQLSTATE class 22: a value the database cannot take, such as a NUL character in a code.
            LOG.debugf("value refused by the database: %s", e.getMessage());
            return respond(Problem.of(400, "unusable-value", "Unusable value",
                    "A value in the request (path, query or body) cannot be stored or searched, e.g. it holds a NUL "
                            + "character; nothing was stored."), uri);
        }
        // Not "nothing was stored": a failure after a commit (writing the response) comes here too. The incident's id
        // is what an operator searches the log for.
        String incident = java.util.UUID.randomUUID().toString();
        LOG.errorf(e, "unexpected failure, incident %s", incident);
        return respond(Problem.of(500, "internal-error", "Internal error", "The request failed unexpectedly (incident "
                + incident + ", logged). A write that failed before it committed was rolled back; read the resource to "
                + "see whether it was stored."), uri);
    }

    /** "value of type `java.math.BigDecimal`" → "value of type `BigDecimal`": the reason without our internals. */
    public static String withoutClassNames(String message) {
        return message == null ? null : QUALIFIED_NAME.matcher(message).replaceAll("$1");
    }

    /**
     * Jackson's words without its settings and hints to Java programmers: "(1000, from
     * `StreamReadConstraints.getMaxNumberLength()`)" → "(1000)", "(consider enabling `JsonReadFeature…` …)" and
     * ": enable `JsonReadFeature…` to allow" → nothing, "[Source: REDACTED (`StreamReadFeature…` disabled); line: 1,
     * column: 9]" → "[line: 1, column: 9]". The hints are those jackson-core 2.21's messages hold.
     */
    public static String withoutParserInternals(String message) {
        return message == null ? null
                : PARSER_SOURCE.matcher(PARSER_SOURCE_WITH_LINE.matcher(PARSER_SETTING.matcher(message).replaceAll(""))
                        .replaceAll("[$1]")).replaceAll("");
    }

    private static final java.util.regex.Pattern PARSER_SETTING = java.util.regex.Pattern.compile(",\\s*from\\s*`[^`]*`"
            + "|:\\s*enable\\s*`[^`]*`\\s*to allow|\\s*\\(consider enabling\\s*`.*|\\s*You can disable the check via\\s*`[^`]*`");
    private static final java.util.regex.Pattern PARSER_SOURCE_WITH_LINE =
            java.util.regex.Pattern.compile("\\[Source:[^\\]]*?(line: \\d+, column: \\d+)\\]");
    private static final java.util.regex.Pattern PARSER_SOURCE = java.util.regex.Pattern.compile("\\s*\\[Source:[^\\]]*\\]");

    private static final java.util.regex.Pattern QUALIFIED_NAME =
            java.util.regex.Pattern.compile("\\b(?:[a-z_][\\w]*\\.)+([A-Z][\\w]*)(?:\\$[\\w]+)*");

    private static boolean dataException(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && s.getSQLState() != null && s.getSQLState().startsWith("22")) {
                return true;
            }
        }
        return false;
    }

    private static boolean databaseUnreachable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException
                    || t instanceof SQLException s && s.getSQLState() != null && s.getSQLState().startsWith("08")
                    || t.getClass().getName().endsWith("JDBCConnectionException")) {
                return true;
            }
        }
        return false;
    }

    private static Response respond(Problem problem, UriInfo uri) {
        Problem located = problem.instance() == null && uri != null ? problem.at(uri.getPath()) : problem;
        return Response.status(located.status()).type(Problem.MEDIA_TYPE).entity(located).build();
    }
}
