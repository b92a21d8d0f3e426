package org.seatwise.census.unit.persistence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;

import org.seatwise.census.unit.AdministrativeUnit;
import org.seatwise.census.unit.CensusPredecessor;
import org.seatwise.census.unit.FormerName;
import org.seatwise.census.unit.UnitKind;
import org.seatwise.census.unit.UnitNames;
import org.seatwise.contracts.Provenance;

/** Stores and finds units; the only class that knows {@link UnitEntity}. */
@ApplicationScoped
public class UnitRepository {

    public Optional<AdministrativeUnit> find(String code) {
        return UnitEntity.<UnitEntity>findByIdOptional(code).map(UnitRepository::toDomain);
    }

    /** The unit with this code, or else the unit with this alias (an older code). */
    public Optional<AdministrativeUnit> findByCodeOrAlias(String code) {
        Optional<AdministrativeUnit> unit = find(code);
        if (unit.isPresent()) {
            return unit;
        }
        return UnitEntity.<UnitEntity>find("select u from UnitEntity u join u.aliases a where a = ?1", code)
                .firstResultOptional().map(UnitRepository::toDomain);
    }

    /** The units with these codes, by code (codes with no unit are left out). */
    public Map<String, AdministrativeUnit> findAll(Collection<String> codes) {
        Map<String, AdministrativeUnit> found = new HashMap<>();
        if (codes.isEmpty()) {
            return found;
        }
        UnitEntity.<UnitEntity>list("code in ?1", List.copyOf(codes)).forEach(e -> found.put(e.code, toDomain(e)));
        return found;
    }

    /** Every unit, reachable by its code and by each of its aliases. */
    public Map<String, AdministrativeUnit> byCodeAndAlias() {
        List<AdministrativeUnit> all = UnitEntity.<UnitEntity>listAll().stream().map(UnitRepository::toDomain).toList();
        Map<String, AdministrativeUnit> index = new HashMap<>();
        all.forEach(u -> u.aliases().forEach(a -> index.putIfAbsent(a, u)));
        all.forEach(u -> index.put(u.code(), u)); // a code wins over an alias
        return index;
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

    /** The kinds of the stored units (the open set beyond the built-in ones). */
    public Set<String> kinds() {
        return new TreeSet<>(UnitEntity.getEntityManager().createQuery("select distinct u.kind from UnitEntity u", String.class)
                .getResultList());
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
        e.aliases.clear();
        e.aliases.addAll(unit.aliases());
        e.formerNames.clear();
        for (FormerName n : unit.formerNames()) {
            FormerNameColumns c = new FormerNameColumns();
            c.nameEn = n.names().en();
            c.nameRu = n.names().ru();
            c.nameKk = n.names().kk();
            c.validFrom = n.validFrom();
            c.validTo = n.validTo();
            e.formerNames.add(c);
        }
        e.censusPredecessors.clear();
        for (CensusPredecessor p : unit.censusPredecessors()) {
            CensusPredecessorColumns c = new CensusPredecessorColumns();
            c.census = p.census();
            c.describedAs = p.describedAs();
            c.predecessorCode = p.predecessorCode();
            c.note = p.note();
            e.censusPredecessors.add(c);
        }
        e.persist();
    }

    static AdministrativeUnit toDomain(UnitEntity e) {
        List<FormerName> former = new ArrayList<>();
        for (FormerNameColumns c : e.formerNames) {
            former.add(new FormerName(new UnitNames(c.nameKk, c.nameRu, c.nameEn), c.validFrom, c.validTo));
        }
        List<CensusPredecessor> predecessors = new ArrayList<>();
        for (CensusPredecessorColumns c : e.censusPredecessors) {
            predecessors.add(new CensusPredecessor(c.census, c.describedAs, c.predecessorCode, c.note));
        }
        return new AdministrativeUnit(e.code, new UnitKind(e.kind), new UnitNames(e.nameKk, e.nameRu, e.nameEn),
                e.parentCode, e.validFrom, e.validTo, List.copyOf(e.aliases),
                new Provenance(e.source, e.sourceDate, e.citation), former, predecessors);
    }
}
