package org.seatwise.model.reproduction;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A way of writing the change between an earlier and a later count as a whole percentage. The
 * stated rule (the reference) is the change relative to the earlier value, rounded to the nearest
 * whole percent: (later − earlier) / earlier × 100. The other rules are the mistakes and conventions
 * a printed change may come from: another base, a ratio printed as a change, a reversed sign, another
 * rounding.
 *
 * @param base     the value the change is relative to
 * @param form     a change, or a ratio printed in its place
 * @param flipped  whether the sign is reversed
 * @param rounding how the percentage becomes a whole number
 */
public record ChangeRule(Base base, Form form, boolean flipped, PercentRounding rounding) {

    private static final MathContext PRECISION = new MathContext(34, RoundingMode.HALF_EVEN);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** The value a change is relative to. */
    public enum Base {
        EARLIER("the earlier value"), LATER("the later value"), SMALLER("the smaller of the two values");

        private final String words;

        Base(String words) {
            this.words = words;
        }
    }

    /** What is printed. */
    public enum Form {
        /** (later − earlier) / base × 100. */
        CHANGE,
        /** (the other value) / base × 100, with the sign of the direction of change: a ratio printed as a change. */
        RATIO
    }

    /** How a percentage becomes a whole number. */
    public enum PercentRounding {
        NEAREST("rounded to the nearest whole percent", RoundingMode.HALF_UP),
        TRUNCATED("truncated toward zero (decimals dropped)", RoundingMode.DOWN),
        FLOOR("rounded down", RoundingMode.FLOOR),
        CEILING("rounded up", RoundingMode.CEILING);

        private final String words;
        private final RoundingMode mode;

        PercentRounding(String words, RoundingMode mode) {
            this.words = words;
            this.mode = mode;
        }
    }

    /** The stated rule: change relative to the earlier value, nearest whole percent. */
    public static ChangeRule stated() {
        return new ChangeRule(Base.EARLIER, Form.CHANGE, false, PercentRounding.NEAREST);
    }

    /** Every combination of base, form, sign and rounding; the stated rule first. */
    public static List<ChangeRule> all() {
        List<ChangeRule> all = new ArrayList<>();
        for (Form f : Form.values()) {
            for (boolean flip : new boolean[] {false, true}) {
                for (Base b : Base.values()) {
                    for (PercentRounding r : PercentRounding.values()) {
                        all.add(new ChangeRule(b, f, flip, r));
                    }
                }
            }
        }
        return all;
    }

    public String id() {
        return form.name().toLowerCase(Locale.ROOT) + "/" + base.name().toLowerCase(Locale.ROOT) + "/" + rounding.name().toLowerCase(Locale.ROOT)
                + (flipped ? "/sign-reversed" : "");
    }

    /** Choices that differ from the stated rule. */
    public int departures() {
        return (base != Base.EARLIER ? 1 : 0) + (form != Form.CHANGE ? 1 : 0) + (flipped ? 1 : 0)
                + (rounding != PercentRounding.NEAREST ? 1 : 0);
    }

    public String description() {
        String what = form == Form.CHANGE ? "change relative to " + base.words
                : "ratio to " + base.words + " (x 100) printed as a change with the direction's sign";
        return what + ", " + rounding.words + (flipped ? ", with the sign reversed" : "");
    }

    /** The rule applied to two counts; empty when the base is zero. */
    public Optional<Computation> apply(long earlier, long later) {
        boolean baseIsEarlier = switch (base) {
            case EARLIER -> true;
            case LATER -> false;
            case SMALLER -> earlier <= later;
        };
        long b = baseIsEarlier ? earlier : later;
        long other = baseIsEarlier ? later : earlier;
        if (b == 0) {
            return Optional.empty();
        }
        BigDecimal exact;
        String expression;
        if (form == Form.CHANGE) {
            exact = BigDecimal.valueOf(later - earlier).multiply(HUNDRED).divide(BigDecimal.valueOf(b), PRECISION);
            expression = "(" + later + " - " + earlier + ") / " + b + " x 100";
        } else {
            int direction = later >= earlier ? 1 : -1;
            exact = BigDecimal.valueOf(other).multiply(HUNDRED).divide(BigDecimal.valueOf(b), PRECISION)
                    .multiply(BigDecimal.valueOf(direction));
            expression = (direction < 0 ? "-" : "") + other + " / " + b + " x 100";
        }
        if (flipped) {
            exact = exact.negate();
            expression = "-(" + expression + ")";
        }
        int value = exact.setScale(0, rounding.mode).intValueExact();
        String baseNote = base == Base.SMALLER ? " [smaller value: " + (baseIsEarlier ? "the earlier" : "the later") + "]" : "";
        return Optional.of(new Computation(exact, value, expression + " = "
                + exact.setScale(2, RoundingMode.HALF_UP).toPlainString() + " -> " + value + baseNote));
    }
}
