package org.claimscope.pipeline.figures;

import java.util.List;
import java.util.Set;

/**
 * Spoken Chinese money after a yuan amount: "one kuai and five mao five" is 1.55 yuan. A mao (or jiao) is a tenth
 * of a yuan and a fen a hundredth; the last digit after the mao, with or without "fen", counts fen.
 */
final class YuanFractions {

    private static final Set<String> TENTHS = Set.of("mao", "jiao");
    private static final Set<String> HUNDREDTHS = Set.of("fen");

    private YuanFractions() {
    }

    /**
     * The tenths and hundredths after a yuan amount that ends before token {@code j}, as a fraction of a yuan;
     * {@code end[0]} is set past them. 0 when none follow.
     */
    static double after(FigureLexicon lex, NumberReader reader, List<Token> toks, int j, int[] end) {
        int k = j;
        PhraseTable.Match<Boolean> join = lex.connectors.longestAt(toks, k);
        if (join != null) {
            k += join.length();
        }
        int tenths = digit(reader, toks, k);
        if (tenths <= 0 || k + 1 >= toks.size() || !TENTHS.contains(toks.get(k + 1).lower())) {
            return 0;
        }
        k += 2;
        double value = tenths / 10.0;
        int hundredths = digit(reader, toks, k);
        if (hundredths > 0) {
            value += hundredths / 100.0;
            k++;
            if (k < toks.size() && HUNDREDTHS.contains(toks.get(k).lower())) {
                k++;
            }
        }
        end[0] = k;
        return value;
    }

    /** A single digit 1–9 at {@code k}, in figures or words; else -1. */
    private static int digit(NumberReader reader, List<Token> toks, int k) {
        if (k >= toks.size()) {
            return -1;
        }
        NumberMatch n = reader.read(toks, k, false);
        if (n == null || n.startTok() != k || n.endTok() != k + 1 || n.scaled()) {
            return -1;
        }
        double v = n.value();
        return v >= 1 && v <= 9 && v == Math.rint(v) ? (int) v : -1;
    }
}
