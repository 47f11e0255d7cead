package org.claimscope.pipeline.extract;

import java.util.Set;

/**
 * What follows a quote's closing mark in its sentence: the speaker's name with a long apposition before the verb
 * ("…,” Elaine C. Kamarck, a senior fellow at the Brookings Institution and a Democratic superdelegate, wrote"), or
 * a person named there at all, which no earlier speaker may then be carried over.
 */
final class QuoteTail {

    /** Name suffixes that the NER leaves out of the name: "James B. Comey Jr., the director of …, said". */
    private static final Set<String> NAME_SUFFIXES = Set.of("jr.", "jr", "sr.", "sr", "ii", "iii", "iv");
    /** Marks that glue a post-posed cue to the quote. */
    private static final Set<String> GLUE = Set.of(",", "—", "–", "-");
    /** How far an apposition with its own commas may run: "Cecelia Purner, 67, a retired … in Allentown, Pa.,". */
    private static final int APPOSITION_TOKENS = 35;
    /** How many tokens after the quote a speaker's name may start: "…,” Maricopa County Recorder Helen Purcell". */
    private static final int NAME_WINDOW = 6;

    private final DocumentView doc;
    private final MentionParser np;

    QuoteTail(DocumentView doc, MentionParser np) {
        this.doc = doc;
        this.np = np;
    }

    /** The token after a name suffix ("Jr.") at {@code k}, else {@code k}. */
    int afterNameSuffix(int k, int limit) {
        return k < limit && NAME_SUFFIXES.contains(doc.lower(k)) ? k + 1 : k;
    }

    /**
     * The verb of saying after an apposition that opens with the comma at {@code comma} and may hold commas of its
     * own ("67, a retired representative in Allentown, Pa.,", "who worked for him for years,"), or -1. The verb must
     * follow a comma; a quote mark or the end of the sentence ends the search.
     */
    int verbAfterApposition(int comma, int limit) {
        for (int c = comma + 1; c < Math.min(limit - 1, comma + APPOSITION_TOKENS); c++) {
            if (DocumentView.isQuoteMark(doc.word(c)) || doc.quoteOf(c) >= 0) {
                return -1;
            }
            if (",".equals(doc.word(c)) && np.isSpeechVerb(c + 1)) {
                return c + 1;
            }
        }
        return -1;
    }

    /**
     * Whether the sentence that goes on after the quote (from {@code afterClose}) names a person, then a verb of
     * saying: "“…,” Cecelia Purner, 67, …, said". That person is the speaker even where no rule reads the cue.
     */
    boolean namesSpeaker(int afterClose) {
        if (afterClose >= doc.size()) {
            return false;
        }
        int k = afterClose;
        while (k < doc.size() && GLUE.contains(doc.word(k))) {
            k++;
        }
        boolean commaInside = afterClose >= 2 && GLUE.contains(doc.word(afterClose - 2)); // English: “…,” Name
        if (k == afterClose && !commaInside || k >= doc.size()) {
            return false; // no comma or dash: the quote ended its sentence
        }
        int sentence = doc.sentenceOf(k);
        int person = -1;
        for (int i = k; i < Math.min(doc.size(), k + NAME_WINDOW) && doc.sentenceOf(i) == sentence; i++) {
            if ("PERSON".equals(np.nerAt(i))) {
                person = i;
                break;
            }
            if (DocumentView.isPunct(doc.word(i)) || np.isSpeechVerb(i)) {
                return false;
            }
        }
        for (int i = person + 1; person >= 0 && i < doc.size() && doc.sentenceOf(i) == sentence; i++) {
            if (doc.quoteOf(i) >= 0 || DocumentView.isQuoteMark(doc.word(i))) {
                return false;
            }
            if (np.isSpeechVerb(i)) {
                return true;
            }
        }
        return false;
    }
}
