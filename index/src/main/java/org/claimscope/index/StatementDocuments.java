package org.claimscope.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.util.BytesRef;
import org.claimscope.model.Article;
import org.claimscope.model.ArticleJson;
import org.claimscope.model.Figure;
import org.claimscope.model.FigureType;
import org.claimscope.model.Qualifier;
import org.claimscope.model.Span;

/** Turns statements into Lucene documents and stored fields back into statements. Thread-safe. */
final class StatementDocuments {

    /** Stored, with offsets in the postings so the highlighter needs no re-analysis. */
    private static final FieldType STORED_TEXT = textType(true);
    private static final FieldType UNSTORED_TEXT = textType(false);
    /** Searched but never highlighted (snippets mark {@link Schema#TEXT} and the stemmed fields): no offsets. */
    private static final FieldType SEARCH_ONLY = searchOnlyType();

    private final FacetsConfig facets;
    private final ArticleJson json;

    StatementDocuments(FacetsConfig facets, ArticleJson json) {
        this.facets = facets;
        this.json = json;
    }

    static FacetsConfig facetsConfig() {
        return new FacetsConfig();
    }

    /** All documents of one article: its statements then the article document, for one updateDocuments. */
    List<Document> documents(Article article, String contentHash, List<String> paths) throws IOException {
        List<Statement> statements = Statements.of(article, paths);
        List<Document> docs = new ArrayList<>(statements.size() + 1);
        for (Statement s : statements) {
            docs.add(statementDocument(s, contentHash));
        }
        docs.add(articleDocument(article, contentHash, paths));
        return docs;
    }

    private Document articleDocument(Article article, String contentHash, List<String> paths) {
        Document d = new Document();
        d.add(new StringField(Schema.TYPE, Schema.TYPE_ARTICLE, Field.Store.YES));
        d.add(new StringField(Schema.ARTICLE_ID, article.id(), Field.Store.YES));
        d.add(new StoredField(Schema.CONTENT_HASH, contentHash));
        for (String p : paths) {
            d.add(new StringField(Schema.PATH, p, Field.Store.YES));
        }
        d.add(new StoredField(Schema.ARTICLE_JSON, json.write(article)));
        addText(d, "", null, UNSTORED_TEXT);
        String language = Schema.languageKey(article.language());
        d.add(new SortedDocValuesField(Schema.BLOCK_LANGUAGE, new BytesRef(language == null ? "" : language)));
        return d;
    }

    private Document statementDocument(Statement s, String contentHash) throws IOException {
        Document d = new Document();
        d.add(new StringField(Schema.TYPE, s.type(), Field.Store.YES));
        d.add(new StringField(Schema.ID, s.id(), Field.Store.YES));
        d.add(new StringField(Schema.ARTICLE_ID, s.articleId(), Field.Store.YES));
        d.add(new StoredField(Schema.CONTENT_HASH, contentHash));
        storeIfPresent(d, Schema.QUOTE_ID, s.quoteId());

        addText(d, s.text() == null ? "" : s.text(), s.language(), STORED_TEXT);
        if (s.span() != null) {
            d.add(new StoredField(Schema.SPAN_START, s.span().start()));
            d.add(new StoredField(Schema.SPAN_END, s.span().end()));
        }

        SpeakerInfo sp = s.speaker();
        if (sp != null) {
            storeIfPresent(d, Schema.SPEAKER_ID, sp.id());
            if (sp.name() != null) {
                d.add(new StoredField(Schema.SPEAKER_NAME, sp.name()));
                d.add(new StringField(Schema.SPEAKER_KEY, speakerKey(sp.name()), Field.Store.NO));
                d.add(new TextField(Schema.SPEAKER_TEXT, sp.name(), Field.Store.NO));
            }
            for (String role : sp.roles()) {
                d.add(new StoredField(Schema.SPEAKER_ROLE, role));
            }
        }
        if (s.kind() != null) {
            d.add(new StringField(Schema.KIND, s.kind(), Field.Store.YES));
        }
        storeIfPresent(d, Schema.CUE, s.cue());
        if (s.language() != null) {
            d.add(new StringField(Schema.LANGUAGE, s.language(), Field.Store.YES));
        }

        SourceInfo src = s.source();
        storeIfPresent(d, Schema.SOURCE_PATH, src.path());
        for (String p : src.paths()) {
            d.add(new StringField(Schema.PATH, p, Field.Store.YES));
        }
        storeIfPresent(d, Schema.URL, src.url());
        storeIfPresent(d, Schema.TITLE, src.title());
        storeIfPresent(d, Schema.SITE, src.site());
        if (src.published() != null) {
            d.add(new StoredField(Schema.PUBLISHED_TEXT, src.published()));
            OptionalLong millis = PublishedDates.toEpochMillis(src.published());
            if (millis.isPresent()) {
                d.add(new LongPoint(Schema.PUBLISHED, millis.getAsLong()));
                d.add(new NumericDocValuesField(Schema.PUBLISHED, millis.getAsLong()));
            }
        }

        for (Figure f : s.figures()) {
            addFigure(d, f);
        }

        d.add(new SortedSetDocValuesFacetField(Schema.FACET_TYPE, s.type()));
        d.add(new SortedSetDocValuesFacetField(Schema.FACET_SPEAKER, orMissing(sp == null ? null : sp.name())));
        d.add(new SortedSetDocValuesFacetField(Schema.FACET_LANGUAGE, orMissing(s.language())));
        d.add(new SortedSetDocValuesFacetField(Schema.FACET_KIND, orMissing(s.kind())));
        d.add(new SortedSetDocValuesFacetField(Schema.FACET_SOURCE, orMissing(SourceFacets.outlet(src))));
        d.add(new SortedSetDocValuesFacetField(Schema.FACET_MONTH, orMissing(SourceFacets.month(src.published()))));
        return facets.build(d);
    }

