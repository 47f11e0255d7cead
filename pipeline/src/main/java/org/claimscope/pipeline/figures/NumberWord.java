package org.claimscope.pipeline.figures;

/**
 * A lexicon number word. {@code standalone} matters for scales only: "mil" alone is 1000, but
 * "milhões" alone ("milhões de pessoas") is not a figure. {@code counted} multipliers are plurals
 * that need a number before them: "two hundred dozens" is a figure, "dozens of people" is not.
 */
record NumberWord(double value, Kind kind, boolean standalone, boolean counted) {

    NumberWord(double value, Kind kind, boolean standalone) {
        this(value, kind, standalone, false);
    }

    enum Kind {
        /** 0–19 and similar ("sete", "fifteen"). */
        UNIT,
        /** Multiples of ten ("vinte", "forty", "quatre-vingt"). */
        TEN,
        /** Additive hundreds ("duzentos", "cento", "doscientos"). */
        HUNDRED,
        /** Multiplies what precedes it ("hundred", "dozen", "cent", "hundert"). */
        MULTIPLIER,
        /** Thousand and above ("mil", "million", "Milliarden"). */
        SCALE,
        /** "one"/"um"/"un": 1, but alone not worth reporting unless it carries a unit. */
        WEAK,
        /** "a"/"an"/"meio": only counts right before a multiplier or scale ("a million"). */
        ARTICLE,
        /** "and a half" / "e meio": adds one half of the last unit. */
        HALF,
        /** German "und" inside compounds; never a number by itself. */
        JOINER
    }
}
