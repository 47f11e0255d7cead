package org.claimscope.index;

import java.math.BigDecimal;
import java.util.Locale;

/** Short, round-trippable number text for CSV: 1e12, 4.5e9, 30, 2.5. */
final class Numbers {

    private Numbers() {
    }

    static String compact(Double v) {
        if (v == null) {
            return null;
        }
        if (!Double.isFinite(v)) {
            return v.toString();
        }
        BigDecimal d = BigDecimal.valueOf(v).stripTrailingZeros();
        int integerDigits = d.precision() - d.scale();
        if (d.scale() < 0 && integerDigits > 6) {
            // Large round numbers read better in scientific notation: 1e12 rather than 1000000000000.
            return d.toString().toLowerCase(Locale.ROOT).replace("e+", "e");
        }
        return d.toPlainString();
    }
}