    /**
     * The neutral text field, and every stemmed one: {@code text} in the statement's own language's, empty in the
     * others. Empty fields index no term, so they match nothing and leave the fields' statistics (and scores) as
     * they were, but every document then has a norm for every text field, and scoring reads norms directly instead
     * of searching a sparse list of the documents that have them.
     */
    private static void addText(Document d, String text, String language, FieldType neutral) {
        d.add(new Field(Schema.TEXT, text, neutral));
        String own = Schema.stemmedTextField(language);
        d.add(new StringField(Schema.TEXT_SCOPE, own == null ? Schema.SCOPE_NEUTRAL : Schema.languageKey(language),
                Field.Store.NO));
        // Words and phrases run over the neutral field only for neutral-scope statements: those get their own.
        d.add(new Field(Schema.NEUTRAL_WORDS, own == null ? text : "", SEARCH_ONLY));
        d.add(new Field(Schema.pairsField(Schema.NEUTRAL_WORDS), own == null ? text : "", SEARCH_ONLY));
        for (String l : Schema.STEMMED_LANGUAGES) {
            String field = Schema.TEXT_PREFIX + l;
            d.add(new Field(field, field.equals(own) ? text : "", UNSTORED_TEXT));
            d.add(new Field(Schema.pairsField(field), field.equals(own) ? text : "", SEARCH_ONLY));
        }
    }

    private static void addFigure(Document d, Figure f) {
        if (f.value() != null && Double.isFinite(f.value())) {
            // The per-unit field ties unit and value to the same figure: "USD ≥ 1e9" cannot pair a USD
            // figure with the value of a percent figure in the same statement.
            d.add(new DoublePoint(Schema.figureValueField(f.unit()), f.value()));
            d.add(new DoublePoint(Schema.FIGURE_VALUE_ANY, f.value()));
        }
        d.add(new StringField(Schema.FIGURE_UNIT, Schema.unitKey(f.unit()), Field.Store.NO));
        if (f.type() != null) {
            d.add(new StringField(Schema.FIGURE_TYPE, f.type().json(), Field.Store.NO));
        }
        d.add(new StoredField(Schema.FIG_ID, nz(f.id())));
        d.add(new StoredField(Schema.FIG_TYPE, f.type() == null ? "" : f.type().json()));
        d.add(new StoredField(Schema.FIG_TEXT, nz(f.text())));
        d.add(new StoredField(Schema.FIG_VALUE, num(f.value())));
        d.add(new StoredField(Schema.FIG_UNIT, nz(f.unit())));
        d.add(new StoredField(Schema.FIG_QUALIFIER, f.qualifier() == null ? "" : f.qualifier().json()));
        d.add(new StoredField(Schema.FIG_LOW, num(f.low())));
        d.add(new StoredField(Schema.FIG_HIGH, num(f.high())));
        d.add(new StoredField(Schema.FIG_START, f.span() == null ? -1 : f.span().start()));
        d.add(new StoredField(Schema.FIG_END, f.span() == null ? -1 : f.span().end()));
    }

