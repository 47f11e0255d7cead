package org.claimscope.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.claimscope.model.Article;
import org.claimscope.model.ArticleJson;

/**
 * The writable index: one block of documents per article (its quotes, its claims, and an article document
 * with the JSON, content hash and paths), replaced atomically on upsert.
 *
 * <p>Paths: a path belongs to at most one article; an article keeps all paths at which its content was
 * found and disappears with its last path. Upserting an article merges the given paths into the ones it
 * already has, and takes them away from any other article they belonged to (the file changed).
 *
 * <p>Thread-safe: upserts of different articles run concurrently (IndexWriter analyses in the calling
 * thread); a path that moves between articles, {@link #delete} and {@link #deleteByPath} briefly take
 * the index for themselves. Nothing is durable before {@link #commit()}; a crash leaves the last commit.
 */
public final class ArticleIndex implements Closeable {

    /** Commit user-data key naming the layout of the documents, for future migrations. */
    public static final String LAYOUT_KEY = "claimscope.index.layout";
    /**
     * 2: blocks sorted by language ({@link Schema#BLOCK_LANGUAGE}); a writer cannot sort an unsorted index.
     * 3: every statement has a {@link Schema#TEXT_SCOPE}; adding to a layout-2 index would leave its statements
     * without one, where scoped queries would miss them.
     * 4: stances are statements ({@link Schema#TYPE_STANCE}); a layout-3 index has none, so a stance search over a
     * mixed index would silently miss the stances of every article indexed before.
     * 5: word-pair fields ({@link Schema#PAIRS_PREFIX}); phrases over a mixed index would miss older statements.
     */
    public static final String LAYOUT = "5";

    private static final int STRIPES = 64;

    private final Directory directory;
    private final boolean ownsDirectory;
    private final IndexWriter writer;
    private final StatementDocuments documents;
    private final ArticleJson json = new ArticleJson(false);
    private final SearcherManager nrt;

    /** articleId → its content hash and paths; mirrors the writer's (uncommitted) state. */
    private final Map<String, Entry> articles = new ConcurrentHashMap<>();
    /** path → articleId. */
    private final Map<String, String> owners = new ConcurrentHashMap<>();
    private final ReentrantReadWriteLock structure = new ReentrantReadWriteLock();
    private final Object[] stripes = new Object[STRIPES];

    private record Entry(String hash, List<String> paths) {
    }

