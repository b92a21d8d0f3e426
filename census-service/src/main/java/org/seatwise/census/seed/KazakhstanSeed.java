package org.seatwise.census.unit.seed;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.seatwise.census.unit.AdministrativeUnit;
import org.seatwise.census.unit.UnitKind;
import org.seatwise.census.unit.UnitNames;
import org.seatwise.census.unit.UnitRegistry;
import org.seatwise.contracts.Provenance;
import org.seatwise.platform.csv.CsvTable;

import io.quarkus.runtime.StartupEvent;

/**
 * Loads Kazakhstan and its 20 first-level units (17 regions, 2 cities of republican significance,
 * the capital) at start-up. Idempotent: units already stored unchanged are not announced again.
 */
@ApplicationScoped
public class KazakhstanSeed {

    private static final Logger LOG = Logger.getLogger(KazakhstanSeed.class);
    static final String REGIONS = "/seed/kz/regions.csv";
    static final Provenance STUDY = new Provenance(
            "Relevance of maslikhat expansion in the context of improving local governance (2025 study)",
            LocalDate.of(2025, 2, 28), "regions table; ISO 3166-2:KZ codes; data collected January–February 2025");
    /** Independence of the Republic of Kazakhstan: Constitutional Law of 16 December 1991. */
    static final LocalDate INDEPENDENCE = LocalDate.of(1991, 12, 16);

    private final UnitRegistry registry;
    private final boolean enabled;

    public KazakhstanSeed(UnitRegistry registry,
            @ConfigProperty(name = "seatwise.seed.kazakhstan", defaultValue = "true") boolean enabled) {
        this.registry = registry;
        this.enabled = enabled;
    }

    void load(@Observes StartupEvent started) {
        if (enabled) {
            int changed = registry.register(units());
            LOG.infof("Kazakhstan seed: %d units registered or updated", changed);
        }
    }

    static List<AdministrativeUnit> units() {
        List<AdministrativeUnit> units = new ArrayList<>();
        units.add(new AdministrativeUnit("KZ", UnitKind.COUNTRY, new UnitNames("Қазақстан", "Казахстан", "Kazakhstan"),
                null, INDEPENDENCE, null, List.of(), new Provenance("ISO 3166-1", INDEPENDENCE, "alpha-2 code KZ")));
        for (CsvTable.Row row : CsvTable.parseResource(REGIONS).rows()) {
            units.add(new AdministrativeUnit(row.get("code"), UnitKind.parse(row.get("kind")),
                    new UnitNames(row.get("name_kk"), row.get("name_ru"), row.get("name_en")), "KZ",
                    row.optional("established").map(LocalDate::parse).orElse(null), null, List.of(), STUDY));
        }
        return units;
    }
}
