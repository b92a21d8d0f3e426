package org.seatwise.census.unit.persistence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.HashMap;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.seatwise.census.unit.AdministrativeUnit;
import org.seatwise.census.unit.UnitKind;
import org.seatwise.census.unit.UnitNames;
import org.seatwise.contracts.Provenance;

/** Stores and finds units; the only class that knows {@link UnitEntity}. */
@ApplicationScoped
public class UnitRepository {

    public Optional<AdministrativeUnit> find(String code) {
        return UnitEntity.<UnitEntity>findByIdOptional(code).map(UnitRepository::toDomain);
    }

    /** Units matching every filter given (null means any), ordered by code. */
    public List<AdministrativeUnit> search(UnitKind kind, String parentCode, LocalDate validOn) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (kind != null) {
            where.append(" and kind = :kind");
            params.put("kind", kind.name());
        }
        if (parentCode != null) {
            where.append(" and parentCode = :parent");
            params.put("parent", parentCode);
        }
        if (validOn != null) {
            where.append(" and (validFrom is null or validFrom <= :on) and (validTo is null or validTo > :on)");
            params.put("on", validOn);
        }
        return UnitEntity.<UnitEntity>list(where + " order by code", params).stream()
                .map(UnitRepository::toDomain).toList();
    }

    public void save(AdministrativeUnit unit) {
        UnitEntity e = UnitEntity.<UnitEntity>findByIdOptional(unit.code()).orElseGet(UnitEntity::new);
        e.code = unit.code();
        e.kind = unit.kind().name();
        e.nameEn = unit.names().en();
        e.nameRu = unit.names().ru();
        e.nameKk = unit.names().kk();
        e.parentCode = unit.parentCode();
        e.validFrom = unit.validFrom();
        e.validTo = unit.validTo();
        e.source = unit.provenance().source();
        e.sourceDate = unit.provenance().date();
        e.citation = unit.provenance().citation();
        e.aliases = new ArrayList<>(unit.aliases());
        e.persist();
    }

    static AdministrativeUnit toDomain(UnitEntity e) {
        return new AdministrativeUnit(e.code, UnitKind.valueOf(e.kind), new UnitNames(e.nameKk, e.nameRu, e.nameEn),
                e.parentCode, e.validFrom, e.validTo, e.aliases,
                new Provenance(e.source, e.sourceDate, e.citation));
    }
}
