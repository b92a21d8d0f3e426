package org.seatwise.model.reproduction;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.seatwise.model.sizing.CubeRootLaw;
import org.seatwise.model.sizing.Rounding;

/**
 * The rules Table 2's printed columns are checked against. The cube-root size is the cube root law
 * (seatwise's {@link CubeRootLaw}) on the row's voters; the study does not state its rounding, so the
 * reference is seatwise's stated study rule, nearest, with floor and ceiling shown beside it. The gap is
 * deputies minus the cube-root size, as the study defines it.
 */
public final class CubeRootRules {

    private static final CubeRootLaw LAW = new CubeRootLaw();
    private static final Rounding[] ROUNDINGS = {Rounding.FLOOR, Rounding.NEAREST, Rounding.CEILING};

    /** A Table 2 row with the input a candidate may have used by mistake: the 2023 population of Table 1. */
    public record Input(CubeRootRow row, Long population2023) {
    }

    private CubeRootRules() {
    }

    public static Column<Input> cubeRootColumn() {
        List<CandidateRule<Input>> all = new ArrayList<>();
        CandidateRule<Input> reference = null;
        List<CandidateRule<Input>> shown = new ArrayList<>();
        for (Rounding r : ROUNDINGS) {
            CandidateRule<Input> rule = new CandidateRule<>("cube-root/voters/" + r.id(),
                    "cube root of the voters on the roll, " + words(r), r == Rounding.NEAREST ? 0 : 1,
                    in -> Optional.of(cubeRoot(in.row().voters(), r, "voters")));
            all.add(rule);
            shown.add(rule);
            if (r == Rounding.NEAREST) {
                reference = rule;
            }
        }
        for (Rounding r : ROUNDINGS) {
            all.add(new CandidateRule<>("cube-root/population-2023/" + r.id(),
                    "cube root of the 2023 population of Table 1 (thousands x 1000) instead of the voters, " + words(r),
                    r == Rounding.NEAREST ? 1 : 2,
                    in -> Optional.ofNullable(in.population2023()).map(p -> cubeRoot(p, r, "population 2023"))));
        }
        return new Column<>("Table 2", "cube_root_as_printed", "cube-root size of the council",
                in -> in.row().cubeRootPrinted(), reference, shown, all, false);
    }

    public static Column<Input> gapColumn() {
        List<CandidateRule<Input>> all = new ArrayList<>();
        List<CandidateRule<Input>> shown = new ArrayList<>();
        CandidateRule<Input> reference = null;
        for (Rounding r : ROUNDINGS) {
            CandidateRule<Input> rule = new CandidateRule<>("gap/cube-root-" + r.id(),
                    "deputies minus the cube root of the voters " + words(r), r == Rounding.NEAREST ? 0 : 1, in -> {
                        Computation c = cubeRoot(in.row().voters(), r, "voters");
                        int gap = in.row().deputies() - c.value();
                        return Optional.of(new Computation(BigDecimal.valueOf(gap), gap,
                                in.row().deputies() + " - " + c.value() + " = " + gap + " [" + c.working() + "]"));
                    });
            all.add(rule);
            shown.add(rule);
            if (r == Rounding.NEAREST) {
                reference = rule;
            }
        }
        CandidateRule<Input> fromPrinted = new CandidateRule<>("gap/printed-cube-root",
                "deputies minus the printed cube-root size", 1, in -> Optional.ofNullable(in.row().cubeRootPrinted())
                        .map(p -> {
                            int gap = in.row().deputies() - p;
                            return new Computation(BigDecimal.valueOf(gap), gap,
                                    in.row().deputies() + " - " + p + " (printed) = " + gap);
                        }));
        all.add(fromPrinted);
        shown.add(fromPrinted);
        for (RoundingMode mode : new RoundingMode[] {RoundingMode.HALF_UP, RoundingMode.DOWN}) {
            boolean nearest = mode == RoundingMode.HALF_UP;
            all.add(new CandidateRule<>("gap/unrounded-" + (nearest ? "nearest" : "truncated"),
                    "deputies minus the unrounded cube root, then " + (nearest ? "rounded to nearest" : "truncated toward zero"),
                    nearest ? 1 : 2, in -> {
                        BigDecimal root = LAW.raw(in.row().voters());
                        BigDecimal exact = BigDecimal.valueOf(in.row().deputies()).subtract(root);
                        int gap = exact.setScale(0, mode).intValueExact();
                        return Optional.of(new Computation(exact, gap, in.row().deputies() + " - "
                                + root.setScale(3, RoundingMode.HALF_UP).toPlainString() + " = "
                                + exact.setScale(3, RoundingMode.HALF_UP).toPlainString() + " -> " + gap));
                    }));
        }
        all.add(new CandidateRule<>("gap/reversed-nearest", "the cube root of the voters (nearest) minus deputies: the sign reversed", 1,
                in -> {
                    Computation c = cubeRoot(in.row().voters(), Rounding.NEAREST, "voters");
                    int gap = c.value() - in.row().deputies();
                    return Optional.of(new Computation(BigDecimal.valueOf(gap), gap, c.value() + " - " + in.row().deputies()
                            + " = " + gap));
                }));
        all.add(new CandidateRule<>("gap/reversed-printed", "the printed cube-root size minus deputies: the sign reversed", 2,
                in -> Optional.ofNullable(in.row().cubeRootPrinted()).map(p -> {
                    int gap = p - in.row().deputies();
                    return new Computation(BigDecimal.valueOf(gap), gap, p + " (printed) - " + in.row().deputies() + " = " + gap);
                })));
        return new Column<>("Table 2", "gap_as_printed", "gap: deputies minus the cube-root size",
                in -> in.row().gapPrinted(), reference, shown, all, true);
    }

    private static Computation cubeRoot(long population, Rounding r, String what) {
        BigDecimal root = LAW.raw(population);
        int v = r.apply(root);
        return new Computation(root, v, "(" + population + " " + what + ")^(1/3) = "
                + root.setScale(3, RoundingMode.HALF_UP).toPlainString() + " -> " + r.id() + " " + v);
    }

    private static String words(Rounding r) {
        return switch (r) {
            case FLOOR -> "rounded down (floor)";
            case NEAREST -> "rounded to nearest";
            case CEILING -> "rounded up (ceiling)";
            case NEAREST_ODD -> "rounded to the nearest odd number";
        };
    }
}
