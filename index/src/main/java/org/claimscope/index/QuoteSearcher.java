package org.claimscope.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Future;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.claimscope.model.Article;
import org.claimscope.model.ArticleJson;

/**
 * Searches quotes and claims: text query, filters, highlighted snippets and facet counts over all matches.
 * Thread-safe; {@link #refresh()} picks up new commits (or, when made by {@link ArticleIndex#newSearcher},
 * uncommitted changes).
 */
public final class QuoteSearcher implements Closeable {

    /** Sampling seed, fixed so that the same query on the same index gives the same estimates. */
    private static final long SAMPLE_SEED = 0x5EED_C1A1L;

    private final SearcherManager manager;
    private final Directory ownedDirectory;
    private final SearchConfig config;
    private final Analyzer analyzer = TextAnalysis.perField();
    private final RequestQueries queries;
    private final MatchSampler sampler;
    private final SideThreads side;
    private final ArticleJson json = new ArticleJson(false);

    /** Opens a read-only searcher over the last commit of an index directory. */
    public static QuoteSearcher open(Path indexDir, SearchConfig config) throws IOException {
        Directory dir = FSDirectory.open(indexDir);
        try {
            return new QuoteSearcher(dir, config, true);
        } catch (IOException | RuntimeException e) {
            dir.close();
            throw e;
        }
    }

    /** A read-only searcher over the last commit in {@code directory}, which the caller keeps open. */
    public QuoteSearcher(Directory directory, SearchConfig config) throws IOException {
        this(directory, config, false);
    }

    private QuoteSearcher(Directory directory, SearchConfig config, boolean owns) throws IOException {
        this.manager = new SearcherManager(DirectoryReader.open(directory), new FacetingSearcherFactory());
        this.ownedDirectory = owns ? directory : null;
        this.config = config;
        this.queries = new RequestQueries(analyzer, config.requireAllTerms());
        this.sampler = new MatchSampler(config.facetSample(), SAMPLE_SEED);
        this.side = new SideThreads(config.facetThreads());
    }

    QuoteSearcher(SearcherManager manager, SearchConfig config) {
        this.manager = manager;
        this.ownedDirectory = null;
        this.config = config;
        this.queries = new RequestQueries(analyzer, config.requireAllTerms());
        this.sampler = new MatchSampler(config.facetSample(), SAMPLE_SEED);
        this.side = new SideThreads(config.facetThreads());
    }

    /** Sees the index as of now. Returns true when something changed. */
    public boolean refresh() throws IOException {
        IndexSearcher before = manager.acquire();
        try {
            manager.maybeRefreshBlocking();
        } finally {
            manager.release(before);
        }
        IndexSearcher after = manager.acquire();
        try {
            return after != before;
        } finally {
            manager.release(after);
        }
    }

    /**
     * Runs a search.
     *
     * @throws QuerySyntaxException when the query string cannot be parsed
     */
    public SearchResult search(SearchRequest request) throws IOException {
        long start = System.nanoTime();
        FacetingSearcherFactory.FacetingSearcher searcher =
                (FacetingSearcherFactory.FacetingSearcher) manager.acquire();
        Future<Counted> beside = null;
        try {
            // Rewritten once for ranking, count and sample: expanding "invest*" or a fuzzy term is not free (a fuzzy
            // term takes about 3 ms on a million quotes), and a rewritten query rewrites to itself at once.
            Query text = searcher.rewrite(queries.text(request, scoped(searcher), searchFields(searcher)));
            Query filter = queries.filter(request);
            Query query = queries.full(request, text);
            int n = Math.max(1, request.limit());
            boolean withFacets = request.facets() && searcher.facets != null;
            Query rewritten = searcher.rewrite(query);
            // Counting and facets need no hits: another thread does them while this one ranks and highlights. Not for
            // a proximity search, whose ranking reads every match's positions too: one pass then ranks and counts.
            beside = withFacets && !RequestQueries.proximity(query)
                    ? side.trySubmit(() -> counted(searcher, rewritten, -1)) : null;
            TopDocs topDocs = topDocs(searcher, request, text, filter, query, n,
                    beside == null && RequestQueries.positional(query));
            ScoreDoc[] docs = request.limit() == 0 ? new ScoreDoc[0] : topDocs.scoreDocs;
            // Snippets mark words, so a phrase searched as word pairs is highlighted as the phrase it is; the statements
            // of one language are marked by the query over that language's fields alone, since matching the clauses of
            // the other languages' fields again for every hit found nothing to mark and took most of the time.
            boolean words = searchFields(searcher);
            java.util.function.Function<String, Query> marked = language -> !words ? text
                    : queries.text(request.toBuilder().language(language).build(), scoped(searcher), false);
            List<SearchResult.Hit> hits = request.limit() == 0 || text instanceof MatchAllDocsQuery
                    ? hits(searcher, null, docs, request.sort() == SearchRequest.Sort.RELEVANCE)
                    : hits(searcher, marked, docs, request.sort() == SearchRequest.Sort.RELEVANCE);
            // Lucene counts matches much faster than a collector visits them; facets then need only a sample.
            long known = topDocs.totalHits.relation() == TotalHits.Relation.EQUAL_TO ? topDocs.totalHits.value() : -1;
            Counted counted = beside != null ? SideThreads.join(beside)
                    : withFacets ? counted(searcher, rewritten, known)
                    : new Counted(known >= 0 ? known : searcher.count(rewritten), Map.of());
            return new SearchResult(counted.total(), hits, counted.facets(), (System.nanoTime() - start) / 1000);
        } finally {
            if (beside != null) {
                SideThreads.awaitQuietly(beside);
            }
            manager.release(searcher);
        }
    }

