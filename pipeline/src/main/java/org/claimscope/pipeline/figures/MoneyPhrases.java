package org.claimscope.pipeline.figures;

import java.util.List;
import java.util.Set;

/**
 * Amounts that a currency word makes without digits or a scale: "a dollar", "half a penny", and
 * "pounds" that the words around them make sterling rather than weight. Stateless.
 */
final class MoneyPhrases {

    /** "cost only 20 pounds", "for just 5 pounds": looked past before a money word. */
    private static final Set<String> ONLY = Set.of("only", "just", "merely");
    /** Skipped between "of" and what the amount is of: "of the", "of public money". */
    private static final Set<String> BEFORE_THING = Set.of("the", "its", "their", "his", "her", "our", "public");

    private MoneyPhrases() {
    }

    /**
     * "a dollar", "a buck a day", "half a penny": the article is one (or a half) before a currency word
     * said as an amount, that is at the end of the phrase or before a word that cannot make it a compound
     * ("a dollar store", "a euro zone", "a dollar-denominated bond" are no amounts).
     */
    static NumberMatch articleBeforeCurrency(FigureLexicon lex, List<Token> toks, int i) {
        PhraseTable.Match<NumberWord> art = lex.numbers.longestAt(toks, i);
        int k = i + (art == null ? 0 : art.length());
        if (art == null || art.value().kind() != NumberWord.Kind.ARTICLE || k >= toks.size() || !toks.get(k).isWord()
                || (i > 0 && lex.ofWords.longestEndingAt(toks, i) != null)
                || lex.notAfterArticle.longestAt(toks, k) != null) {
            return null; // "a quarter of a dollar" is no dollar
        }
        PhraseTable.Match<?> cur = lex.currencySuffixes.longestAt(toks, k);
        if (cur == null) {
            cur = lex.minorCurrencyAt(toks, k);
        }
        int after = k + RuleFigureRecognizer.matchLength(cur);
        if (cur == null || (cur.value() instanceof FigureLexicon.CurrencyWord w && w.needsScale()
                && !saidAsMoney(lex, toks, i, after))) {
            return null; // "a pound of flesh"
        }
        if (after < toks.size()) {
            Token t = toks.get(after);
            if (t.isNumber() && lex.currencyPrefixes.longestAt(toks, k) != null) {
                return null; // "a US$ 4.7 billion deal": the symbol belongs to the amount after it
            }
            boolean amount = t.isWord() ? lex.afterArticleAmount.longestAt(toks, after) != null
                    || lex.numbers.longestAt(toks, after) != null : !(t.glued() && t.is("-"));
            if (!amount) {
                return null;
            }
        }
        double v = art.value().value(); // "half a dollar" is 0.5
        return new NumberMatch(i, k, v, v, 1, true, false, false);
    }

    /**
     * "fined 500 pounds", "paid about 20 pounds", "5 pounds and 50 pence": a currency word that alone
     * would rather be a unit ("pounds") is money when a money word comes before the amount (past a
     * qualifier and "only"/"just") or pence come after it, and no "of" does.
     */
    static boolean saidAsMoney(FigureLexicon lex, List<Token> toks, int start, int after) {
        if (lex.ofWords.longestAt(toks, after) != null) {
            return false; // "bought 20 pounds of potatoes" weighs them
        }
        int k = start - RuleFigureRecognizer.matchLength(lex.qualifiersBefore.longestEndingAt(toks, start));
        if (k > 0 && ONLY.contains(toks.get(k - 1).lower())) {
            k--;
        }
        if (lex.moneyBefore.longestEndingAt(toks, k) != null) {
            return true;
        }
        int j = after + RuleFigureRecognizer.matchLength(lex.connectors.longestAt(toks, after));
        return j + 1 < toks.size() && (toks.get(j).isNumber() || lex.numbers.longestAt(toks, j) != null)
                && lex.minorCurrencyAt(toks, j + 1) != null;
    }

    /**
     * "1.8 million pounds of food", "two million pounds of waste": a scaled amount of a word that is both money and
     * weight, followed by "of" and a thing, is a weight; "of taxpayers' money", "of funding" keep it money.
     */
    static boolean weighsSomething(FigureLexicon lex, List<Token> toks, int after) {
        int of = RuleFigureRecognizer.matchLength(lex.ofWords.longestAt(toks, after));
        if (of == 0 || after + of >= toks.size()) {
            return false;
        }
        int k = after + of;
        if (k + 1 < toks.size() && BEFORE_THING.contains(toks.get(k).lower())) {
            k++;
        }
        return toks.get(k).isWord() && lex.moneyOf.longestAt(toks, k) == null;
    }
}