    /** Opens, or creates, the index in a directory of the file system. */
    public static ArticleIndex open(Path dir) throws IOException {
        Directory directory = FSDirectory.open(dir);
        try {
            return new ArticleIndex(directory, true);
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    /** Opens, or creates, the index in {@code directory}; the caller keeps ownership of the directory. */
    public ArticleIndex(Directory directory) throws IOException {
        this(directory, false);
    }

    private ArticleIndex(Directory directory, boolean ownsDirectory) throws IOException {
        this.directory = directory;
        this.ownsDirectory = ownsDirectory;
        for (int i = 0; i < STRIPES; i++) {
            stripes[i] = new Object();
        }
        requireLayout(directory);
        FacetsConfig facets = StatementDocuments.facetsConfig();
        this.documents = new StatementDocuments(facets, json);
        IndexWriterConfig config = new IndexWriterConfig(TextAnalysis.perField())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(64)
                .setParentField(Schema.BLOCK_END)
                .setIndexSort(new Sort(new SortField(Schema.BLOCK_LANGUAGE, SortField.Type.STRING)));
        this.writer = new IndexWriter(directory, config);
        this.writer.setLiveCommitData(Map.of(LAYOUT_KEY, LAYOUT).entrySet());
        if (!DirectoryReader.indexExists(directory)) {
            // Commit the empty index at once, so that read-only searchers can open it before any ingest.
            writer.commit();
        }
        this.nrt = new SearcherManager(writer, null);
        loadBookkeeping();
    }

    /**
     * Indexes {@code article}, replacing every document of the same article id in one atomic update.
     * {@code paths} are merged into the article's known paths and removed from any other article.
     */
    public void upsert(Article article, String contentHash, List<String> paths) throws IOException {
        String id = requireText(article.id(), "article id");
        requireText(contentHash, "content hash");
        List<String> given = List.copyOf(new LinkedHashSet<>(paths));
        structure.readLock().lock();
        try {
            synchronized (stripe(id)) {
                List<String> claimed = new ArrayList<>();
                boolean mine = true;
                for (String p : given) {
                    String owner = owners.putIfAbsent(p, id);
                    if (owner == null) {
                        claimed.add(p);
                    } else if (!owner.equals(id)) {
                        mine = false;
                    }
                }
                if (mine) {
                    try {
                        write(article, contentHash, given);
                    } catch (IOException | RuntimeException e) {
                        claimed.forEach(p -> owners.remove(p, id));
                        throw e;
                    }
                    return;
                }
                claimed.forEach(p -> owners.remove(p, id));
            }
        } finally {
            structure.readLock().unlock();
        }
        // Some path belongs to another article: move it with the index to ourselves.
        structure.writeLock().lock();
        try {
            for (String p : given) {
                String owner = owners.get(p);
                if (owner != null && !owner.equals(id)) {
                    removePath(owner, p);
                }
            }
            given.forEach(p -> owners.put(p, id));
            write(article, contentHash, given);
        } finally {
            structure.writeLock().unlock();
        }
    }

    /** Removes an article and all its statements. Returns false when it was not indexed. */
    public boolean delete(String articleId) throws IOException {
        structure.writeLock().lock();
        try {
            Entry e = articles.remove(articleId);
            if (e == null) {
                return false;
            }
            writer.deleteDocuments(new Term(Schema.ARTICLE_ID, articleId));
            e.paths().forEach(p -> owners.remove(p, articleId));
            return true;
        } finally {
            structure.writeLock().unlock();
        }
    }

    /**
     * Forgets a path. Its article is deleted when this was its last path, otherwise re-indexed (from its
     * stored JSON, no re-analysis) without it. Returns false when the path was not indexed.
     */
    public boolean deleteByPath(String path) throws IOException {
        structure.writeLock().lock();
        try {
            String owner = owners.get(path);
            if (owner == null) {
                return false;
            }
            removePath(owner, path);
            return true;
        } finally {
            structure.writeLock().unlock();
        }
    }

    /** The content hash of the article indexed at {@code path}, for incremental ingest. */
    public Optional<String> hashFor(String path) {
        String owner = owners.get(path);
        Entry e = owner == null ? null : articles.get(owner);
        return e == null ? Optional.empty() : Optional.of(e.hash());
    }

    /** Every indexed path with its content hash, sorted by path. */
    public SortedMap<String, String> indexedPaths() {
        SortedMap<String, String> out = new TreeMap<>();
        for (var e : articles.values()) {
            for (String p : e.paths()) {
                out.put(p, e.hash());
            }
        }
        return Collections.unmodifiableSortedMap(out);
    }

    /** Number of indexed articles (including uncommitted changes). */
    public int articleCount() {
        return articles.size();
    }

    /** The stored article, rebuilt from its JSON (sees uncommitted changes). */
    public Optional<Article> article(String articleId) throws IOException {
        nrt.maybeRefreshBlocking();
        IndexSearcher s = nrt.acquire();
        try {
            return StoredArticles.find(s, articleId).map(json::read);
        } finally {
            nrt.release(s);
        }
    }

    /** Makes every change so far durable, atomically. Returns the commit's sequence number. */
    public long commit() throws IOException {
        return writer.commit();
    }

    /**
     * Merges the index down to at most {@code maxSegments} segments. Slow on a big index, but searches of a
     * read-mostly index get faster: fewer segments to visit and one facet ordinal space instead of a mapping.
     */
    public void forceMerge(int maxSegments) throws IOException {
        writer.forceMerge(maxSegments);
    }

    /** A searcher over this index that sees changes after {@link QuoteSearcher#refresh()}, committed or not. */
    public QuoteSearcher newSearcher(SearchConfig config) throws IOException {
        return new QuoteSearcher(new SearcherManager(writer, new FacetingSearcherFactory(Integer.parseInt(LAYOUT))), config);
    }

    /** Commits pending changes and closes the index. */
    @Override
    public void close() throws IOException {
        try {
            nrt.close();
            writer.close();
        } finally {
            if (ownsDirectory) {
                directory.close();
            }
        }
    }

    // ---- internals (callers hold the stripe lock of the article, or the write lock)

    private void write(Article article, String contentHash, List<String> given) throws IOException {
        Entry old = articles.get(article.id());
        LinkedHashSet<String> merged = new LinkedHashSet<>();
        if (old != null) {
            merged.addAll(old.paths());
        }
        merged.addAll(given);
        List<String> paths = List.copyOf(merged);
        List<Document> docs = documents.documents(article, contentHash, paths);
        writer.updateDocuments(new Term(Schema.ARTICLE_ID, article.id()), docs);
        articles.put(article.id(), new Entry(contentHash, paths));
    }

    private void removePath(String articleId, String path) throws IOException {
        Entry e = articles.get(articleId);
        owners.remove(path, articleId);
        if (e == null) {
            return;
        }
        List<String> rest = new ArrayList<>(e.paths());
        rest.remove(path);
        if (rest.isEmpty()) {
            writer.deleteDocuments(new Term(Schema.ARTICLE_ID, articleId));
            articles.remove(articleId);
            return;
        }
        Article article = article(articleId)
                .orElseThrow(() -> new IllegalStateException("article " + articleId + " has no stored JSON"));
        List<Document> docs = documents.documents(article, e.hash(), rest);
        writer.updateDocuments(new Term(Schema.ARTICLE_ID, articleId), docs);
        articles.put(articleId, new Entry(e.hash(), List.copyOf(rest)));
    }

    private void loadBookkeeping() throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            IndexSearcher s = new IndexSearcher(reader);
            Set<String> fields = Set.of(Schema.ARTICLE_ID, Schema.CONTENT_HASH, Schema.PATH);
            AllMatches.forEach(s, new TermQuery(new Term(Schema.TYPE, Schema.TYPE_ARTICLE)), ctx -> {
                StoredFields stored = ctx.reader().storedFields();
                return doc -> {
                    Document d = stored.document(doc, fields);
                    String id = d.get(Schema.ARTICLE_ID);
                    List<String> paths = List.of(d.getValues(Schema.PATH));
                    articles.put(id, new Entry(d.get(Schema.CONTENT_HASH), paths));
                    paths.forEach(p -> owners.put(p, id));
                };
            });
        }
    }

