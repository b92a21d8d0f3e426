package org.seatwise.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ServiceTest {

    @Test
    @DisplayName("each API collection is owned by the service DESIGN.md gives it")
    void owners() {
        assertThat(Service.owning("/api/v1/units/KZ-61")).contains(Service.CENSUS);
        assertThat(Service.owning("/api/v1/population-figures")).contains(Service.CENSUS);
        assertThat(Service.owning("/api/v1/bulletins")).contains(Service.ELECTION);
        assertThat(Service.owning("/api/v1/councils/KZ-61")).contains(Service.ELECTION);
        assertThat(Service.owning("/api/v1/councils/KZ-61/convocations/VIII")).contains(Service.ELECTION);
        assertThat(Service.owning("/api/v1/bulletins/uploads/3f1c")).contains(Service.ELECTION);
        assertThat(Service.owning("/api/v1/councils/KZ-10/apportionment")).contains(Service.MODEL);
        assertThat(Service.owning("/api/v1/retrospective")).contains(Service.MODEL);
        assertThat(Service.owning("/api/v1/recommendations/KZ-61")).contains(Service.MODEL);
        assertThat(Service.owning("/api/v1/apportionments")).contains(Service.MODEL);
        assertThat(Service.owning("/api/v1/reproductions/maslikhat-2025")).contains(Service.MODEL);
    }

    @Test
    @DisplayName("paths outside /api/v1 or of unknown collections are not routed")
    void notRouted() {
        assertThat(Service.owning("/q/health")).isEmpty();
        assertThat(Service.owning("/api/v1/unitsx")).isEmpty();
        assertThat(Service.owning("/api/v2/units")).isEmpty();
    }
}
