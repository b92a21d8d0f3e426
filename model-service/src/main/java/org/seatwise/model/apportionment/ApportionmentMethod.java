package org.seatwise.model.apportionment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A way of sharing seats in proportion to population: a quota method or a divisor method. */
public sealed interface ApportionmentMethod permits LargestRemainderMethod, DivisorMethod {

    /** The name used in requests and answers, e.g. {@code huntington-hill}. */
    String id();

    /** Other names accepted in requests, e.g. {@code dhondt} for Jefferson. */
    List<String> aliases();

    /** Every method, quota method first, then the divisor methods from smallest to greatest divisors. */
    static List<ApportionmentMethod> all() {
        List<ApportionmentMethod> all = new ArrayList<>(List.of(LargestRemainderMethod.values()));
        all.addAll(List.of(DivisorMethod.values()));
        return List.copyOf(all);
    }

    /** The method with this name or alias (case and surrounding blanks ignored), if any. */
    static Optional<ApportionmentMethod> named(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        return all().stream().filter(m -> m.id().equals(wanted) || m.aliases().contains(wanted)).findFirst();
    }

    /** Every accepted name, aliases included, for error messages. */
    static List<String> knownNames() {
        List<String> names = new ArrayList<>();
        for (ApportionmentMethod m : all()) {
            names.add(m.id());
            names.addAll(m.aliases());
        }
        return List.copyOf(names);
    }
}