    /** The number of matches and their facet counts. */
    private record Counted(long total, Map<String, SearchResult.FacetCounts> facets) {
    }

    /** Counts the matches of {@code rewritten} (unless {@code known} ≥ 0 already is their number) and their facets. */
    private Counted counted(FacetingSearcherFactory.FacetingSearcher searcher, Query rewritten, long known)
            throws IOException {
        long total = known >= 0 ? known : searcher.count(rewritten);
        return new Counted(total, facets(searcher, sampler.sample(searcher, rewritten, total), total));
    }

    /** Every statement the request matches, counted exactly however many there are (no hits, no facets). */
    public long count(SearchRequest request) throws IOException {
        IndexSearcher s = manager.acquire();
        try {
            return s.count(queries.full(request, queries.text(request, scoped(s), searchFields(s))));
        } finally {
            manager.release(s);
        }
    }

    /** The full analysed article as indexed, rebuilt from its stored JSON. */
    public Optional<Article> article(String articleId) throws IOException {
        IndexSearcher s = manager.acquire();
        try {
            return ArticleIndex.StoredArticles.find(s, articleId).map(json::read);
        } finally {
            manager.release(s);
        }
    }

    /** For {@link ClaimExporter}: runs {@code work} on the current searcher with the request's query. */
    <T> T withQuery(SearchRequest request, SearcherWork<T> work) throws IOException {
        IndexSearcher s = manager.acquire();
        try {
            return work.run(s, queries.full(request, queries.text(request, scoped(s), searchFields(s))));
        } finally {
            manager.release(s);
        }
    }

    /** Indexes of layout 3 on mark every statement's text scope; older ones are searched as before. */
    private static boolean scoped(IndexSearcher searcher) {
        return ((FacetingSearcherFactory.FacetingSearcher) searcher).fields.contains(Schema.TEXT_SCOPE);
    }

    /**
     * Indexes of layout 5 on hold the search-only fields (word pairs, the words of neutral-scope statements); an
     * older one is searched over its text fields alone.
     */
    private static boolean searchFields(IndexSearcher searcher) {
        return ((FacetingSearcherFactory.FacetingSearcher) searcher).layout >= 5;
    }

    interface SearcherWork<T> {
        T run(IndexSearcher searcher, Query query) throws IOException;
    }

    @Override
    public void close() throws IOException {
        side.close();
        try {
            manager.close();
        } finally {
            if (ownedDirectory != null) {
                ownedDirectory.close();
            }
        }
    }

    /**
     * The top {@code n}, counting matches only up to {@code n}: beyond that, documents that cannot make the top are
     * skipped (block-max WAND by score, points by date). A filter that would not lead the conjunction (it passes
     * at least as many documents as the text matches, like the quote-or-claim type filter) is checked on the
     * collected documents instead, so that the text query keeps its skipping. A {@code positional} query (a phrase
     * that word pairs could not take) is counted in the same pass: reading positions leaves little to skip, and
     * counting afterwards would read them all a second time.
     */
    private static TopDocs topDocs(IndexSearcher searcher, SearchRequest r, Query text, Query filter, Query query,
                                   int n, boolean positional) throws IOException {
        int countUpTo = positional ? Integer.MAX_VALUE : n;
        return switch (r.sort()) {
            case RELEVANCE -> {
                TopScoreDocCollectorManager top = new TopScoreDocCollectorManager(n, countUpTo);
                Weight passing = PostFilter.weight(searcher, filter);
                boolean filterLeads = text instanceof MatchAllDocsQuery
                        || PostFilter.cost(searcher, passing) < PostFilter.cost(searcher, text);
                yield filterLeads ? searcher.search(query, top) : searcher.search(text, new PostFilter<>(passing, top));
            }
            case NEWEST -> searcher.search(query, new TopFieldCollectorManager(byDate(true), n, countUpTo));
            case OLDEST -> searcher.search(query, new TopFieldCollectorManager(byDate(false), n, countUpTo));
        };
    }

    private static Sort byDate(boolean newestFirst) {
        SortField date = new SortField(Schema.PUBLISHED, SortField.Type.LONG, newestFirst);
        // Undated statements go last either way.
        date.setMissingValue(newestFirst ? Long.MIN_VALUE : Long.MAX_VALUE);
        return new Sort(date, SortField.FIELD_SCORE);
    }

