package org.claimscope.pipeline.figures;

/**
 * A number found at tokens [startTok, endTok): its value, and how it was written.
 *
 * @param base        the value before trailing scale words ("4,5" in "4,5 bilhões")
 * @param scaleFactor the product of those trailing scale words (1e9 there; 1 if none)
 * @param words       written (at least partly) in words rather than digits
 * @param weakOnly    a lone "one"/"um", not reported unless it carries a unit
 * @param yearLike    a bare 4-digit 1900–2100 integer without scale
 */
record NumberMatch(int startTok, int endTok, double value, double base, double scaleFactor,
                   boolean words, boolean weakOnly, boolean yearLike) {

    boolean scaled() {
        return scaleFactor != 1;
    }
}
