package org.claimscope.index;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;

/**
 * Rewrites a conjunction of words, each searched in every language's field ("investir AND capital" is
 * {@code +(text_pt:investir text_en:investir …) +(text_pt:capital text_en:capit …)}), into one conjunction per
 * language, OR-ed ({@code (+text_pt:investir +text_pt:capital) (+text_en:investir +text_en:capit) …}). Every
 * statement holds its words in one language's field only, so both match the same statements with the same scores;
 * but the second lets each conjunction lead with one posting list and skip by its exact block bounds, where the
 * first intersects unions (16 against 3.5 ms on the bench's million quotes). Anything else is left as it is.
 */
final class LanguageSplit {

    private LanguageSplit() {
    }

    /** The per-language form of {@code q}, or {@code q} itself when it is no conjunction of per-language words. */
    static Query split(Query q) {
        if (!(q instanceof BooleanQuery b) || b.getMinimumNumberShouldMatch() != 0) {
            return q;
        }
        Set<String> groups = new LinkedHashSet<>();
        int required = 0;
        for (BooleanClause c : b.clauses()) {
            if (c.occur() == Occur.MUST) {
                required++;
            } else if (c.occur() != Occur.MUST_NOT) {
                return q;
            }
            Set<String> g = groupsOf(c.query());
            if (g == null) {
                return q;
            }
            groups.addAll(g);
        }
        if (required < 2 || groups.size() < 2) {
            return q;
        }
        BooleanQuery.Builder out = new BooleanQuery.Builder();
        for (String group : groups) {
            BooleanQuery.Builder one = new BooleanQuery.Builder();
            boolean possible = true;
            for (BooleanClause c : b.clauses()) {
                Query part = project(c.query(), group);
                if (part == null && c.occur() == Occur.MUST) {
                    possible = false; // a word this language's field never got: no statement of it matches
                    break;
                }
                if (part != null) {
                    one.add(part, c.occur());
                }
            }
            if (possible) {
                out.add(one.build(), Occur.SHOULD);
            }
        }
        return out.build();
    }

    /** The languages of a word's per-language disjunction, or null when {@code q} is not one. */
    private static Set<String> groupsOf(Query q) {
        Set<String> out = new LinkedHashSet<>();
        if (q instanceof BooleanQuery b) {
            if (b.getMinimumNumberShouldMatch() != 0) {
                return null;
            }
            for (BooleanClause c : b.clauses()) {
                String g = c.occur() == Occur.SHOULD ? group(c.query()) : null;
                if (g == null || !out.add(g)) {
                    return null;
                }
            }
            return out.isEmpty() ? null : out;
        }
        String g = group(q);
        return g == null ? null : Set.of(g);
    }

    /** The part of a word's disjunction in one language's field, or null when it has none. */
    private static Query project(Query q, String group) {
        if (!(q instanceof BooleanQuery b)) {
            return group.equals(group(q)) ? q : null;
        }
        List<Query> parts = new ArrayList<>();
        for (BooleanClause c : b.clauses()) {
            if (group.equals(group(c.query()))) {
                parts.add(c.query());
            }
        }
        return parts.size() == 1 ? parts.get(0) : null;
    }

    /**
     * The language whose statements alone hold the field of a word, phrase or synonym query: {@code pt} for
     * {@code text_pt} and its word pairs, {@code neutral} for {@link Schema#NEUTRAL_WORDS}; null for anything else
     * (the neutral field {@link Schema#TEXT}, which every statement has, wildcards, nested queries).
     */
    private static String group(Query q) {
        while (q instanceof BoostQuery bq) {
            q = bq.getQuery();
        }
        String field = switch (q) {
            case TermQuery t -> t.getTerm().field();
            case PhraseQuery p -> p.getField();
            case SynonymQuery s -> s.getField();
            default -> null;
        };
        if (field == null) {
            return null;
        }
        String own = field.startsWith(Schema.pairsField("")) ? field.substring(Schema.pairsField("").length()) : field;
        if (Schema.NEUTRAL_WORDS.equals(own)) {
            return "neutral";
        }
        return own.startsWith(Schema.TEXT_PREFIX) ? own.substring(Schema.TEXT_PREFIX.length()) : null;
    }
}
