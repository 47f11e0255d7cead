package org.claimscope.index;

import java.util.List;
import java.util.Locale;

/**
 * Field names and fixed values of the claimscope index. One Lucene document per quote, one per claim, one per
 * stance (field {@link #TYPE} = quote|claim|stance), and one per article ({@link #TYPE} = article) holding the
 * article's JSON, content hash and paths. All documents of an article carry {@link #ARTICLE_ID}, so an upsert
 * replaces them as one block.
 */
public final class Schema {

    private Schema() {
    }

    // --- identity and bookkeeping
    public static final String TYPE = "type";
    public static final String TYPE_QUOTE = "quote";
    public static final String TYPE_CLAIM = "claim";
    /**
     * A belief, evidence, position, message or reported question attributed to a source. Searched only when asked
     * for by type: a search for what someone said returns quotes and claims.
     */
    public static final String TYPE_STANCE = "stance";
    public static final String TYPE_ARTICLE = "article";
    public static final String ID = "id";
    public static final String ARTICLE_ID = "article_id";
    public static final String CONTENT_HASH = "content_hash";
    public static final String PATH = "path";
    public static final String ARTICLE_JSON = "article_json";
    /**
     * On the article document, which ends its block: the language key of the block ("" when unknown). The index
     * is sorted by it, so each language's statements are contiguous and a text query's per-block score bounds
     * see one language's stemmed field at a time.
     */
    public static final String BLOCK_LANGUAGE = "block_language";
    /** Marks the last document of each article block, as index sorting with blocks requires. */
    public static final String BLOCK_END = "block_end";

    // --- text: one neutral (ICU-folded) field on every statement, plus a stemmed field for known languages
    public static final String TEXT = "text";
    public static final String TEXT_PREFIX = "text_";
    /** Languages with their own stemmed text field ({@code text_pt}, {@code text_en}). */
    public static final List<String> STEMMED_LANGUAGES = List.of("pt", "en");
    /**
     * Where a statement's plain words are searched: the key of its stemmed language, or {@link #SCOPE_NEUTRAL}
     * when only the neutral field holds them (layout 3 on). Words and phrases then run over the neutral field only
     * for neutral-scope statements: the others match them in their stemmed field, and matching the same words twice
     * doubled the cost of phrase queries.
     */
    public static final String TEXT_SCOPE = "text_scope";
    public static final String SCOPE_NEUTRAL = "neutral";
    /**
     * Prefix of the word-pair fields (layout 5 on): each text field's terms again as overlapping pairs ("energ sol"),
     * a gap left by a stop word as "_". A two-word phrase is then one term, whose postings and scores need no
     * positions; a longer one is a phrase over far rarer terms.
     */
    public static final String PAIRS_PREFIX = "pairs.";
    /**
     * The words of neutral-scope statements only (layout 5 on), analysed like {@link #TEXT}: a word searched for
     * them reads their postings alone instead of every statement's in {@link #TEXT} filtered by scope.
     */
    public static final String NEUTRAL_WORDS = "text.neutral";

    // --- speaker
    public static final String SPEAKER_ID = "speaker_id";
    /** Lower-cased canonical name, for exact matches. */
    public static final String SPEAKER_KEY = "speaker_key";
    /** Canonical name as found, stored for display. */
    public static final String SPEAKER_NAME = "speaker_name";
    /** Analysed (folded) name, so "Altman" finds "Sam Altman". */
    public static final String SPEAKER_TEXT = "speaker_text";
    public static final String SPEAKER_ROLE = "speaker_role";

    // --- statement metadata
    public static final String KIND = "kind";
    public static final String CUE = "cue";
    public static final String LANGUAGE = "language";
    public static final String SPAN_START = "span_start";
    public static final String SPAN_END = "span_end";
    public static final String QUOTE_ID = "quote_id";

