package org.claimscope.index;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.index.StoredFields;
import org.claimscope.model.ArticleJson;
import org.claimscope.model.Figure;

/**
 * Streams every statement matching a request (no cap, in index order) as JSON, JSON Lines or CSV; memory use
 * does not grow with the number of records. A request without a type exports claims (every quote is also a
 * claim). The request's limit, sort and facets are ignored. The record is described in {@code package-info}.
 */
public final class ClaimExporter {

    public enum Format {
        /** One JSON array. */
        JSON,
        /** One JSON object per line. */
        JSONL,
        /** RFC 4180 CSV with a header row. */
        CSV;

        /** "json", "jsonl" (or "ndjson"), "csv", any case. */
        public static Format parse(String name) {
            String n = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
            return switch (n) {
                case "json" -> JSON;
                case "jsonl", "ndjson" -> JSONL;
                case "csv" -> CSV;
                default -> throw new IllegalArgumentException("unknown export format \"" + name
                        + "\" (use json, jsonl or csv)");
            };
        }
    }

    /** CSV header; the order of {@link #csvRow}. */
    public static final List<String> CSV_COLUMNS = List.of("id", "article_id", "type", "kind", "speaker_id",
            "speaker_name", "speaker_roles", "cue", "text", "figures", "figure_value", "figure_unit",
            "figure_qualifier", "figure_text", "language", "title", "url", "path", "published", "span_start",
            "span_end", "quote_id");

    private final QuoteSearcher searcher;
    private final ArticleJson json = new ArticleJson(false);

    public ClaimExporter(QuoteSearcher searcher) {
        this.searcher = searcher;
    }

    /**
     * Writes all matches of {@code request} to {@code out} (which is flushed, not closed).
     *
     * @return the number of records written
     * @throws QuerySyntaxException when the query cannot be parsed
     */
    public long export(SearchRequest request, Format format, Writer out) throws IOException {
        SearchRequest r = request.type() == null ? request.toBuilder().type(Schema.TYPE_CLAIM).build() : request;
        RecordSink sink = switch (format) {
            case JSON -> new JsonSink(out, false);
            case JSONL -> new JsonSink(out, true);
            case CSV -> new CsvSink(out);
        };
        long[] count = {0};
        searcher.withQuery(r, (s, query) -> {
            AllMatches.forEach(s, query, ctx -> {
                StoredFields stored = ctx.reader().storedFields();
                return doc -> {
                    sink.write(StatementDocuments.statement(stored.document(doc)));
                    count[0]++;
                };
            });
            return null;
        });
        sink.finish();
        out.flush();
        return count[0];
    }

    private interface RecordSink {
        void write(Statement s) throws IOException;

        void finish() throws IOException;
    }

    private final class JsonSink implements RecordSink {
        private final JsonGenerator g;
        private final boolean lines;
        private boolean any;

        JsonSink(Writer out, boolean lines) throws IOException {
            this.g = json.mapper().getFactory().createGenerator(out);
            this.g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            this.lines = lines;
            if (lines) {
                g.setRootValueSeparator(new SerializedString("\n"));
            } else {
                g.writeStartArray();
            }
        }

        @Override
        public void write(Statement s) throws IOException {
            StatementJson.write(g, s);
            any = true;
        }

        @Override
        public void finish() throws IOException {
            if (!lines) {
                g.writeEndArray();
                g.writeRaw('\n');
            } else if (any) {
                g.writeRaw('\n');
            }
            g.flush();
        }
    }

    private static final class CsvSink implements RecordSink {
        private final CsvWriter csv;

        CsvSink(Writer out) throws IOException {
            this.csv = new CsvWriter(out);
            csv.row(CSV_COLUMNS.toArray(String[]::new));
        }

        @Override
        public void write(Statement s) throws IOException {
            csv.row(csvRow(s));
        }

        @Override
        public void finish() {
            // nothing buffered
        }
    }

    /** One export record as CSV fields, in {@link #CSV_COLUMNS} order. */
    static String[] csvRow(Statement s) {
        List<String> figs = new ArrayList<>(s.figures().size());
        for (Figure f : s.figures()) {
            figs.add(figureSummary(f));
        }
        Figure first = s.figures().isEmpty() ? null : s.figures().get(0);
        SpeakerInfo sp = s.speaker();
        return new String[] {
            s.id(), s.articleId(), s.type(), s.kind(),
            sp == null ? null : sp.id(), sp == null ? null : sp.name(),
            sp == null ? null : String.join("; ", sp.roles()),
            s.cue(), s.text(), String.join("; ", figs),
            first == null ? null : Numbers.compact(first.value()),
            first == null ? null : first.unit(),
            first == null || first.qualifier() == null ? null : first.qualifier().json(),
            first == null ? null : first.text(),
            s.language(), s.source().title(), s.source().url(), s.source().path(), s.source().published(),
            s.span() == null ? null : Integer.toString(s.span().start()),
            s.span() == null ? null : Integer.toString(s.span().end()),
            s.quoteId()};
    }

    /** "1e12 USD more_than": value, unit and qualifier when known, else the figure's text. */
    static String figureSummary(Figure f) {
        List<String> parts = new ArrayList<>(3);
        if (f.value() != null) {
            parts.add(Numbers.compact(f.value()));
        }
        if (f.unit() != null) {
            parts.add(f.unit());
        }
        if (f.qualifier() != null) {
            parts.add(f.qualifier().json());
        }
        return parts.isEmpty() ? (f.text() == null ? "" : f.text()) : String.join(" ", parts);
    }
}
