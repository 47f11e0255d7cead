package org.claimscope.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.UncheckedIOException;

/** Reads and writes {@link Article}s as the documented JSON. Thread-safe. */
public final class ArticleJson {

    private final ObjectMapper mapper;

    public ArticleJson(boolean pretty) {
        JsonMapper.Builder b = JsonMapper.builder()
                .serializationInclusion(JsonInclude.Include.ALWAYS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        if (pretty) {
            b.enable(SerializationFeature.INDENT_OUTPUT);
        }
        this.mapper = b.build();
    }

    public String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Article read(String json) {
        try {
            return mapper.readValue(json, Article.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ObjectMapper mapper() {
        return mapper;
    }
}
