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
    private boolean sawScale;
    private double trailingFactor = 1;

    NumberAccumulator(boolean vigesimal) {
        this.vigesimal = vigesimal;
    }

    /** Starts from a number written in digits ("4,5" in "4,5 bilhões"). */
    void startWith(double digits) {
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
        if (halfUsed && w.kind() != NumberWord.Kind.SCALE) {
            return false;
        }
        boolean ok = switch (w.kind()) {
            case UNIT, TEN, WEAK -> addSmall(w.value());
            case ARTICLE -> count == 0 && set(w.value());
            case HUNDRED -> !currentSet && set(w.value());
            case MULTIPLIER -> multiply(w.value());
            case SCALE -> scale(w);
            case HALF -> half();
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
        if (!currentSet || current == 0) {
            return set(v);
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
        if (current >= 100 || current == 0) {
            return false;
        }
        current *= factor;
        return true;
    }

    private boolean scale(NumberWord w) {
        double s = w.value();
        if (count == 0 && !w.standalone()) {
            return false;
        }
        if (!currentSet) {
            if (count == 0) {
                total = s;
            } else if (total > 0 && s > lastScale) {
                total *= s; // "mil milhões" = 1e9
            } else {
                return false;
            }
        } else if (total > 0 && s >= lastScale) {
            if (s == lastScale) {
                return false;
            }
            total = (total + current) * s; // "mil e quinhentos milhões"
        } else {
            total += current * s;
        }
        lastScale = s;
        current = 0;
        currentSet = false;
        sawScale = true;
        return true;
    }

    private boolean half() {
        if (count == 0) {
            return false;
        }
        if (lastKind == NumberWord.Kind.SCALE) {
            total += lastScale / 2; // "um milhão e meio"
        } else if (currentSet && current > 0 && current == Math.rint(current)) {
            current += 0.5;
        } else {
            return false;
        }
        halfUsed = true;
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
        c.sawScale = sawScale;
        c.trailingFactor = trailingFactor;
        return c;
    }
}
