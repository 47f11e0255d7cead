package org.claimscope.pipeline.figures;

/**
 * Combines a sequence of number words (optionally after a digit number) into a value, rejecting
 * sequences that are not one number ("dez quinze", "mil dois mil", a bare "a"). Mutable; one per
 * parse attempt.
 */
final class NumberAccumulator {

    private final boolean vigesimal;
    private double total;
    private double current;
    private boolean currentSet;
    private double lastScale = Double.POSITIVE_INFINITY;
    private NumberWord.Kind lastKind;
    private int count;
    private boolean halfUsed;
    /** The part said by the HALF word ("and a half" 0.5, "and a quarter" 0.25), once used. */
    private double halfPart;
    private boolean zeroSaid;
    /** Started from a number written in digits, and nothing added yet. */
    private boolean digitsOnly;
    private boolean sawScale;
    private double trailingFactor = 1;
    private final java.util.List<double[]> parts = new java.util.ArrayList<>();

    NumberAccumulator(boolean vigesimal) {
        this.vigesimal = vigesimal;
    }

    /** Starts from a number written in digits ("4,5" in "4,5 bilhões"). */
    void startWith(double digits) {
        digitsOnly = true;
        current = digits;
        currentSet = true;
        count = 1;
        lastKind = NumberWord.Kind.UNIT;
    }

    /** Adds one word; returns false (leaving this accumulator unusable) when it cannot follow. */
    boolean add(NumberWord w) {
        if (lastKind == NumberWord.Kind.ARTICLE
                && w.kind() != NumberWord.Kind.MULTIPLIER && w.kind() != NumberWord.Kind.SCALE) {
            return false;
        }
        boolean dozensOfHalf = lastKind == NumberWord.Kind.HALF && w.kind() == NumberWord.Kind.MULTIPLIER && w.value() < 100;
        if (halfUsed && w.kind() != NumberWord.Kind.SCALE && !dozensOfHalf) {
            return false; // but "one and a half dozen" is 18
        }
        if (halfUsed && lastKind == NumberWord.Kind.HALF && !currentSet && w.kind() == NumberWord.Kind.SCALE && w.value() < lastScale) {
            // "um trilhão e meio milhão": the half belongs to the smaller scale that follows
            total -= lastScale * halfPart;
            parts.get(parts.size() - 1)[1] -= lastScale * halfPart;
            parts.add(new double[] {w.value(), w.value() * halfPart});
            total += w.value() * halfPart;
            lastScale = w.value();
            trailingFactor = w.value();
            lastKind = NumberWord.Kind.SCALE;
            count++;
            return true;
        }
        boolean ok = switch (w.kind()) {
            case UNIT, TEN, WEAK -> addSmall(w.value());
            case ARTICLE -> count == 0 && set(w.value());
            case HUNDRED -> !currentSet && set(w.value());
            case MULTIPLIER -> !(w.counted() && !currentSet) && multiply(w.value());
            case SCALE -> scale(w);
            case HALF -> half(w.value());
            case JOINER -> false;
        };
        if (!ok) {
            return false;
        }
        trailingFactor = (w.kind() == NumberWord.Kind.SCALE || w.kind() == NumberWord.Kind.MULTIPLIER)
                ? trailingFactor * w.value() : 1;
        lastKind = w.kind();
        count++;
        return true;
    }

    private boolean set(double v) {
        current = v;
        currentSet = true;
        return true;
    }

    private boolean addSmall(double v) {
        if (zeroSaid) {
            return false; // "three-nought-four" is three numbers; nothing is added to a spoken zero
        }
        if (!currentSet || current == 0) {
            zeroSaid = v == 0 && count == 0;
            return set(v);
        }
        if (v == 0) {
            return false;
        }
        if (current != Math.rint(current)) {
            return false;
        }
        long cur = (long) current;
        long granularity = 1;
        while (granularity < 1_000_000_000_000L && cur % (granularity * 10) == 0) {
            granularity *= 10;
        }
        boolean french = vigesimal && (cur % 100 == 60 || cur % 100 == 80) && v < 20;
        if (v < granularity || french) {
            current += v;
            return true;
        }
        return false;
    }

