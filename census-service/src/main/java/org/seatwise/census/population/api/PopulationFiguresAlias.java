package org.seatwise.census.population.api;

import jakarta.ws.rs.Path;

import org.seatwise.census.population.application.PopulationService;

/**
 * {@code /api/v1/population-figures}, the name issue 4 gives the upload, answering exactly as
 * {@code /api/v1/population} (the gateway routes the latter; see DESIGN.md).
 */
@Path("/api/v1/population-figures")
public class PopulationFiguresAlias extends PopulationResource {

    public PopulationFiguresAlias(PopulationService population, com.fasterxml.jackson.databind.ObjectMapper json) {
        super(population, json);
    }
}
