package org.claimscope.index;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import org.claimscope.model.Figure;

/**
 * A quote or claim as one JSON record, the same in exports and in search hits: documented in
 * {@code docs/schema/statement-v1.schema.json} and in package-info, and versioned by its {@code schema} field.
 */
public final class StatementJson {

    /** Names the record's version: bumped when a field is removed, renamed or changes meaning. */
    public static final String SCHEMA = "claimscope/statement/1";

    private StatementJson() {
    }

    /** Writes one record. */
    public static void write(JsonGenerator g, Statement s) throws IOException {
        g.writeStartObject();
        g.writeStringField("schema", SCHEMA);
        g.writeStringField("id", s.id());
        g.writeStringField("articleId", s.articleId());
        g.writeStringField("type", s.type());
        g.writeStringField("kind", s.kind());
        g.writeStringField("text", s.text());
        if (s.speaker() == null) {
            g.writeNullField("speaker");
        } else {
            g.writeObjectFieldStart("speaker");
            g.writeStringField("id", s.speaker().id());
            g.writeStringField("name", s.speaker().name());
            g.writeArrayFieldStart("roles");
            for (String role : s.speaker().roles()) {
                g.writeString(role);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeStringField("cue", s.cue());
        g.writeArrayFieldStart("figures");
        for (Figure f : s.figures()) {
            g.writeObject(f);
        }
        g.writeEndArray();
        g.writeObjectFieldStart("source");
        g.writeStringField("path", s.source().path());
        g.writeArrayFieldStart("paths");
        for (String p : s.source().paths()) {
            g.writeString(p);
        }
        g.writeEndArray();
        g.writeStringField("url", s.source().url());
        g.writeStringField("title", s.source().title());
        g.writeStringField("published", s.source().published());
        g.writeStringField("site", s.source().site());
        g.writeEndObject();
        g.writeStringField("language", s.language());
        if (s.span() == null) {
            g.writeNullField("span");
        } else {
            g.writeArrayFieldStart("span");
            g.writeNumber(s.span().start());
            g.writeNumber(s.span().end());
            g.writeEndArray();
        }
        g.writeStringField("quote", s.quoteId());
        g.writeEndObject();
    }


    /** The record as a tree, for embedding in a larger answer. */
    public static JsonNode tree(ObjectMapper mapper, Statement s) throws IOException {
        try (TokenBuffer buffer = new TokenBuffer(mapper, false)) {
            write(buffer, s);
            return mapper.readTree(buffer.asParser());
        }
    }
}
