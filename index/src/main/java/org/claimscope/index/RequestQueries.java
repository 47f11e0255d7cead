package org.claimscope.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
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

    /** The scoring part: the parsed query string. */
    Query text(SearchRequest r) {
        if (matchesAll(r.query())) {
            return new MatchAllDocsQuery();
        }
        List<String> fields = textFields(r.language());
        QueryParser parser = new MultiFieldQueryParser(fields.toArray(String[]::new), analyzer);
        parser.setDefaultOperator(requireAllTerms ? QueryParser.Operator.AND : QueryParser.Operator.OR);
        parser.setAllowLeadingWildcard(false);
        try {
            return parser.parse(r.query());
        } catch (ParseException e) {
            throw new QuerySyntaxException(syntaxMessage(r.query(), e), e);
        } catch (RuntimeException e) {
            throw new QuerySyntaxException("cannot search for \"" + r.query() + "\": " + firstLine(e.getMessage()), e);
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