    // --- article metadata copied onto each statement
    public static final String URL = "url";
    public static final String TITLE = "title";
    public static final String SITE = "site";
    public static final String SOURCE_PATH = "source_path";
    /** Published date as epoch milliseconds: LongPoint for ranges, doc values for sorting, stored for display. */
    public static final String PUBLISHED = "published";
    public static final String PUBLISHED_TEXT = "published_text";

    // --- figures: per-unit point fields keep unit and value of the SAME figure together
    public static final String FIGURE_VALUE_PREFIX = "figure_value.";
    /** Points for every figure whatever its unit, for "value ≥ x" without a unit. */
    public static final String FIGURE_VALUE_ANY = "figure_value";
    public static final String FIGURE_UNIT = "figure_unit";
    public static final String FIGURE_TYPE = "figure_type";
    /** Parallel stored fields, one value per figure in order ("" stands for null). */
    public static final String FIG_ID = "fig.id";
    public static final String FIG_TYPE = "fig.type";
    public static final String FIG_TEXT = "fig.text";
    public static final String FIG_VALUE = "fig.value";
    public static final String FIG_UNIT = "fig.unit";
    public static final String FIG_QUALIFIER = "fig.qualifier";
    public static final String FIG_LOW = "fig.low";
    public static final String FIG_HIGH = "fig.high";
    public static final String FIG_START = "fig.start";
    public static final String FIG_END = "fig.end";

    /** Unit key used for figures without a unit (plain numbers). */
    public static final String NO_UNIT = "none";

    // --- facet dimensions (SortedSetDocValuesFacetField)
    public static final String FACET_SPEAKER = "speaker";
    public static final String FACET_LANGUAGE = "language";
    public static final String FACET_KIND = "kind";
    public static final String FACET_SOURCE = "source";
    public static final String FACET_TYPE = "type";
    /** Publication month, "YYYY-MM". */
    public static final String FACET_MONTH = "month";
    public static final List<String> FACETS =
            List.of(FACET_TYPE, FACET_SPEAKER, FACET_LANGUAGE, FACET_KIND, FACET_SOURCE, FACET_MONTH);
    /** Facet value for a statement without that attribute, so that every dimension's counts add up to the hits. */
    public static final String MISSING = "(none)";

    /** The point field holding values of figures in {@code unit} (null = plain numbers). */
    public static String figureValueField(String unit) {
        return FIGURE_VALUE_PREFIX + unitKey(unit);
    }

    /** Units compare exactly, except that currency codes are upper-cased ("usd" = "USD"). */
    public static String unitKey(String unit) {
        if (unit == null || unit.isBlank()) {
            return NO_UNIT;
        }
        String u = unit.strip();
        return u.length() == 3 && u.chars().allMatch(Character::isLetter) ? u.toUpperCase(Locale.ROOT) : u;
    }

    /** ISO 639-1 primary subtag, lower-cased: "pt-BR" → "pt"; null or blank → null. */
    public static String languageKey(String language) {
        if (language == null || language.isBlank()) {
            return null;
        }
        String l = language.strip().toLowerCase(Locale.ROOT);
        int cut = indexOfAny(l, '-', '_');
        return cut > 0 ? l.substring(0, cut) : l;
    }

    /** The stemmed text field for a language, or null when the language only gets the neutral field. */
    public static String stemmedTextField(String language) {
        String key = languageKey(language);
        return key != null && STEMMED_LANGUAGES.contains(key) ? TEXT_PREFIX + key : null;
    }

    /** The word-pair field of a text field. */
    public static String pairsField(String textField) {
        return PAIRS_PREFIX + textField;
    }

    /** The text field whose pairs {@code field} holds, or {@code field} itself when it is not a pairs field. */
    public static String pairedTextField(String field) {
        return field.startsWith(PAIRS_PREFIX) ? field.substring(PAIRS_PREFIX.length()) : field;
    }

    private static int indexOfAny(String s, char a, char b) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == a || s.charAt(i) == b) {
                return i;
            }
        }
        return -1;
    }
}
