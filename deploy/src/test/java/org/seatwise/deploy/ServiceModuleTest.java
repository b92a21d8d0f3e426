package org.seatwise.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What the checks learn from the services' own sources: if this reads nothing, the checks check nothing. */
@DisplayName("The services' sources tell")
class ServiceModuleTest {

    @Test
    @DisplayName("the three topics of Topics.java, and that every consumed topic is one of them once the test prefix is stripped")
    void topics() {
        assertThat(ServiceModule.publishedTopics())
                .containsExactlyInAnyOrder("seatwise.census.v1", "seatwise.election.v1", "seatwise.recommendations.v1");
        assertThat(ServiceModule.allTopics()).isEqualTo(ServiceModule.publishedTopics());
        assertThat(ServiceModule.named("model-service").consumedTopics())
                .containsExactlyInAnyOrder("seatwise.census.v1", "seatwise.election.v1");
    }

    @Test
    @DisplayName("every published topic has a producing service")
    void everyTopicHasAProducer() {
        assertThat(ServiceModule.PRODUCERS).containsOnlyKeys(ServiceModule.publishedTopics());
        assertThat(ServiceModule.PRODUCERS.values()).allMatch(ServiceModule.MODULES::contains);
    }

    @Test
    @DisplayName("the gateway reads in a group of its own per instance, model-service in one shared group")
    void consumerGroups() {
        assertThat(ServiceModule.named("gateway").consumers()).singleElement()
                .satisfies(c -> assertThat(c.group()).isEqualTo(new ServiceModule.Group("gateway-", true)));
        assertThat(ServiceModule.named("model-service").consumers())
                .allSatisfy(c -> assertThat(c.group()).isEqualTo(new ServiceModule.Group("model-service", false)));
    }

    @Test
    @DisplayName("each service with a datasource takes host, port, database, user and password from variables")
    void datasourceVariables() {
        assertThat(ServiceModule.named("census-service").databaseVariables()).isEqualTo(Map.of(
                "host", "SEATWISE_DB_HOST", "port", "SEATWISE_DB_PORT", "dbname", "SEATWISE_CENSUS_DB",
                "username", "SEATWISE_DB_USER", "password", "SEATWISE_DB_PASSWORD"));
        assertThat(ServiceModule.named("gateway").hasDatabase()).isFalse();
        assertThat(ServiceModule.all()).filteredOn(ServiceModule::hasDatabase).hasSize(3);
    }

    @Test
    @DisplayName("the ports the services listen on and the gateway forwards to")
    void ports() {
        assertThat(ServiceModule.all()).extracting(ServiceModule::httpPort).containsExactly(8081, 8082, 8083, 8080);
        assertThat(ServiceModule.named("gateway").upstreams()).isEqualTo(Map.of(
                "SEATWISE_CENSUS_URL", 8081, "SEATWISE_ELECTION_URL", 8082, "SEATWISE_MODEL_URL", 8083));
    }
}
