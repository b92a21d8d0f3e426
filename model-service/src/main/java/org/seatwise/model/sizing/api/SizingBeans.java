package org.seatwise.model.sizing.api;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.seatwise.model.sizing.CapSchedule;
import org.seatwise.model.sizing.ModelCatalogue;

import io.quarkus.arc.DefaultBean;

/**
 * Makes the pure catalogue and cap schedule injectable. Default beans, so that a module that needs
 * another catalogue (tests, another country's caps) declares its own without ambiguity.
 */
public class SizingBeans {

    @Produces
    @Singleton
    @DefaultBean
    ModelCatalogue modelCatalogue() {
        return ModelCatalogue.standard();
    }

    @Produces
    @Singleton
    @DefaultBean
    CapSchedule kazakhstanCaps() {
        return CapSchedule.kazakhstan();
    }
}
