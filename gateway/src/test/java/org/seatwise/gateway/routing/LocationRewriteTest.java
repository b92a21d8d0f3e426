package org.seatwise.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LocationRewriteTest {

    private static final URI ELECTION = URI.create("http://127.0.0.1:8082");

    @Test
    @DisplayName("a service's own address in Location becomes the same path behind the gateway")
    void ownAddressBecomesRelative() {
        assertThat(ApiProxy.behindGateway("http://127.0.0.1:8082/api/v1/bulletins/uploads/42?x=1", ELECTION))
                .isEqualTo("/api/v1/bulletins/uploads/42?x=1");
    }

    @Test
    @DisplayName("a relative Location, or one naming another host or port, passes unchanged")
    void othersPassUnchanged() {
        assertThat(ApiProxy.behindGateway("/api/v1/bulletins/7", ELECTION)).isEqualTo("/api/v1/bulletins/7");
        assertThat(ApiProxy.behindGateway("http://127.0.0.1:8083/api/v1/x", ELECTION))
                .isEqualTo("http://127.0.0.1:8083/api/v1/x");
        assertThat(ApiProxy.behindGateway("https://example.org/doc", ELECTION)).isEqualTo("https://example.org/doc");
        assertThat(ApiProxy.behindGateway("not a uri", ELECTION)).isEqualTo("not a uri");
    }
}
