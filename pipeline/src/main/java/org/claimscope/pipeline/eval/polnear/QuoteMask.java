package org.claimscope.pipeline.eval.polnear;

import java.util.BitSet;
import java.util.List;
import org.claimscope.model.Span;

/**
 * Which characters of an article lie inside double quote marks, for deciding whether a gold content is a direct
 * quote. Each paragraph (line) is scanned on its own: {@code “} opens, {@code ”} closes, a straight {@code "}
 * toggles; a quote still open at the end of a paragraph runs to its end (the news convention for a quote that
 * continues into the next paragraph, which then opens again). Two apostrophes ('') count as a straight double mark
 * (the New York Times texts use them for every quote); single quotes are ignored: they are mostly apostrophes or
 * nested quotes.
 */
public final class QuoteMask {

    private final BitSet inside = new BitSet();

    public QuoteMask(String text) {
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            int open = -1;
            for (int i = lineStart; i < lineEnd; i++) {
                char c = text.charAt(i);
                if (text.startsWith("''", i)) {
                    // ''…'': the New York Times articles of PolNeAR write their double quote marks this way
                    if (open < 0) {
                        open = i;
                    } else {
                        inside.set(open, i + 2);
                        open = -1;
                    }
                    i++;
                } else if (c == '\u201C' || c == '\u201E' || (c == '"' && open < 0)) {
                    open = i;
                } else if ((c == '\u201D' || c == '"') && open >= 0) {
                    inside.set(open, i + 1);
                    open = -1;
                }
            }
            if (open >= 0) {
                inside.set(open, lineEnd);
            }
            lineStart = lineEnd + 1;
        }
    }

    public boolean inside(int offset) {
        return inside.get(offset);
    }

    /**
     * Direct: the fragments hold at least one letter or digit and every letter or digit in them is inside quote
     * marks (so "said that “…”" is not direct, but its quoted part alone is).
     */
    public boolean direct(String text, List<Span> fragments) {
        int letters = 0;
        for (Span f : fragments) {
            for (int i = f.start(); i < f.end(); i++) {
                if (Character.isLetterOrDigit(text.charAt(i))) {
                    if (!inside.get(i)) {
                        return false;
                    }
                    letters++;
                }
            }
        }
        return letters > 0;
    }
}
