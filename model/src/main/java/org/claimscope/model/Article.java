package org.claimscope.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The analysis of one article: the JSON contract of claimscope (see docs/schema). All spans point into {@code text}. */
public record Article(
        @JsonProperty("schema") String schema,
        String id,
        Source source,
        String language,
        String text,
        List<Speaker> speakers,
        List<Quote> quotes,
        List<Stance> stances,
        List<Figure> figures,
        List<Claim> claims) {

    /** Bump on any incompatible change to the JSON; documented in docs/schema/article-v1.schema.json. */
    public static final String SCHEMA = "claimscope/article/1";

    public Article {
        speakers = List.copyOf(speakers);
        quotes = List.copyOf(quotes);
        stances = stances == null ? List.of() : List.copyOf(stances); // absent in JSON written before stances existed
        figures = List.copyOf(figures);
        claims = List.copyOf(claims);
    }
}
