/**
 * The claimscope index: a Lucene index of quotes and claims, searched with highlighting, facets and figure
 * ranges, and exported as JSON, JSON Lines or CSV. Works only on the {@code org.claimscope.model} records.
 *
 * <h2>Entry points</h2>
 * <ul>
 *   <li>{@link org.claimscope.index.ArticleIndex} — open/create, {@code upsert(article, contentHash, paths)},
 *       {@code delete(articleId)}, {@code deleteByPath(path)}, {@code hashFor(path)}, {@code indexedPaths()},
 *       {@code commit()}.</li>
 *   <li>{@link org.claimscope.index.QuoteSearcher} — {@code search(SearchRequest)} → {@link
 *       org.claimscope.index.SearchResult}; {@code article(id)} rebuilds an article from its stored JSON.</li>
 *   <li>{@link org.claimscope.index.ClaimExporter} — {@code export(request, format, writer)} streams every
 *       match.</li>
 * </ul>
 *
 * <h2>Documents</h2>
 * One document per quote ({@code type=quote}) and per claim ({@code type=claim}), each with its article's
 * metadata, plus one {@code type=article} document holding the article JSON, content hash and paths. All
 * documents of an article share {@code article_id} and are replaced together. Text is indexed three ways:
 * {@code text} (ICU-folded, hyphen-joined, any language), and {@code text_pt} / {@code text_en} (stemmed)
 * for Portuguese and English articles; a query without a language runs over all three. A figure's value is
 * a point in the field of its unit ({@code figure_value.USD}), so a unit and a range always apply to the same
 * figure.
 *
 * <h2>Export record</h2>
 * JSON and JSON Lines write one object per statement (claims unless the request asks for quotes), the same
 * record search hits carry ({@link org.claimscope.index.StatementJson}); its JSON Schema is
 * {@code docs/schema/statement-v1.schema.json}:
 * <pre>{@code
 * {
 *   "schema": "claimscope/statement/1",   // the record's version
 *   "id": "c1",                      // claim, quote (q…) or stance (st…) id, unique within the article
 *   "articleId": "…",
 *   "type": "claim",                 // claim | quote | stance (stances only when the request asks for them)
 *   "kind": "direct",                // direct | indirect | mixed; null for an unattributed claim;
 *                                    // belief | evidence | position | message | question for a stance
 *   "text": "…",
 *   "speaker": {"id": "s1", "name": "Sam Altman", "roles": ["CEO da OpenAI"]},   // or null
 *   "cue": "disse",                  // or null
 *   "figures": [{"id": "f1", "type": "money", "text": "mais de US$ 1 trilhão", "span": [120, 141],
 *                "value": 1.0E12, "unit": "USD", "qualifier": "more_than", "low": 1.0E12, "high": null}],
 *   "source": {"path": "news/a.html", "paths": ["news/a.html"], "url": "…", "title": "…",
 *              "published": "2025-10-08", "site": "…"},   // published as given (ISO 8601) or null; site: the
 *                                                   // publication's name from the page metadata, or null
 *   "language": "pt",                // ISO 639-1 or null
 *   "span": [34, 141],               // [start, end) in the article text (UTF-16 units)
 *   "quote": "q1"                    // for a claim, the quote it restates; else null
 * }
 * }</pre>
 * Figures are written exactly as in the article JSON ({@link org.claimscope.model.Figure}).
 * JSON is one array; JSON Lines is one object per line, each line ending in {@code \n}.
 *
 * <p>CSV (RFC 4180: comma, CRLF, double quotes doubled, header row) has one row per statement with the
 * columns {@link org.claimscope.index.ClaimExporter#CSV_COLUMNS}: {@code id, article_id, type, kind,
 * speaker_id, speaker_name, speaker_roles} (joined by "; "), {@code cue, text, figures} (every figure as
 * "value unit qualifier", joined by "; ", e.g. "1e12 USD more_than; 4.5e9 USD just_over"), {@code
 * figure_value, figure_unit, figure_qualifier, figure_text} (the first figure), {@code language, title, url,
 * path, published, span_start, span_end, quote_id}. Numbers are written short and machine-readable
 * ({@code 1e12}, {@code 4.5e9}, {@code 30}).
 */
package org.claimscope.index;
