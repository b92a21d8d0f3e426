package org.seatwise.election.council.seed;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.seatwise.contracts.Provenance;
import org.seatwise.election.council.ConvocationSeats;
import org.seatwise.election.council.CouncilRegistry;
import org.seatwise.platform.csv.CsvTable;

import io.quarkus.runtime.StartupEvent;

/**
 * Records the seats of Kazakhstan's 20 regional councils in the I convocation (first maslikhat
 * elections, 7 March 1994) and the VIII convocation (19 March 2023), from the study's Table 1.
 * Mangystau and Ulytau have no 1994 figure in the table (Ulytau region did not exist).
 */
@ApplicationScoped
public class KazakhstanCouncilsSeed {

    private static final Logger LOG = Logger.getLogger(KazakhstanCouncilsSeed.class);
    static final String TABLE_1 = "/seed/kz/paper-table1-retrospective.csv";
    static final LocalDate FIRST_ELECTION = LocalDate.of(1994, 3, 7);
    static final LocalDate EIGHTH_ELECTION = LocalDate.of(2023, 3, 19);
    static final Provenance STUDY_TABLE_1 = new Provenance(
            "Relevance of maslikhat expansion in the context of improving local governance (2025 study)",
            LocalDate.of(2025, 2, 28), "Table 1: deputies elected in the I (1994) and VIII (2023) convocations");

    private final CouncilRegistry councils;
    private final boolean enabled;

    public KazakhstanCouncilsSeed(CouncilRegistry councils,
            @ConfigProperty(name = "seatwise.seed.kazakhstan", defaultValue = "true") boolean enabled) {
        this.councils = councils;
        this.enabled = enabled;
    }

    void onStart(@Observes StartupEvent started) {
        load();
    }

    /** Records the seeded counts that are missing; a count already recorded (an analyst's correction) stays. */
    int load() {
        if (!enabled) {
            return 0;
        }
        int recorded = councils.recordMissing(seats());
        LOG.infof("Kazakhstan councils seed: %d convocation seat counts recorded, the others were already", recorded);
        return recorded;
    }

    static List<ConvocationSeats> seats() {
        List<ConvocationSeats> seats = new ArrayList<>();
        for (CsvTable.Row row : CsvTable.parseResource(TABLE_1).rows()) {
            String code = row.get("code");
            row.optional("deputies_1994").ifPresent(d -> seats.add(
                    new ConvocationSeats(code, "I", FIRST_ELECTION, Integer.parseInt(d), STUDY_TABLE_1)));
            row.optional("deputies_2023").ifPresent(d -> seats.add(
                    new ConvocationSeats(code, "VIII", EIGHTH_ELECTION, Integer.parseInt(d), STUDY_TABLE_1)));
        }
        return seats;
    }
}
