package org.claimscope.pipeline.extract;

import java.util.List;
import org.claimscope.model.Span;
import org.claimscope.pipeline.annotate.AnnotatedText;
import org.claimscope.pipeline.annotate.Sentence;
import org.claimscope.pipeline.annotate.Token;

/** Article-wide token access for the extractors: by index, by char offset, and by sentence. */
final class DocumentView {

    final String text;
    final List<Token> tokens;
    final List<Sentence> sentences;
    final List<QuotedSpan> quotes;
    final List<Span> paragraphs;
    private final int[] sentenceOf;
    private final int[] quoteOf;
    /** Each token's word in lower case, computed once: the rules ask for it at every step of every phrase. */
    private final String[] lowers;

    DocumentView(AnnotatedText annotated, List<QuotedSpan> quotes) {
        this.text = annotated.text();
        this.tokens = annotated.tokens();
        this.sentences = annotated.sentences();
        this.quotes = quotes;
        this.paragraphs = QuoteMarks.paragraphs(text);
        this.sentenceOf = new int[tokens.size()];
        for (Sentence s : sentences) {
            for (Token t : s.tokens()) {
                sentenceOf[t.index()] = s.index();
            }
        }
        this.lowers = new String[tokens.size()];
        for (int i = 0; i < lowers.length; i++) {
            lowers[i] = word(i).toLowerCase(java.util.Locale.ROOT);
        }
        this.quoteOf = new int[tokens.size()];
        for (Token t : tokens) {
            quoteOf[t.index()] = -1;
            for (int q = 0; q < quotes.size(); q++) {
                Span c = quotes.get(q).content();
                if (t.begin() >= c.start() && t.end() <= c.end()) {
                    quoteOf[t.index()] = q;
                    break;
                }
            }
        }
    }

    int size() {
        return tokens.size();
    }

    Token token(int i) {
        return tokens.get(i);
    }

    /**
     * The token's word; a horizontal bar (U+2015, "“…” ― Maria Lopez") and a typewriter double hyphen ("the company
     * -- which owns the show -- said") read as the em dash they stand for.
     */
    String word(int i) {
        String w = i >= 0 && i < tokens.size() ? tokens.get(i).word() : "";
        return "\u2015".equals(w) || "--".equals(w) || "---".equals(w) ? "—" : w;
    }

    String lower(int i) {
        return i >= 0 && i < lowers.length ? lowers[i] : "";
    }

    int sentenceOf(int token) {
        return sentenceOf[token];
    }

    Sentence sentence(int index) {
        return sentences.get(index);
    }

    int sentenceCount() {
        return sentences.size();
    }

    /** The quote (index into {@link #quotes}) whose content holds this token, or -1. */
    int quoteOf(int token) {
        return quoteOf[token];
    }

    /** First token that begins at or after the offset (size() if none). */
    int tokenAtOrAfter(int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).begin() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Last token that ends at or before the offset (-1 if none). */
    int tokenEndingBefore(int offset) {
        return tokenAtOrAfter(offset) - 1 >= 0 && tokens.get(tokenAtOrAfter(offset) - 1).end() <= offset
                ? tokenAtOrAfter(offset) - 1 : tokenAtOrAfter(offset) - 2;
    }

    int paragraphOf(int offset) {
        for (int i = 0; i < paragraphs.size(); i++) {
            if (offset < paragraphs.get(i).end()) {
                return i;
            }
        }
        return paragraphs.size() - 1;
    }

    /** Paragraphs from one to another, not counting short ones (subheadings such as "Há risco de surto?"). */
    int paragraphsBetween(int from, int to) {
        int n = 0;
        for (int p = from + 1; p <= to && p < paragraphs.size(); p++) {
            if (paragraphs.get(p).of(text).split("\\s+").length >= 8) {
                n++;
            }
        }
        return n;
    }

    static boolean isPunct(String w) {
        return !w.isEmpty() && w.codePoints().noneMatch(Character::isLetterOrDigit);
    }

    /**
     * Past a day of the month in parentheses at {@code k}, as Brazilian papers write it after the weekday ("nesta
     * quinta-feira (10)"): the token after it, else {@code k}.
     */
    int pastDayOfMonth(int k) {
        return k + 2 < size() && "(".equals(word(k)) && ")".equals(word(k + 2))
                && word(k + 1).chars().allMatch(Character::isDigit) ? k + 3 : k;
    }

    /** Whether a token of [from, to) is a quote mark or inside a quote. */
    boolean anyQuoted(int from, int to) {
        for (int k = from; k < to; k++) {
            if (quoteOf(k) >= 0 || isQuoteMark(word(k))) {
                return true;
            }
        }
        return false;
    }

    static boolean isQuoteMark(String w) {
        return w.length() == 1 && "“”\"«»„‘’‹›'".indexOf(w.charAt(0)) >= 0 || "''".equals(w) || "``".equals(w);
    }
}
