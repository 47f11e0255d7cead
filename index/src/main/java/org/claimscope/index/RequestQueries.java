package org.claimscope.index;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;

/** Turns a {@link SearchRequest} into Lucene queries. Thread-safe: a parser is made per query. */
final class RequestQueries {

    private final Analyzer analyzer;
    private final boolean requireAllTerms;

    RequestQueries(Analyzer analyzer, boolean requireAllTerms) {
        this.analyzer = analyzer;
        this.requireAllTerms = requireAllTerms;
    }

    /** The text fields a query runs over: the language's stemmed field and the neutral one, or all if unknown. */
    static List<String> textFields(String language) {
        String key = Schema.languageKey(language);
        List<String> fields = new ArrayList<>();
        if (key == null) {
            Schema.STEMMED_LANGUAGES.forEach(l -> fields.add(Schema.TEXT_PREFIX + l));
        } else if (Schema.stemmedTextField(key) != null) {
            fields.add(Schema.stemmedTextField(key));
        }
        fields.add(Schema.TEXT);
        return fields;
    }

    static boolean matchesAll(String query) {
        if (query == null) {
            return true;
        }
        String q = query.strip();
        return q.isEmpty() || q.equals("*") || q.equals("*:*");
    }

    /**
     * The scoring part: the parsed query string. {@code scoped}: the index marks each statement's
     * {@link Schema#TEXT_SCOPE}, so a word or phrase searched in a stemmed field as well need not be matched a second
     * time in the neutral field of the same statements. {@code searchFields}: the index holds the search-only fields of
     * layout 5 (word pairs, {@link Schema#NEUTRAL_WORDS}), where words and exact phrases are found faster; snippets
     * need a query over the words of the highlighted fields themselves (false).
     */
    Query text(SearchRequest r, boolean scoped, boolean searchFields) {
        if (matchesAll(r.query())) {
            return new MatchAllDocsQuery();
        }
        List<String> fields = textFields(r.language());
        QueryParser parser = scoped ? new ScopedParser(fields.toArray(String[]::new), analyzer, searchFields)
                : new MultiFieldQueryParser(fields.toArray(String[]::new), analyzer);
        parser.setDefaultOperator(requireAllTerms ? QueryParser.Operator.AND : QueryParser.Operator.OR);
        parser.setAllowLeadingWildcard(false);
        try {
            Query parsed = parser.parse(r.query());
            return scoped && searchFields ? LanguageSplit.split(parsed) : parsed;
        } catch (ParseException e) {
            throw new QuerySyntaxException(syntaxMessage(r.query(), e), e);
        } catch (RuntimeException e) {
            throw new QuerySyntaxException("cannot search for \"" + r.query() + "\": " + firstLine(e.getMessage()), e);
        }
    }

    /** Whether matching {@code q} reads positions (a phrase or proximity search): no cheap count exists for it. */
    static boolean positional(Query q) {
        return holds(q, false);
    }

    /**
     * Whether {@code q} holds a proximity search ("demanda forte"~3): its scores have no per-block bound, so ranking
     * reads the positions of every match, as counting does.
     */
    static boolean proximity(Query q) {
        return holds(q, true);
    }

    private static boolean holds(Query q, boolean sloppyOnly) {
        boolean[] found = {false};
        q.visit(new QueryVisitor() {
            @Override
            public void consumeTerms(Query query, Term... terms) {
                if (query instanceof PhraseQuery p && (!sloppyOnly || p.getSlop() > 0)
                        || query instanceof MultiPhraseQuery m && (!sloppyOnly || m.getSlop() > 0)) {
                    found[0] = true;
                }
            }

            @Override
            public QueryVisitor getSubVisitor(Occur occur, Query parent) {
                return this;
            }
        });
        return found[0];
    }

    /**
     * Runs a word or phrase over the neutral field only for neutral-scope statements when a stemmed field takes it
     * too. Wildcard, prefix, fuzzy and range terms keep the neutral field for all statements: they match the unstemmed
     * words there ("infraestrutra~1"). Statements whose stemmed field dropped the word as a stop word keep it too.
     */
    private static final class ScopedParser extends MultiFieldQueryParser {
        private final boolean searchFields;

        ScopedParser(String[] fields, Analyzer analyzer, boolean searchFields) {
            super(fields, analyzer);
            this.searchFields = searchFields;
        }

