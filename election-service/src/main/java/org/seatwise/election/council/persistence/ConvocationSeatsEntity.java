package org.seatwise.election.council.persistence;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Row of {@code convocation_seats}; mapped to {@link org.seatwise.election.council.ConvocationSeats}. */
@Entity
@Table(name = "convocation_seats")
@IdClass(ConvocationSeatsEntity.Key.class)
public class ConvocationSeatsEntity extends PanacheEntityBase {
    @Id
    @Column(name = "unit_code")
    public String unitCode;
    @Id
    public String convocation;
    @Column(name = "election_date")
    public LocalDate electionDate;
    public int seats;
    public String source;
    @Column(name = "source_date")
    public LocalDate sourceDate;
    public String citation;

    /** Composite key (unit, convocation). */
    public static class Key implements Serializable {
        public String unitCode;
        public String convocation;

        public Key() {
        }

        public Key(String unitCode, String convocation) {
            this.unitCode = unitCode;
            this.convocation = convocation;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(unitCode, k.unitCode) && Objects.equals(convocation, k.convocation);
        }

        @Override
        public int hashCode() {
            return Objects.hash(unitCode, convocation);
        }
    }
}