    /** Rebuilds a statement from its stored fields. */
    static Statement statement(Document d) {
        SpeakerInfo speaker = null;
        String name = d.get(Schema.SPEAKER_NAME);
        String speakerId = d.get(Schema.SPEAKER_ID);
        if (name != null || speakerId != null) {
            speaker = new SpeakerInfo(speakerId, name, List.of(d.getValues(Schema.SPEAKER_ROLE)));
        }
        SourceInfo source = new SourceInfo(d.get(Schema.SOURCE_PATH), List.of(d.getValues(Schema.PATH)),
                d.get(Schema.URL), d.get(Schema.TITLE), d.get(Schema.PUBLISHED_TEXT), d.get(Schema.SITE));
        IndexableField start = d.getField(Schema.SPAN_START);
        IndexableField end = d.getField(Schema.SPAN_END);
        Span span = start == null || end == null ? null
                : new Span(start.numericValue().intValue(), end.numericValue().intValue());
        return new Statement(d.get(Schema.ID), d.get(Schema.ARTICLE_ID), d.get(Schema.TYPE), d.get(Schema.KIND),
                d.get(Schema.TEXT), speaker, d.get(Schema.CUE), figures(d), source, d.get(Schema.LANGUAGE), span,
                d.get(Schema.QUOTE_ID));
    }

    private static List<Figure> figures(Document d) {
        String[] ids = d.getValues(Schema.FIG_ID);
        if (ids.length == 0) {
            return List.of();
        }
        String[] types = d.getValues(Schema.FIG_TYPE);
        String[] texts = d.getValues(Schema.FIG_TEXT);
        String[] values = d.getValues(Schema.FIG_VALUE);
        String[] units = d.getValues(Schema.FIG_UNIT);
        String[] quals = d.getValues(Schema.FIG_QUALIFIER);
        String[] lows = d.getValues(Schema.FIG_LOW);
        String[] highs = d.getValues(Schema.FIG_HIGH);
        IndexableField[] starts = d.getFields(Schema.FIG_START);
        IndexableField[] ends = d.getFields(Schema.FIG_END);
        List<Figure> out = new ArrayList<>(ids.length);
        for (int i = 0; i < ids.length; i++) {
            int s = starts[i].numericValue().intValue();
            int e = ends[i].numericValue().intValue();
            out.add(new Figure(ez(ids[i]),
                    types[i].isEmpty() ? null : FigureType.valueOf(types[i].toUpperCase(Locale.ROOT)),
                    ez(texts[i]), s < 0 ? null : new Span(s, e), dbl(values[i]), ez(units[i]),
                    quals[i].isEmpty() ? null : Qualifier.valueOf(quals[i].toUpperCase(Locale.ROOT)),
                    dbl(lows[i]), dbl(highs[i])));
        }
        return out;
    }

    static String speakerKey(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    private static String orMissing(String v) {
        return v == null || v.isBlank() ? Schema.MISSING : v;
    }

    private static void storeIfPresent(Document d, String field, String value) {
        if (value != null) {
            d.add(new StoredField(field, value));
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String ez(String s) {
        return s.isEmpty() ? null : s;
    }

    private static String num(Double v) {
        return v == null ? "" : Double.toString(v);
    }

    private static Double dbl(String s) {
        return s.isEmpty() ? null : Double.valueOf(s);
    }

    private static FieldType textType(boolean stored) {
        FieldType t = new FieldType(TextField.TYPE_STORED);
        t.setStored(stored);
        t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        t.freeze();
        return t;
    }

    private static FieldType searchOnlyType() {
        FieldType t = new FieldType(TextField.TYPE_NOT_STORED);
        t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
        t.freeze();
        return t;
    }
}