        @Override
        protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
            Query q = super.getFieldQuery(field, queryText, quoted);
            return field == null ? scoped(searchFields, null, q) : q;
        }

        /** Quoted text comes here, with the slop of a proximity search or 0 for an exact phrase. */
        @Override
        protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
            Query q = super.getFieldQuery(field, queryText, slop);
            if (field != null) {
                return q;
            }
            return scoped(searchFields, searchFields && slop == 0 ? new PairPhrases(getAnalyzer(), queryText) : null, q);
        }

        /**
         * The multi-field query of one word or phrase: SHOULD clauses, one per field that produced terms. Its neutral
         * clause keeps the statements of the neutral scope and of every stemmed language whose field got no clause
         * (the word is a stop word there). With {@code searchFields}, a neutral clause for neutral-scope statements
         * alone goes to {@link Schema#NEUTRAL_WORDS}, and an exact phrase to the pairs of its field.
         */
        private static Query scoped(boolean searchFields, PairPhrases phrases, Query q) {
            if (!(q instanceof BooleanQuery b)) {
                // One field: a language without a stemmed field, whose statements are all neutral-scope.
                Query own = searchFields ? onField(q, Schema.NEUTRAL_WORDS) : null;
                return own == null ? q : phrases == null ? own : phrases.orPhrase(own);
            }
            Set<String> scopes = new LinkedHashSet<>(List.of(Schema.SCOPE_NEUTRAL));
            scopes.addAll(Schema.STEMMED_LANGUAGES);
            for (BooleanClause c : b.clauses()) {
                String field = fieldOf(c.query());
                if (field != null && field.startsWith(Schema.TEXT_PREFIX)) {
                    scopes.remove(field.substring(Schema.TEXT_PREFIX.length()));
                }
            }
            boolean allScopes = scopes.size() == 1 + Schema.STEMMED_LANGUAGES.size();
            Query scope = new TermInSetQuery(Schema.TEXT_SCOPE, scopes.stream().map(BytesRef::new).toList());
            BooleanQuery.Builder out = new BooleanQuery.Builder().setMinimumNumberShouldMatch(b.getMinimumNumberShouldMatch());
            for (BooleanClause c : b.clauses()) {
                Query inner = c.query();
                boolean neutral = Schema.TEXT.equals(fieldOf(inner));
                Query own = neutral && scopes.size() == 1 && searchFields ? onField(inner, Schema.NEUTRAL_WORDS) : null;
                if (own != null) {
                    out.add(phrases == null ? own : phrases.orPhrase(own), c.occur());
                    continue;
                }
                if (phrases != null && !neutral) {
                    inner = phrases.orPhrase(inner);
                }
                if (neutral && !allScopes) {
                    inner = new BooleanQuery.Builder().add(inner, Occur.MUST).add(scope, Occur.FILTER).build();
                }
                out.add(inner, c.occur());
            }
            return out.build();
        }

        /** A word, phrase or synonym query moved to {@code field}; null for anything else. */
        private static Query onField(Query q, String field) {
            return switch (q) {
                case BoostQuery bq -> {
                    Query inner = onField(bq.getQuery(), field);
                    yield inner == null ? null : new BoostQuery(inner, bq.getBoost());
                }
                case TermQuery t -> new TermQuery(new Term(field, t.getTerm().bytes()));
                case PhraseQuery p -> {
                    PhraseQuery.Builder b = new PhraseQuery.Builder().setSlop(p.getSlop());
                    for (int i = 0; i < p.getTerms().length; i++) {
                        b.add(new Term(field, p.getTerms()[i].bytes()), p.getPositions()[i]);
                    }
                    yield b.build();
                }
                case SynonymQuery s -> {
                    SynonymQuery.Builder b = new SynonymQuery.Builder(field);
                    s.getTerms().forEach(t -> b.addTerm(new Term(field, t.bytes())));
                    yield b.build();
                }
                default -> null;
            };
        }

        /** The field of a word, phrase or synonym query (boosts unwrapped); null for anything else. */
        private static String fieldOf(Query q) {
            while (q instanceof BoostQuery bq) {
                q = bq.getQuery();
            }
            return switch (q) {
                case TermQuery t -> t.getTerm().field();
                case PhraseQuery p -> p.getField();
                case MultiPhraseQuery m -> m.getTermArrays()[0][0].field();
                case SynonymQuery s -> s.getField();
                default -> null;
            };
        }
    }

    /** An exact phrase's text, to search again over word pairs. */
    private record PairPhrases(Analyzer analyzer, String text) {

        /** The same phrase over the pairs of {@code q}'s field when {@code q} is an exact phrase; else {@code q}. */
        Query orPhrase(Query q) {
            if (!(q instanceof PhraseQuery p) || p.getSlop() != 0) {
                return q;
            }
            Query over = new QueryBuilder(analyzer).createPhraseQuery(Schema.pairsField(p.getField()), text);
            // A pair for each gap between the phrase's terms: one term for two words, a phrase of pairs beyond.
            return over instanceof TermQuery || over instanceof PhraseQuery ? over : q;
        }
    }

    /** The whole query: text scoring plus the request's filters (which do not score). */
    Query full(SearchRequest r, Query text) {
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(text, Occur.MUST);
        filters(r).forEach(f -> b.add(f, Occur.FILTER));
        return b.build();
    }

    /** The request's filters alone, as one non-scoring query: a document matches when it passes them all. */
    Query filter(SearchRequest r) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        filters(r).forEach(f -> b.add(f, Occur.FILTER));
        return b.build();
    }

    private List<Query> filters(SearchRequest r) {
        List<Query> out = new ArrayList<>();
        out.add(r.type() != null
                ? new TermQuery(new Term(Schema.TYPE, r.type()))
                : new TermInSetQuery(Schema.TYPE, List.of(new BytesRef(Schema.TYPE_QUOTE),
                        new BytesRef(Schema.TYPE_CLAIM))));
        if (r.speaker() != null) {
            out.add(speaker(r.speaker()));
        }
        if (r.language() != null) {
            out.add(new TermQuery(new Term(Schema.LANGUAGE, Schema.languageKey(r.language()))));
        }
        if (r.kind() != null) {
            out.add(new TermQuery(new Term(Schema.KIND, r.kind())));
        }
        Query figures = figures(r);
        if (figures != null) {
            out.add(figures);
        }
        if (r.since() != null || r.until() != null) {
            long from = r.since() == null ? Long.MIN_VALUE : PublishedDates.startOfDay(r.since());
            long to = r.until() == null ? Long.MAX_VALUE : PublishedDates.endOfDay(r.until());
            out.add(LongPoint.newRangeQuery(Schema.PUBLISHED, from, to));
        }
        return out;
    }

    /** Exact canonical name (any case), or the words of the name as a phrase: "Altman" finds "Sam Altman". */
    private Query speaker(String speaker) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(new TermQuery(new Term(Schema.SPEAKER_KEY, StatementDocuments.speakerKey(speaker))), Occur.SHOULD);
        Query phrase = new QueryBuilder(analyzer).createPhraseQuery(Schema.SPEAKER_TEXT, speaker);
        if (phrase != null) {
            b.add(phrase, Occur.SHOULD);
        }
        return b.build();
    }

    private static Query figures(SearchRequest r) {
        boolean range = r.min() != null || r.max() != null;
        if (!range) {
            return r.unit() == null ? null : new TermQuery(new Term(Schema.FIGURE_UNIT, Schema.unitKey(r.unit())));
        }
        double lo = r.min() == null ? Double.NEGATIVE_INFINITY : r.min();
        double hi = r.max() == null ? Double.POSITIVE_INFINITY : r.max();
        String field = r.unit() == null ? Schema.FIGURE_VALUE_ANY : Schema.figureValueField(r.unit());
        return DoublePoint.newRangeQuery(field, lo, hi);
    }

    private static String syntaxMessage(String query, ParseException e) {
        String msg = firstLine(e.getMessage());
        // The parser repeats the query as "Cannot parse '…': "; say it once, our way.
        String prefix = "Cannot parse '" + query + "': ";
        if (msg.startsWith(prefix)) {
            msg = msg.substring(prefix.length());
        }
        return "invalid query \"" + query + "\": " + msg
                + (msg.toLowerCase(Locale.ROOT).contains("eof") ? " (unbalanced quotes or parentheses, or a dangling operator?)" : "");
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).replaceAll("\\s+", " ").strip();
    }
}
