package org.claimscope.pipeline.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.claimscope.pipeline.lang.LanguageResources;

/**
 * What the parts of speaker resolution share for one article: the document and its lexicons, and the
 * entities and resolved mentions that {@link SpeakerResolver} fills in as it reads. Every part reads and adds
 * to the same lists, so a mention one part resolves is an antecedent for the others.
 */
abstract class ResolverPart {

    final DocumentView doc;
    final MentionParser np;
    final LanguageResources lex;
    /** Every person or organization of the article, named or known only by role. */
    final List<Entity> entities;
    /** Name mentions in text order, each with its entity. */
    final List<Mention> names;
    final Map<Mention, Entity> entityOf;
    /** Every mention resolved so far, in text order, for pronouns to look back on. */
    final List<Resolved> resolved;

    record Resolved(Mention mention, Entity entity) {
    }

    /** The first part of an article's resolution: nothing found yet. */
    ResolverPart(DocumentView doc, MentionParser np, LanguageResources lex) {
        this.doc = doc;
        this.np = np;
        this.lex = lex;
        this.entities = new ArrayList<>();
        this.names = new ArrayList<>();
        this.entityOf = new HashMap<>();
        this.resolved = new ArrayList<>();
    }

    /** Another part of the same resolution: the same article, entities and mentions. */
    ResolverPart(ResolverPart shared) {
        this.doc = shared.doc;
        this.np = shared.np;
        this.lex = shared.lex;
        this.entities = shared.entities;
        this.names = shared.names;
        this.entityOf = shared.entityOf;
        this.resolved = shared.resolved;
    }
}
