package org.claimscope.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * UnifiedHighlighter over the statement text. The stemmed fields ({@code text_pt}, {@code text_en}) are not
 * stored: their values are the stored {@code text}, which the caller has already loaded for the hits, so no
 * stored field is read twice. Offsets come from the postings, so nothing is re-analysed.
 */
final class StatementHighlighter extends UnifiedHighlighter {

    private final Map<Integer, String> texts;
    private final String preTag;
    private final int maxPassages;

    StatementHighlighter(IndexSearcher searcher, Analyzer analyzer, SearchConfig config, Map<Integer, String> texts) {
        super(UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter(config.preTag(), config.postTag(), config.ellipsis(),
                        false))
                .withMaxNoHighlightPassages(0)
                .withHighlightPhrasesStrictly(true)
                .withHandleMultiTermQuery(true));
        this.texts = texts;
        this.preTag = config.preTag();
        this.maxPassages = config.maxPassages();
    }

    /**
     * One snippet per doc (null when no field has a match): of the text fields, the one with the most
     * marked words, since a stemmed field matches more forms than the neutral one and vice versa.
     */
    String[] snippets(Query query, List<String> fields, ScoreDoc[] docs) throws IOException {
        String[] out = new String[docs.length];
        if (fields.isEmpty()) {
            return out;
        }
        int[] ids = new int[docs.length];
        for (int i = 0; i < docs.length; i++) {
            ids[i] = docs[i].doc;
        }
        int[] passages = new int[fields.size()];
        Arrays.fill(passages, maxPassages);
        Map<String, String[]> byField = highlightFields(fields.toArray(String[]::new), query, ids, passages);
        int[] best = new int[docs.length];
        for (String[] snippets : byField.values()) {
            for (int i = 0; i < docs.length; i++) {
                String s = snippets[i];
                if (s != null) {
                    int marks = marks(s);
                    if (out[i] == null || marks > best[i]) {
                        out[i] = s;
                        best[i] = marks;
                    }
                }
            }
        }
        return out;
    }

    private int marks(String snippet) {
        if (preTag.isEmpty()) {
            return 1;
        }
        int n = 0;
        for (int i = snippet.indexOf(preTag); i >= 0; i = snippet.indexOf(preTag, i + preTag.length())) {
            n++;
        }
        return n;
    }

    @Override
    protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter, int cacheCharsThreshold)
            throws IOException {
        List<CharSequence[]> out = new ArrayList<>();
        for (int doc = docIter.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docIter.nextDoc()) {
            String text = texts.getOrDefault(doc, "");
            CharSequence[] values = new CharSequence[fields.length];
            Arrays.fill(values, text);
            out.add(values);
        }
        return out;
    }
}
