package org.claimscope.pipeline.annotate;

/**
 * One token of the article text. {@code begin}/{@code end} are char offsets into the article text;
 * {@code ner} is PERSON, ORGANIZATION, LOCATION, MISC or "O"; {@code pos}/{@code lemma} may be null
 * where the language pipeline has no tagger.
 */
public record Token(int index, String word, int begin, int end, String pos, String lemma, String ner) {

    public boolean isCapitalized() {
        return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
    }

    public String lower() {
        return word.toLowerCase(java.util.Locale.ROOT);
    }

    public boolean isEntity() {
        return ner != null && !"O".equals(ner);
    }
}
