package org.claimscope.app;

import java.time.LocalDate;
import org.claimscope.index.SearchRequest;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The query and filters shared by {@code search} and {@code export}. */
final class FilterOptions {

    @Parameters(index = "0", arity = "0..1", paramLabel = "QUERY",
            description = "Lucene query syntax over the statement text (words, \"phrases\", AND/OR/NOT, fuzzy~, "
                    + "wildcards*); omitted or * matches everything.")
    String query;

    @Option(names = "--speaker", paramLabel = "NAME", description = "Only statements of this speaker (full name, "
            + "any case, or words of it).")
    String speaker;

    @Option(names = "--lang", paramLabel = "LANG", description = "Only articles in this language (pt, en, es …).")
    String language;

    @Option(names = "--kind", paramLabel = "KIND", description = "direct, indirect or mixed; with --type stance: "
            + "belief, evidence, position, message or question.")
    String kind;

    @Option(names = "--type", paramLabel = "TYPE", description = "quote, claim or stance (default: quotes "
            + "and claims; stances, which report no words, only when asked for).")
    String type;

    @Option(names = "--unit", paramLabel = "UNIT", description = "Only statements with a figure in this unit "
            + "(USD, BRL, EUR, %% …); --min/--max then apply to that figure.")
    String unit;

    @Option(names = "--min", paramLabel = "X", description = "A figure of at least X (e.g. 1e12); in --unit when given, else in any unit.")
    Double min;

    @Option(names = "--max", paramLabel = "Y", description = "Figure value at most Y.")
    Double max;

    @Option(names = "--since", paramLabel = "DATE", description = "Published on or after DATE (YYYY-MM-DD).")
    LocalDate since;

    @Option(names = "--until", paramLabel = "DATE", description = "Published on or before DATE (YYYY-MM-DD).")
    LocalDate until;

    /** A request with these filters; the caller sets limit, sort and facets. */
    SearchRequest.Builder request() {
        return SearchRequest.builder().query(query).speaker(speaker).language(language).kind(kind).type(type)
                .unit(unit).min(min).max(max).since(since).until(until);
    }
}
