package org.seatwise.election.bulletin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.seatwise.election.unit.KnownPopulation;
import org.seatwise.election.unit.KnownUnit;

class BulletinValidatorTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 2, 1);
    private static final Map<String, KnownUnit> UNITS = Map.of(
            "KZ-61", new KnownUnit("KZ-61", "OBLAST", LocalDate.of(2018, 6, 19), null),
            "KZ-75", new KnownUnit("KZ-75", "CITY_REPUBLICAN", null, null),
            "KZ-YUZ", new KnownUnit("KZ-YUZ", "OBLAST", null, LocalDate.of(2018, 6, 19)));
    private final BulletinValidator validator = new BulletinValidator(UNITS::get, TODAY);

    private static DraftBulletin bulletin(String rollDate, DraftRow... rows) {
        return new DraftBulletin("Central Election Commission", null, rollDate, null, null, List.of(rows));
    }

    @Test
    @DisplayName("a bulletin of known units with positive counts is valid and keeps its rows")
    void valid() {
        var outcome = validator.validate(bulletin("2023-01-01", new DraftRow(1, "KZ-61", "1177507"),
                new DraftRow(2, "KZ-75", "1176138")));
        assertThat(outcome).isInstanceOf(BulletinValidator.Valid.class);
        assertThat(((BulletinValidator.Valid) outcome).bulletin().rows()).extracting(RollRow::voters)
                .containsExactly(1_177_507L, 1_176_138L);
    }

    @Test
    @DisplayName("every bad row is reported at once, with its line, field and reason")
    void everyErrorAtOnce() {
        var outcome = validator.validate(bulletin("2023-01-01",
                new DraftRow(1, "KZ-99", "100"),
                new DraftRow(2, "KZ-61", "-5"),
                new DraftRow(3, "KZ-75", "12.5"),
                new DraftRow(4, "KZ-61", "10"),
                new DraftRow(5, "", "=1+1")));
        assertThat(outcome).isInstanceOf(BulletinValidator.Invalid.class);
        List<RowError> errors = ((BulletinValidator.Invalid) outcome).errors();
        assertThat(errors).extracting(RowError::line, RowError::field).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, "unitCode"),
                org.assertj.core.groups.Tuple.tuple(2, "voters"),
                org.assertj.core.groups.Tuple.tuple(3, "voters"),
                org.assertj.core.groups.Tuple.tuple(4, "unitCode"),
                org.assertj.core.groups.Tuple.tuple(5, "unitCode"),
                org.assertj.core.groups.Tuple.tuple(5, "voters"));
        assertThat(errors.get(0).reason()).contains("unknown unit");
        assertThat(errors.get(3).reason()).contains("duplicate").contains("line 2");
    }

    @Test
    @DisplayName("a roll date in the future is rejected")
    void futureDate() {
        var outcome = validator.validate(bulletin("2025-02-02", new DraftRow(1, "KZ-61", "1")));
        assertThat(((BulletinValidator.Invalid) outcome).errors()).extracting(RowError::field).containsExactly("rollDate");
    }

    @Test
    @DisplayName("South Kazakhstan region cannot be on a roll after it was divided on 19 June 2018, nor Turkestan before")
    void unitNotValidOnRollDate() {
        var outcome = validator.validate(bulletin("2019-01-01", new DraftRow(1, "KZ-YUZ", "1500000")));
        assertThat(((BulletinValidator.Invalid) outcome).errors().get(0).reason()).contains("did not exist");
        var earlier = validator.validate(bulletin("2017-01-01", new DraftRow(1, "KZ-61", "1000000")));
        assertThat(((BulletinValidator.Invalid) earlier).errors().get(0).reason()).contains("did not exist");
    }

    @Test
    @DisplayName("an absurd count, a missing issuer and an empty bulletin are named")
    void absurdAndMissing() {
        var outcome = validator.validate(new DraftBulletin(" ", null, "2023-01-01", null, null,
                List.of(new DraftRow(1, "KZ-61", "99999999999"))));
        assertThat(((BulletinValidator.Invalid) outcome).errors()).extracting(RowError::field)
                .containsExactly("issuer", "voters");
        var empty = validator.validate(new DraftBulletin("CEC", null, "2023-01-01", null, null, List.of()));
        assertThat(((BulletinValidator.Invalid) empty).errors()).extracting(RowError::field).containsExactly("rows");
    }

    @Test
    @DisplayName("the content hash ignores row order, so the same roll uploaded reordered is the same bulletin")
    void hashIgnoresOrder() {
        var a = ((BulletinValidator.Valid) validator.validate(bulletin("2023-01-01", new DraftRow(1, "KZ-61", "5"),
                new DraftRow(2, "KZ-75", "6")))).bulletin();
        var b = ((BulletinValidator.Valid) validator.validate(bulletin("2023-01-01", new DraftRow(1, "KZ-75", "6"),
                new DraftRow(2, "KZ-61", "5")))).bulletin();
        var c = ((BulletinValidator.Valid) validator.validate(bulletin("2023-01-01", new DraftRow(1, "KZ-75", "7"),
                new DraftRow(2, "KZ-61", "5")))).bulletin();
        assertThat(a.contentHash()).isEqualTo(b.contentHash()).isNotEqualTo(c.contentHash());
    }

    @Test
    @DisplayName("more voters than the unit's latest known population is absurd: the row, the field and the figure with its source and date are named")
    void moreVotersThanPopulation() {
        var population = new KnownPopulation("KZ-61", "f-2023", LocalDate.of(2023, 1, 1), 2_119_000,
                "Bureau of National Statistics", "estimate");
        var withPopulation = new BulletinValidator(UNITS::get, Map.of("KZ-61", population)::get, TODAY);
        var outcome = withPopulation.validate(bulletin("2023-01-01", new DraftRow(1, "KZ-75", "9000000"),
                new DraftRow(2, "KZ-61", "2119001")));
        assertThat(((BulletinValidator.Invalid) outcome).errors()).containsExactly(new RowError(2, "voters", "2119001",
                "more voters than the unit's population: 2,119,000 (Bureau of National Statistics, 2023-01-01)"));
        assertThat(withPopulation.validate(bulletin("2023-01-01", new DraftRow(1, "KZ-61", "2119000"))))
                .as("as many voters as people is odd but possible").isInstanceOf(BulletinValidator.Valid.class);
    }

    @Test
    @DisplayName("validation reports its progress every 5,000 rows and once at the end")
    void progress() {
        List<DraftRow> rows = new java.util.ArrayList<>();
        java.util.Map<String, KnownUnit> many = new java.util.HashMap<>();
        for (int i = 1; i <= 12_001; i++) {
            many.put("U-" + i, new KnownUnit("U-" + i, "DISTRICT", null, null));
            rows.add(new DraftRow(i, "U-" + i, "10"));
        }
        List<Integer> heard = new java.util.ArrayList<>();
        new BulletinValidator(many::get, TODAY).validate(new DraftBulletin("CEC", null, "2023-01-01", null, null, rows),
                heard::add);
        assertThat(heard).containsExactly(5_000, 10_000, 12_001);
    }
}
