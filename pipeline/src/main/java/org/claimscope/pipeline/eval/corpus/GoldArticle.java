package org.claimscope.pipeline.eval.corpus;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** One gold annotation file of {@code corpus/gold/} (format documented in corpus/README.md). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record GoldArticle(String file, String language, String variant, String split, String title,
                          List<GoldQuote> quotes, List<GoldSpeaker> speakers, List<String> notSpeakers,
                          List<GoldFigure> figures) {

    public GoldArticle {
        quotes = quotes == null ? List.of() : quotes;
        speakers = speakers == null ? List.of() : speakers;
        notSpeakers = notSpeakers == null ? List.of() : notSpeakers;
        figures = figures == null ? List.of() : figures;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record GoldQuote(String kind, String speaker, String text) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record GoldSpeaker(String name, String type, List<String> roles) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record GoldFigure(String text, String type, Double value, String unit, String qualifier, Double low,
                             Double high) {
    }
}
