package org.claimscope.index;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

/**
 * One search. Every filter is optional (null = no filter).
 *
 * @param query    Lucene classic query syntax over the statement text (phrases, AND/OR/NOT, fuzzy~, "prox"~3,
 *                 wildcards but not leading ones); null, blank or {@code *} matches everything
 * @param speaker  a speaker's canonical name (exact, any case) or words of it as a phrase ("Altman")
 * @param language ISO 639-1 code of the article ("pt"; "pt-BR" is read as "pt"); also picks the stemmer
 * @param kind     direct | indirect | mixed for quotes and claims; belief | evidence | position | message | question
 *                 for stances
 * @param type     quote | claim | stance (null = quotes and claims; every quote is also indexed as a claim; stances,
 *                 which report no words, only when asked for)
 * @param unit     figure unit (ISO 4217 code, "%", …); with min/max the range applies to figures of this unit
 * @param min      figure value lower bound, inclusive
 * @param max      figure value upper bound, inclusive
 * @param since    published on or after this day (UTC)
 * @param until    published on or before this day (UTC)
 * @param limit    hits to return, 0..{@link #MAX_LIMIT} (counts and facets cover all matches regardless)
 * @param sort     order of hits
 * @param facets   whether to count facets
 */
public record SearchRequest(String query, String speaker, String language, String kind, String type, String unit,
                            Double min, Double max, LocalDate since, LocalDate until, int limit, Sort sort,
                            boolean facets) {

    /** Above this, use {@link ClaimExporter}, which streams every match. */
    public static final int MAX_LIMIT = 10_000;

    public enum Sort { RELEVANCE, NEWEST, OLDEST }

    private static final Set<String> TYPES = Set.of(Schema.TYPE_QUOTE, Schema.TYPE_CLAIM, Schema.TYPE_STANCE);
    private static final Set<String> SPEECH_KINDS = Set.of("direct", "indirect", "mixed");
    private static final Set<String> STANCE_KINDS = Set.of("belief", "evidence", "position", "message", "question");

    public SearchRequest {
        if (limit < 0 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 0 and " + MAX_LIMIT + ", was " + limit);
        }
        if (type != null) {
            type = type.strip().toLowerCase(Locale.ROOT);
            if (!TYPES.contains(type)) {
                throw new IllegalArgumentException("type must be quote, claim or stance, was " + type);
            }
        }
        if (kind != null) {
            kind = kind.strip().toLowerCase(Locale.ROOT);
            boolean stance = Schema.TYPE_STANCE.equals(type);
            if (stance ? !STANCE_KINDS.contains(kind) : !SPEECH_KINDS.contains(kind)) {
                throw new IllegalArgumentException(stance
                        ? "kind of a stance must be belief, evidence, position, message or question, was " + kind
                        : STANCE_KINDS.contains(kind)
                                ? "kind " + kind + " is a kind of stance: add type stance"
                                : "kind must be direct, indirect or mixed, was " + kind);
            }
        }
        if (min != null && max != null && min > max) {
            throw new IllegalArgumentException("min " + min + " is above max " + max);
        }
        if (since != null && until != null && since.isAfter(until)) {
            throw new IllegalArgumentException("since " + since + " is after until " + until);
        }
        if (speaker != null && speaker.isBlank()) {
            speaker = null;
        }
        if (unit != null && unit.isBlank()) {
            unit = null;
        }
        sort = sort == null ? Sort.RELEVANCE : sort;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A match-all request for {@code query} with defaults: 10 hits, by relevance, with facets. */
    public static SearchRequest of(String query) {
        return builder().query(query).build();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.query = query;
        b.speaker = speaker;
        b.language = language;
        b.kind = kind;
        b.type = type;
        b.unit = unit;
        b.min = min;
        b.max = max;
        b.since = since;
        b.until = until;
        b.limit = limit;
        b.sort = sort;
        b.facets = facets;
        return b;
    }

    public static final class Builder {
        private String query;
        private String speaker;
        private String language;
        private String kind;
        private String type;
        private String unit;
        private Double min;
        private Double max;
        private LocalDate since;
        private LocalDate until;
        private int limit = 10;
        private Sort sort = Sort.RELEVANCE;
        private boolean facets = true;

        public Builder query(String v) { query = v; return this; }
        public Builder speaker(String v) { speaker = v; return this; }
        public Builder language(String v) { language = v; return this; }
        public Builder kind(String v) { kind = v; return this; }
        public Builder type(String v) { type = v; return this; }
        public Builder unit(String v) { unit = v; return this; }
        public Builder min(Double v) { min = v; return this; }
        public Builder max(Double v) { max = v; return this; }
        public Builder since(LocalDate v) { since = v; return this; }
        public Builder until(LocalDate v) { until = v; return this; }
        public Builder limit(int v) { limit = v; return this; }
        public Builder sort(Sort v) { sort = v; return this; }
        public Builder facets(boolean v) { facets = v; return this; }

        public SearchRequest build() {
            return new SearchRequest(query, speaker, language, kind, type, unit, min, max, since, until, limit,
                    sort, facets);
        }
    }
}
