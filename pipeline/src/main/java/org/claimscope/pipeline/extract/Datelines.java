package org.claimscope.pipeline.extract;

/** The dateline that may open a sentence: neither a speaker nor reported speech. */
final class Datelines {

    private Datelines() {
    }

    /** Month names and abbreviations a dateline may carry ("POMBAL, 21 nov (Lusa) –", "MEXICO CITY, Nov 13 (Reuters) -"). */
    private static final java.util.regex.Pattern MONTH = java.util.regex.Pattern.compile(
            "(?i)(?:jan|fev|feb|mar|abr|apr|mai|may|jun|jul|ago|aug|set|sep|sept|out|oct|nov|dez|dec|dic|ene|janv|févr|mars"
            + "|avr|juin|juil|août|déc)[a-zçéû]*\\.?");
    private static final int MAX_DATELINE_TOKENS = 12;

    /**
     * "LONDON — …", "SÃO PAULO (Reuters) - …", "Lisboa, 30 jan 2025 (Lusa) - …": a dateline opens the article, it
     * is not reported speech. Capitalized place words, a date and the agency in parentheses, up to a dash.
     */
    static int after(DocumentView doc, int from, int to) {
        boolean evidence = false; // a place in capitals, a month or an agency: not "O Banco Central – que …"
        for (int k = from; k < Math.min(to, from + MAX_DATELINE_TOKENS); k++) {
            String w = doc.word(k);
            if (TokenPredicates.DASHES.contains(w)) {
                return k > from && evidence ? k + 1 : from;
            }
            evidence |= w.length() > 1 && w.chars().allMatch(Character::isUpperCase) || MONTH.matcher(w).matches()
                    || "(".equals(w);
            boolean place = k == from ? doc.token(k).isCapitalized()
                    : w.chars().filter(Character::isLetter).allMatch(Character::isUpperCase) || doc.token(k).isCapitalized()
                    && !",".equals(doc.word(k - 1)) && !"(".equals(doc.word(k - 1)) || MONTH.matcher(w).matches();
            boolean dateline = place || "(".equals(w) || ")".equals(w) || ",".equals(w)
                    || k > from && "(".equals(doc.word(k - 1));
            if (!dateline) {
                return from;
            }
        }
        return from;
    }
}
