package org.seatwise.model.sizing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Reads and checks a bracket table posted by a caller. A table is valid when it has at least one
 * bracket, the first starts at 0 (every population has a size), minima rise strictly, and every
 * bracket gives a positive number of seats. Every bad bracket is named, not only the first.
 */
public final class BracketTable {

    private BracketTable() {
    }

    /** The outcome of reading a table: the brackets that could be read, and every error found. */
    public record Checked(List<Bracket> brackets, List<ConfigurationError> errors) {
        public Checked {
            brackets = List.copyOf(brackets);
            errors = List.copyOf(errors);
        }

        public boolean valid() {
            return errors.isEmpty();
        }
    }

    /**
     * Reads {@code "0:7,100:11,500:15"} (minimum population : seats, comma or semicolon separated)
     * and checks it. Brackets are numbered from 1 in the errors, as {@code field[n]}.
     */
    public static Checked parse(String field, String text) {
        List<ConfigurationError> errors = new ArrayList<>();
        if (text == null || text.isBlank()) {
            errors.add(new ConfigurationError(field, text, "a table needs at least one bracket, as minPopulation:seats"));
            return new Checked(List.of(), errors);
        }
        String[] parts = text.split("[,;]", -1);
        List<Bracket> read = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i].trim();
            String name = field + "[" + (i + 1) + "]";
            String[] pair = part.split(":", -1);
            if (pair.length != 2) {
                errors.add(new ConfigurationError(name, part, "write a bracket as minPopulation:seats, e.g. 100:11"));
                continue;
            }
            try {
                read.add(new Bracket(Long.parseLong(pair[0].trim()), Integer.parseInt(pair[1].trim())));
                numbers.add(i + 1);
            } catch (NumberFormatException e) {
                errors.add(new ConfigurationError(name, part, "minPopulation and seats must be whole numbers"));
            }
        }
        errors.addAll(check(field, read, numbers));
        errors.sort(Comparator.comparingInt(e -> bracketNumber(e.field())));
        return new Checked(read, errors);
    }

    /** Checks brackets given as values (JSON bodies); numbered from 1 in order. */
    public static List<ConfigurationError> validate(String field, List<Bracket> brackets) {
        List<Integer> numbers = new ArrayList<>();
        for (int i = 0; i < brackets.size(); i++) {
            numbers.add(i + 1);
        }
        if (brackets.isEmpty()) {
            return List.of(new ConfigurationError(field, "", "a table needs at least one bracket"));
        }
        return check(field, brackets, numbers);
    }

    private static List<ConfigurationError> check(String field, List<Bracket> brackets, List<Integer> numbers) {
        List<ConfigurationError> errors = new ArrayList<>();
        Long previous = null;
        for (int i = 0; i < brackets.size(); i++) {
            Bracket b = brackets.get(i);
            String name = field + "[" + numbers.get(i) + "]";
            if (numbers.get(i) == 1 && b.minPopulation() != 0) {
                errors.add(new ConfigurationError(name, b.text(),
                        "the first bracket must start at population 0 so that every population has a size"));
            }
            if (b.minPopulation() < 0) {
                errors.add(new ConfigurationError(name, b.text(), "minPopulation must not be negative"));
            }
            if (previous != null && b.minPopulation() <= previous) {
                errors.add(new ConfigurationError(name, b.text(),
                        "brackets must ascend: minPopulation " + b.minPopulation() + " does not exceed the previous "
                                + previous));
            }
            if (b.seats() <= 0) {
                errors.add(new ConfigurationError(name, b.text(), "seats must be positive"));
            }
            previous = previous == null ? b.minPopulation() : Math.max(previous, b.minPopulation());
        }
        return errors;
    }

    private static int bracketNumber(String field) {
        int open = field.lastIndexOf('[');
        return open < 0 ? 0 : Integer.parseInt(field.substring(open + 1, field.length() - 1));
    }
}
