package org.seatwise.gateway.routing;

import java.util.Map;

import org.seatwise.platform.problem.Problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.ext.web.RoutingContext;

/** Answers a proxied request with an RFC 9457 problem, from the Vert.x route (JAX-RS mappers never see it). */
final class ProblemReply {

    private ProblemReply() {
    }

    static void send(RoutingContext ctx, ObjectMapper json, Problem problem, Map<String, String> headers) {
        var response = ctx.response();
        if (response.ended()) {
            return;
        }
        Problem located = problem.instance() == null ? problem.at(ctx.request().path()) : problem;
        String body;
        try {
            body = json.writeValueAsString(located);
        } catch (JsonProcessingException e) {
            body = "{\"status\":" + problem.status() + "}";
        }
        response.setStatusCode(problem.status()).putHeader("Content-Type", Problem.MEDIA_TYPE);
        headers.forEach(response::putHeader);
        response.end(body);
    }
}
