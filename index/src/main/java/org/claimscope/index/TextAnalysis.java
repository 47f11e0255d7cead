package org.claimscope.index;

import java.io.Reader;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseLightStemFilter;
import org.apache.lucene.analysis.shingle.ShingleAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The analyzers of the index. Every chain ends in ICU folding, so matching ignores case and accents;
 * the neutral and Portuguese chains also join words split by a hyphen ("Infra-estrutura" = "infraestrutura",
 * the spelling before the 1990 orthographic agreement), at index and query time alike.
 */
public final class TextAnalysis {

    /** A hyphen (or Unicode hyphen) between two letters. */
    private static final Pattern INNER_HYPHEN = Pattern.compile("(?<=\\p{L})[-\\u2010\\u2011](?=\\p{L})");

    private TextAnalysis() {
    }

    /** The analyzer for all fields of {@link Schema}: per-language text fields, neutral elsewhere, and their pairs. */
    public static Analyzer perField() {
        Analyzer neutral = new Neutral();
        Map<String, Analyzer> fields = new HashMap<>();
        fields.put(Schema.TEXT_PREFIX + "pt", new Portuguese());
        fields.put(Schema.TEXT_PREFIX + "en", new English());
        fields.put(Schema.pairsField(Schema.NEUTRAL_WORDS), pairs(new Neutral()));
        fields.put(Schema.pairsField(Schema.TEXT_PREFIX + "pt"), pairs(new Portuguese()));
        fields.put(Schema.pairsField(Schema.TEXT_PREFIX + "en"), pairs(new English()));
        return new PerFieldAnalyzerWrapper(neutral, fields);
    }

    /**
     * The terms of {@code words} as overlapping pairs only, a position a stop word left empty filled with "_", so
     * that a phrase analysed the same way gives the pairs its matches hold.
     */
    private static Analyzer pairs(Analyzer words) {
        return new ShingleAnalyzerWrapper(words, 2, 2, " ", false, false, "_");
    }

    /** What every text field shares: query terms folded like indexed ones, inner hyphens optionally joined. */
    private abstract static class Folding extends Analyzer {
        private final boolean joinHyphens;

        Folding(boolean joinHyphens) {
            this.joinHyphens = joinHyphens;
        }

        @Override
        protected Reader initReader(String fieldName, Reader reader) {
            return joinHyphens ? new PatternReplaceCharFilter(INNER_HYPHEN, "", reader) : reader;
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new ICUFoldingFilter(in);
        }
    }

    /** Language-neutral: standard tokenization, hyphen joining, ICU folding; no stemming, no stop words. */
    public static final class Neutral extends Folding {
        public Neutral() {
            super(true);
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            return new TokenStreamComponents(source, new ICUFoldingFilter(source));
        }
    }

    /** Portuguese: like {@link PortugueseAnalyzer} (stop words, light stemmer), plus hyphen joining and folding. */
    public static final class Portuguese extends Folding {
        public Portuguese() {
            super(true);
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream ts = new LowerCaseFilter(source);
            ts = new StopFilter(ts, PortugueseAnalyzer.getDefaultStopSet());
            // The stemmer's rules are written for accented forms, so fold only after stemming.
            ts = new PortugueseLightStemFilter(ts);
            return new TokenStreamComponents(source, new ICUFoldingFilter(ts));
        }
    }

    /** English: like {@link EnglishAnalyzer} (possessives, stop words, Porter), plus folding. */
    public static final class English extends Folding {
        public English() {
            super(false);
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream ts = new EnglishPossessiveFilter(source);
            ts = new LowerCaseFilter(ts);
            ts = new StopFilter(ts, EnglishAnalyzer.getDefaultStopSet());
            ts = new PorterStemFilter(ts);
            return new TokenStreamComponents(source, new ICUFoldingFilter(ts));
        }
    }
}
