package org.claimscope.pipeline.extract;

import java.util.Locale;
import org.claimscope.model.Span;
import org.claimscope.model.SpeakerType;
import org.claimscope.pipeline.lang.Gender;
import org.claimscope.pipeline.lang.LanguageResources;

/** What the parts of mention parsing share: the document, its lexicons, and how a token range becomes a mention. */
abstract class ParserPart {

    final DocumentView doc;
    final LanguageResources lex;

    ParserPart(DocumentView doc, LanguageResources lex) {
        this.doc = doc;
        this.lex = lex;
    }

    Mention mention(Mention.Kind kind, int start, int end, SpeakerType type, Mention.Role role,
                    Gender gender) {
        Span span = new Span(doc.token(start).begin(), doc.token(end - 1).end());
        return new Mention(kind, start, end, span, span.of(doc.text), type, role, gender);
    }

    String join(int start, int end) {
        return doc.text.substring(doc.token(start).begin(), doc.token(end - 1).end());
    }

    String joinLower(int start, int end) {
        return join(start, end).toLowerCase(Locale.ROOT);
    }
}