    private boolean multiply(double factor) {
        if (!currentSet) {
            return set(factor);
        }
        if (factor < 100 && current > 100 && current % 100 != 0 && current == Math.rint(current)) {
            double below = current % 100; // "three hundred and two dozens" = 300 + 2 × 12
            current += below * (factor - 1);
            return true;
        }
        if (digitsOnly && count == 1 && factor == 100 && current == Math.rint(current) && current > 0) {
            current *= factor; // "322 hundred" = 32 200
            return true;
        }
        if (factor < 100 && current >= 100 && current % 100 == 0) {
            current *= factor; // "two hundred dozens" = 2400
            return true;
        }
        if (current >= 100 || current == 0) {
            return false;
        }
        current *= factor;
        return true;
    }

    /**
     * A scale word multiplies everything said since the last larger scale: "tres billones
     * cuatrocientos mil doscientos millones" is 3e12 + (400 000 + 200) × 1e6, and "mil milhões"
     * is 1e9. {@code parts} holds the amounts already scaled, largest scale first.
     */
    private boolean scale(NumberWord w) {
        double s = w.value();
        if (count == 0 && !w.standalone()) {
            return false;
        }
        if (count == 0 && !currentSet) {
            parts.add(new double[] {s, s});
        } else {
            if (s == lastScale) {
                return false; // "mil mil"
            }
            // "zwei Millionen tausend", "dos millones mil": a scale that stands alone is one of it after a larger one
            double lower = currentSet ? current : w.standalone() && s < lastScale ? 1 : 0;
            int k = parts.size();
            while (k > 0 && parts.get(k - 1)[0] < s) {
                k--;
                lower += parts.get(k)[1];
            }
            if (lower == 0 || (k > 0 && parts.get(k - 1)[0] == s)) {
                return false; // "milhões mil", "dois mil três mil"
            }
            while (parts.size() > k) {
                parts.remove(parts.size() - 1);
            }
            parts.add(new double[] {s, lower * s});
        }
        total = 0;
        for (double[] p : parts) {
            total += p[1];
        }
        lastScale = s;
        current = 0;
        currentSet = false;
        sawScale = true;
        return true;
    }

    /** "and a half", "and a quarter": {@code part} of the last unit, scale or dozen said. */
    private boolean half(double part) {
        if (count == 0) {
            return false;
        }
        if (lastKind == NumberWord.Kind.SCALE) {
            total += lastScale * part; // "um milhão e meio", "4 million and a quarter"
            parts.get(parts.size() - 1)[1] += lastScale * part;
        } else if (lastKind == NumberWord.Kind.MULTIPLIER && trailingFactor < 100) {
            current += trailingFactor * part; // "a dozen and a half" is 18
        } else if (currentSet && current > 0 && current == Math.rint(current)) {
            current += part;
        } else {
            return false;
        }
        halfUsed = true;
        halfPart = part;
        return true;
    }

    /** True when the words so far form a complete number (not a dangling article). */
    boolean complete() {
        return count > 0 && lastKind != NumberWord.Kind.ARTICLE;
    }

    double value() {
        return total + current;
    }

    boolean sawScale() {
        return sawScale;
    }

    /** Product of the scale words at the end ("20 milhões" → 1e6); used to share scales in ranges. */
    double trailingFactor() {
        return trailingFactor;
    }

    int count() {
        return count;
    }

    NumberAccumulator copy() {
        NumberAccumulator c = new NumberAccumulator(vigesimal);
        c.total = total;
        c.current = current;
        c.currentSet = currentSet;
        c.lastScale = lastScale;
        c.lastKind = lastKind;
        c.count = count;
        c.halfUsed = halfUsed;
        c.halfPart = halfPart;
        c.zeroSaid = zeroSaid;
        c.digitsOnly = digitsOnly;
        c.sawScale = sawScale;
        c.trailingFactor = trailingFactor;
        for (double[] p : parts) {
            c.parts.add(p.clone());
        }
        return c;
    }
}