    /** The hits with their snippets; {@code marked} gives the query that marks statements of a language (null: none). */
    private List<SearchResult.Hit> hits(FacetingSearcherFactory.FacetingSearcher searcher,
                                        java.util.function.Function<String, Query> marked, ScoreDoc[] docs,
                                        boolean scored) throws IOException {
        if (docs.length == 0) {
            return List.of();
        }
        StoredFields stored = searcher.storedFields();
        List<Statement> statements = new ArrayList<>(docs.length);
        Map<Integer, String> texts = new HashMap<>();
        for (ScoreDoc sd : docs) {
            Statement s = StatementDocuments.statement(stored.document(sd.doc));
            statements.add(s);
            texts.put(sd.doc, s.text() == null ? "" : s.text());
        }
        String[] snippets = marked == null ? new String[docs.length] : snippets(searcher, marked, statements, docs, texts);
        List<SearchResult.Hit> hits = new ArrayList<>(docs.length);
        for (int i = 0; i < docs.length; i++) {
            Statement s = statements.get(i);
            String snippet = snippets[i] != null ? snippets[i] : s.text();
            hits.add(new SearchResult.Hit(s, snippet, scored ? docs[i].score : Float.NaN));
        }
        return hits;
    }

    /**
     * Highlights each statement in the fields its words are in: the neutral one and its own language's. Statements
     * of one language are highlighted together, with the query {@code marked} gives for that language. The query is
     * rewritten first, so that fuzzy and wildcard terms are the index terms they matched rather than automata built
     * again for every field.
     */
    private String[] snippets(FacetingSearcherFactory.FacetingSearcher searcher,
                              java.util.function.Function<String, Query> marked, List<Statement> statements,
                              ScoreDoc[] docs, Map<Integer, String> texts) throws IOException {
        Map<List<String>, List<Integer>> byFields = new LinkedHashMap<>();
        for (int i = 0; i < docs.length; i++) {
            byFields.computeIfAbsent(fieldsIn(searcher, statements.get(i).language()), f -> new ArrayList<>()).add(i);
        }
        StatementHighlighter highlighter = new StatementHighlighter(searcher, analyzer, config, texts);
        String[] out = new String[docs.length];
        for (Map.Entry<List<String>, List<Integer>> group : byFields.entrySet()) {
            List<Integer> at = group.getValue();
            Query rewritten = searcher.rewrite(marked.apply(statements.get(at.get(0)).language()));
            String[] some = highlighter.snippets(rewritten, group.getKey(),
                    at.stream().map(i -> docs[i]).toArray(ScoreDoc[]::new));
            for (int k = 0; k < at.size(); k++) {
                out[at.get(k)] = some[k];
            }
        }
        return out;
    }

    /** Text fields of a statement in {@code language} that some document fills: others hold nothing to mark. */
    private static List<String> fieldsIn(FacetingSearcherFactory.FacetingSearcher searcher, String language) {
        List<String> out = new ArrayList<>();
        for (String f : RequestQueries.textFields(language)) {
            if (searcher.fields.contains(f)) {
                out.add(f);
            }
        }
        return out;
    }

    /** Facet counts over the matches the sample saw, scaled up to {@code total} when it saw only some. */
    private Map<String, SearchResult.FacetCounts> facets(FacetingSearcherFactory.FacetingSearcher searcher,
                                                         MatchSampler.Sample sample, long total) throws IOException {
        SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(searcher.facets, new FacetsCollector() {
            @Override
            public List<MatchingDocs> getMatchingDocs() {
                return sample.visited();
            }
        });
        long seen = sample.seen();
        double rate = sample.all() || total == 0 ? 1.0 : Math.min(1.0, (double) seen / total);
        Set<String> dims = new java.util.HashSet<>();
        searcher.facets.getDims().forEach(dims::add);
        Map<String, SearchResult.FacetCounts> out = new LinkedHashMap<>();
        for (String dim : Schema.FACETS) {
            FacetResult r = !dims.contains(dim) ? null
                    : config.facetLimit() > 0 ? counts.getTopChildren(config.facetLimit(), dim)
                    : counts.getAllChildren(dim);
            out.put(dim, toCounts(dim, r, rate));
        }
        return out;
    }

    /** {@code rate} below 1: the counts came from a sample of that share of the matches and are scaled up. */
    private static SearchResult.FacetCounts toCounts(String dim, FacetResult r, double rate) {
        boolean estimated = rate < 1.0;
        if (r == null) {
            return new SearchResult.FacetCounts(dim, 0, 0, List.of(), estimated);
        }
        List<SearchResult.FacetValue> values = new ArrayList<>(r.labelValues.length);
        for (LabelAndValue lv : r.labelValues) {
            values.add(new SearchResult.FacetValue(lv.label, scaled(lv.value.longValue(), rate)));
        }
        // getAllChildren returns label order; show the biggest first like getTopChildren.
        values.sort((a, b) -> a.count() != b.count() ? Long.compare(b.count(), a.count())
                : a.value().compareTo(b.value()));
        return new SearchResult.FacetCounts(dim, scaled(r.value.longValue(), rate), r.childCount, values, estimated);
    }

    private static long scaled(long count, double rate) {
        return rate >= 1.0 ? count : Math.round(count / rate);
    }
}
