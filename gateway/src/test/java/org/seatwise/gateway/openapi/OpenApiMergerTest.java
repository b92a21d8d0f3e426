package org.seatwise.gateway.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class OpenApiMergerTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode doc(String json) throws Exception {
        return JSON.readTree(json.replace('\'', '"'));
    }

    @Test
    @DisplayName("paths of every service side by side; a schema name two services use differently is prefixed, with its references")
    void merges() throws Exception {
        JsonNode census = doc("{'paths':{'/api/v1/units':{'get':{'responses':{'200':{'content':{'application/json':"
                + "{'schema':{'$ref':'#/components/schemas/View'}}}}}}}},'components':{'schemas':{'View':{'type':'object'},"
                + "'Provenance':{'type':'object'}}}}");
        JsonNode election = doc("{'paths':{'/api/v1/bulletins':{'post':{'responses':{'201':{'content':{'application/json':"
                + "{'schema':{'$ref':'#/components/schemas/View'}}}}}},'get':{}}},'components':{'schemas':{'View':{'type':'string'},"
                + "'Provenance':{'type':'object'}}}}");
        JsonNode merged = OpenApiMerger.merge("seatwise API", "v1",
                List.of(new OpenApiMerger.Part("census-service", census), new OpenApiMerger.Part("election-service", election)));

        assertThat(merged.get("paths").has("/api/v1/units")).isTrue();
        assertThat(merged.at("/components/schemas/View/type").asText()).isEqualTo("object");
        assertThat(merged.at("/components/schemas/election_service_View/type").asText()).isEqualTo("string");
        assertThat(merged.at("/paths/~1api~1v1~1bulletins/post/responses/201/content/application~1json/schema/$ref").asText())
                .isEqualTo("#/components/schemas/election_service_View");
        assertThat(merged.at("/paths/~1api~1v1~1units/get/responses/200/content/application~1json/schema/$ref").asText())
                .isEqualTo("#/components/schemas/View");
        assertThat(merged.at("/components/schemas").size()).isEqualTo(3);
        assertThat(merged.has("x-seatwise-unavailable")).isFalse();
    }

    @Test
    @DisplayName("writes state the analyst's token and 401/403; writes and computations 413 and 429; reads neither")
    void gatewayRules() throws Exception {
        JsonNode model = doc("{'paths':{'/api/v1/apportionments':{'post':{}},'/api/v1/models':{'get':{}}}}");
        JsonNode election = doc("{'paths':{'/api/v1/bulletins':{'post':{},'get':{}}}}");
        JsonNode merged = OpenApiMerger.merge("seatwise API", "v1",
                List.of(new OpenApiMerger.Part("model-service", model), new OpenApiMerger.Part("election-service", election)));

        JsonNode upload = merged.at("/paths/~1api~1v1~1bulletins/post");
        assertThat(upload.at("/security/0").has(OpenApiMerger.SECURITY_SCHEME)).isTrue();
        assertThat(upload.get("responses").has("401")).isTrue();
        assertThat(upload.get("responses").has("429")).isTrue();
        assertThat(upload.get("x-seatwise-service").asText()).isEqualTo("election-service");

        JsonNode apportion = merged.at("/paths/~1api~1v1~1apportionments/post");
        assertThat(apportion.has("security")).isFalse();
        assertThat(apportion.get("responses").has("429")).isTrue();
        assertThat(apportion.get("responses").has("401")).isFalse();

        JsonNode read = merged.at("/paths/~1api~1v1~1models/get");
        assertThat(read.get("responses").has("429")).isFalse();
        assertThat(read.get("responses").has("503")).isTrue();
        assertThat(merged.at("/components/securitySchemes/analystJwt/scheme").asText()).isEqualTo("bearer");
    }

    @Test
    @DisplayName("a service whose document cannot be read is named as missing, and the rest is still merged")
    void missing() throws Exception {
        JsonNode merged = OpenApiMerger.merge("seatwise API", "v1", List.of(new OpenApiMerger.Part("census-service", null),
                new OpenApiMerger.Part("model-service", doc("{'paths':{'/api/v1/models':{'get':{}}}}"))));
        assertThat(merged.get("x-seatwise-unavailable")).hasSize(1);
        assertThat(merged.get("x-seatwise-unavailable").get(0).asText()).isEqualTo("census-service");
        assertThat(merged.at("/info/description").asText()).contains("census-service");
        assertThat(merged.get("paths").has("/api/v1/models")).isTrue();
    }
}