    /** An index written by an older layout cannot be sorted in place: say so instead of failing inside Lucene. */
    private static void requireLayout(Directory directory) throws IOException {
        if (!DirectoryReader.indexExists(directory)) {
            return;
        }
        String found = SegmentInfos.readLatestCommit(directory).getUserData().getOrDefault(LAYOUT_KEY, "1");
        if (!LAYOUT.equals(found)) {
            throw new IOException("the index in " + directory + " has layout " + found + " and this claimscope writes "
                    + "layout " + LAYOUT + ": ingest into a new index folder (or delete this one) to rebuild it; "
                    + "searching it still works");
        }
    }

    private Object stripe(String articleId) {
        return stripes[Math.floorMod(articleId.hashCode(), STRIPES)];
    }

    private static String requireText(String s, String what) {
        if (s == null || s.isBlank()) {
            throw new IllegalArgumentException(what + " is missing");
        }
        return s;
    }

    /** Look-up of an article document's stored JSON. */
    static final class StoredArticles {
        private StoredArticles() {
        }

        static Optional<String> find(IndexSearcher s, String articleId) throws IOException {
            BooleanQuery q = new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(Schema.ARTICLE_ID, articleId)), BooleanClause.Occur.FILTER)
                    .add(new TermQuery(new Term(Schema.TYPE, Schema.TYPE_ARTICLE)), BooleanClause.Occur.FILTER)
                    .build();
            TopDocs top = s.search(q, 1);
            if (top.scoreDocs.length == 0) {
                return Optional.empty();
            }
            Document d = s.storedFields().document(top.scoreDocs[0].doc, Set.of(Schema.ARTICLE_JSON));
            return Optional.ofNullable(d.get(Schema.ARTICLE_JSON));
        }
    }
}
