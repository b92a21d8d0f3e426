package org.seatwise.census.seed;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.seatwise.census.lineage.LineageEvent;
import org.seatwise.census.population.DraftUpload;
import org.seatwise.census.population.application.PopulationService;
import org.seatwise.census.unit.AdministrativeUnit;
import org.seatwise.census.unit.application.UnitRegistry;

import io.quarkus.runtime.StartupEvent;

/**
 * Loads Kazakhstan at start-up through the same paths as any other write: units and lineage through
 * the registry, figures through the validated upload. Idempotent: what is stored unchanged is not
 * stored or announced again.
 */
@ApplicationScoped
public class KazakhstanSeed {

    private static final Logger LOG = Logger.getLogger(KazakhstanSeed.class);

    private final UnitRegistry registry;
    private final PopulationService population;
    private final boolean enabled;

    public KazakhstanSeed(UnitRegistry registry, PopulationService population,
            @ConfigProperty(name = "seatwise.seed.kazakhstan", defaultValue = "true") boolean enabled) {
        this.registry = registry;
        this.population = population;
        this.enabled = enabled;
    }

    void load(@Observes StartupEvent started) {
        if (!enabled) {
            return;
        }
        List<AdministrativeUnit> units = KazakhstanSeedData.units();
        List<LineageEvent> events = KazakhstanSeedData.lineage();
        UnitRegistry.Registration r = registry.register(units, events);
        int stored = 0;
        for (DraftUpload upload : KazakhstanSeedData.population()) {
            PopulationService.Result result = population.submit(upload);
            if (result instanceof PopulationService.Rejected rejected) {
                throw new IllegalStateException("the Kazakhstan seed's figures from '" + upload.source() + "' are invalid: "
                        + rejected.errors());
            }
            stored += ((PopulationService.Accepted) result).stored();
        }
        LOG.infof("Kazakhstan seed: %d units and %d lineage events registered or updated, %d units announced, "
                + "%d population figures stored", r.unitsChanged(), r.eventsChanged(), r.announced(), stored);
    }
}
