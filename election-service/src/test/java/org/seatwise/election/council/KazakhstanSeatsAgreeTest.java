package org.seatwise.election.council;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.seatwise.platform.csv.CsvTable;

class KazakhstanSeatsAgreeTest {

    @Test
    @DisplayName("the study's Table 2 'deputies now' equal its Table 1 VIII-convocation seats for all 20 councils")
    void tablesAgree() {
        Map<String, String> table1 = CsvTable.parseResource("/seed/kz/paper-table1-retrospective.csv").rows().stream()
                .collect(Collectors.toMap(r -> r.get("code"), r -> r.get("deputies_2023")));
        Map<String, String> table2 = CsvTable.parseResource("/seed/kz/paper-table2-cube-root.csv").rows().stream()
                .collect(Collectors.toMap(r -> r.get("code"), r -> r.get("deputies")));
        assertThat(table2).hasSize(20).isEqualTo(table1);
    }
}
