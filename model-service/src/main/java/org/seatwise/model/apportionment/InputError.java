package org.seatwise.model.apportionment;

/**
 * One reason an input cannot be computed.
 *
 * @param row    1-based position of the unit concerned, null when not about one unit
 * @param field  the field as named in requests ({@code seats}, {@code population}, …)
 * @param value  the offending value as text, null when absent
 * @param reason why, in words a user can act on
 */
public record InputError(Integer row, String field, String value, String reason) {

    static InputError of(String field, Object value, String reason) {
        return new InputError(null, field, value == null ? null : String.valueOf(value), reason);
    }

    static InputError atRow(int index, String field, Object value, String reason) {
        return new InputError(index + 1, field, value == null ? null : String.valueOf(value), reason);
    }
}
