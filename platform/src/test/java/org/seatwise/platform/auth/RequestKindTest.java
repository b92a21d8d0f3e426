package org.seatwise.platform.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RequestKindTest {

    @Test
    @DisplayName("GET, HEAD and OPTIONS are reads; POST, PUT, PATCH and DELETE are writes")
    void byMethod() {
        assertThat(RequestKind.of("GET", "/api/v1/bulletins")).isEqualTo(RequestKind.READ);
        assertThat(RequestKind.of("OPTIONS", "/api/v1/bulletins")).isEqualTo(RequestKind.READ);
        assertThat(RequestKind.of("POST", "/api/v1/bulletins")).isEqualTo(RequestKind.WRITE);
        assertThat(RequestKind.of("put", "/api/v1/caps")).isEqualTo(RequestKind.WRITE);
        assertThat(RequestKind.of("DELETE", "/api/v1/units/KZ-61")).isEqualTo(RequestKind.WRITE);
    }

    @Test
    @DisplayName("writing a convocation's seats or a legal cap is a write (analysts only); following an upload's progress is a read")
    void electionWrites() {
        assertThat(RequestKind.of("PUT", "/api/v1/councils/KZ-61/convocations/VIII")).isEqualTo(RequestKind.WRITE);
        assertThat(RequestKind.of("POST", "/api/v1/caps")).isEqualTo(RequestKind.WRITE);
        assertThat(RequestKind.of("GET", "/api/v1/bulletins/uploads/3f1c")).isEqualTo(RequestKind.READ);
    }

    @Test
    @DisplayName("POSTs to apportionments, malapportionment and scenarios are computations, their sub-paths are not")
    void computations() {
        assertThat(RequestKind.of("POST", "/api/v1/apportionments")).isEqualTo(RequestKind.COMPUTATION);
        assertThat(RequestKind.of("POST", "/api/v1/malapportionment")).isEqualTo(RequestKind.COMPUTATION);
        assertThat(RequestKind.of("POST", "/api/v1/scenarios/")).isEqualTo(RequestKind.COMPUTATION);
        assertThat(RequestKind.of("POST", "/api/v1/scenarios/official")).isEqualTo(RequestKind.WRITE);
        assertThat(RequestKind.of("POST", "/api/v1/councils/KZ-10/apportionment")).isEqualTo(RequestKind.COMPUTATION);
        assertThat(RequestKind.of("POST", "/api/v1/councils/KZ-10/seats/apportionment")).isEqualTo(RequestKind.WRITE);
    }

    @Test
    @DisplayName("any other method, on any path, is a write: TRACE, made-up methods and POSTs outside /api/v1 included")
    void everythingElseWrites() {
        assertThat(RequestKind.of("TRACE", "/api/v1/units")).isEqualTo(RequestKind.WRITE);
        assertThat(RequestKind.of("FROB", "/api/v1/units")).isEqualTo(RequestKind.WRITE);
        assertThat(RequestKind.of("POST", "/q/health")).isEqualTo(RequestKind.WRITE);
        assertThat(RequestKind.of("PUT", "/apportionments")).isEqualTo(RequestKind.WRITE);
    }

    @Test
    @DisplayName("repeated slashes do not change what a path is: //api/v1//scenarios/ is the scenarios computation")
    void repeatedSlashes() {
        assertThat(RequestKind.of("POST", "//api/v1//scenarios/")).isEqualTo(RequestKind.COMPUTATION);
        assertThat(RequestKind.of("POST", "/api/v1//bulletins")).isEqualTo(RequestKind.WRITE);
    }
}
