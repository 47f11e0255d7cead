package org.claimscope.pipeline.extract;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.claimscope.model.Span;
import org.claimscope.model.SpeakerType;
import org.claimscope.model.StanceKind;
import org.claimscope.pipeline.lang.LanguageResources;
import org.claimscope.pipeline.lang.StanceLexicon;

/**
 * Portuguese stances, read from word forms since Portuguese tokens carry no tags: a subject, a verb of
 * {@code pt/stance-verbs.txt} in any of its third-person forms, then what it attributes. A clause after "que" for any
 * kind ("Economistas esperam que o PIB cresça", "A pesquisa mostra que …"), an infinitive for a belief ("O governo
 * espera arrecadar …"), or the verb's object for a position, a message or evidence that no person gives ("A CNI
 * criticou a alta dos juros", "A Petrobras anunciou um investimento de R$ 10 bilhões"). A verb of saying with a clause
 * is speech and taken before: stances fill what speech leaves.
 */
final class PortugueseStances implements StanceFinder {

    /** Where an object or clause ends: what follows is another clause or an aside. */
    private static final Set<String> CLAUSE_ENDS = Set.of(",", ";", ":", "—", "–", "(", ")");
    /** Adverbs that may stand between the verb and what it attributes ("criticou duramente a medida"). */
    private static final Set<String> ADVERBS = Set.of("também", "ainda", "já", "novamente", "publicamente",
            "abertamente", "duramente", "fortemente", "hoje", "ontem", "agora", "sempre", "não", "nunca");
    /** Words no object starts with: a preposition or a pronoun leaves the verb with no object named. */
    private static final Set<String> NO_OBJECT = Set.of("de", "do", "da", "dos", "das", "em", "no", "na", "nos", "nas",
            "para", "por", "pelo", "pela", "com", "se", "que", "ao", "à", "aos", "às", "e", "ou", "mas", "quando", "como");

    private static final Set<String> ARTICLES = Set.of("o", "a", "os", "as");

    /** "nesta segunda-feira", "na quarta", "em março", "esta semana": when, not what, after the verb. */
    private static final Set<String> TIME_OPENERS = Set.of("nesta", "neste", "nessa", "nesse", "esta", "este", "na", "no",
            "em", "deste", "desta", "desse", "dessa");
    private static final Set<String> TIME_WORDS = Set.of("segunda", "terça", "quarta", "quinta", "sexta", "sábado",
            "domingo", "segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "semana", "manhã",
            "tarde", "noite", "madrugada", "janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
            "setembro", "outubro", "novembro", "dezembro", "ano", "mês", "dia");

    private final DocumentView doc;
    private final SubjectFinder subjects;
    private final TokenPredicates tokens;
    private final StanceLexicon verbs;

    PortugueseStances(DocumentView doc, LanguageResources lex, TokenPredicates tokens, SubjectFinder subjects) {
        this.doc = doc;
        this.tokens = tokens;
        this.subjects = subjects;
        this.verbs = lex.stances();
    }

    @Override
    public StanceVerbs.Found find(int a, int end, List<Span> taken) {
        if (verbs.isEmpty()) {
            return null;
        }
        for (int v = a + 1; v < end - 2; v++) {
            String lemma = verbs.lemmaOfForm(doc.word(v));
            if (lemma == null || nonFinite(doc.lower(v), lemma) || doc.quoteOf(v) >= 0 || doc.token(v).isCapitalized()
                    || StanceVerbs.overlaps(taken, doc.token(v).begin(), doc.token(v).end())) {
                continue;
            }
            for (Map.Entry<String, StanceKind> e : verbs.particles(lemma).entrySet()) {
                StanceVerbs.Found found = attributed(a, v, end, e.getKey(), e.getValue(), taken);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private StanceVerbs.Found attributed(int a, int v, int end, String particle, StanceKind kind, List<Span> taken) {
        int k = afterAdjuncts(v + 1, end);
        k = afterParticle(k, end, particle);
        if (k >= 0) {
            k = afterAdjuncts(k, end);
        }
        if (k < 0 || k >= end) {
            return null;
        }
        boolean clause = "que".equals(doc.lower(k));
        int start;
        if (clause) {
            start = k + 1;
        } else if (kind == StanceKind.BELIEF && infinitive(k)) {
            start = k; // "espera arrecadar R$ 10 bilhões"
        } else if ((kind.takesObject() || kind == StanceKind.EVIDENCE) && objectStarts(k)) {
            start = k;
        } else {
            return null;
        }
        Mention m = subjects.subjectOf(v, a);
        if (m == null) {
            m = subjects.documentOpening(a, v); // "O levantamento do Datafolha mostra que …": Datafolha
        }
        if (m == null) {
            m = subjects.unnamedSubject(a, v);
        }
        if (m == null || m.isZero() || !clause && kind == StanceKind.EVIDENCE && m.type() == SpeakerType.PERSON) {
            return null; // "Ela mostrou serenidade": a person showing something attributes nothing
        }
        int contentEnd = clauseEnd(start, end, taken);
        if (contentEnd - start < 2 || doc.anyQuoted(start, contentEnd)) {
            return null; // a quote in the complement is the direct-quote rules' to attribute
        }
        return new StanceVerbs.Found(new FoundSpeech(start, contentEnd, m, tokens.tokenSpan(v, start)), kind);
    }

    /** Past adverbs and expressions of time: "anunciou nesta segunda-feira (14) a ampliação …". */
    private int afterAdjuncts(int k, int end) {
        while (k < end) {
            if (ADVERBS.contains(doc.lower(k))) {
                k++;
            } else if (k + 1 < end && TIME_OPENERS.contains(doc.lower(k)) && TIME_WORDS.contains(doc.lower(k + 1))) {
                k += 2;
                if (k < end && ("passada".equals(doc.lower(k)) || "passado".equals(doc.lower(k)))) {
                    k++;
                }
                k = Math.min(end, doc.pastDayOfMonth(k));
            } else {
                return k;
            }
        }
        return k;
    }

    /** The token after the particle's words ("votou contra", "votou a favor de"), k itself for none, or -1. */
    private int afterParticle(int k, int end, String particle) {
        if (particle.isEmpty()) {
            return k;
        }
        for (String w : particle.split(" ")) {
            if (k >= end || !w.equals(doc.lower(k))) {
                return -1;
            }
            k++;
        }
        return k;
    }

    /**
     * The infinitive, participle or gerund: "vão pedir", "o comunicado enviado", "divulgado esta terça-feira" take their
     * subject from another verb or none; only finite forms are looked at.
     */
    private static boolean nonFinite(String form, String lemma) {
        return form.equals(lemma) || form.endsWith("ado") || form.endsWith("ido") || form.endsWith("ndo");
    }

    /** A lower-case word ending like an infinitive right after the verb: "espera arrecadar". */
    private boolean infinitive(int k) {
        String w = doc.word(k);
        return w.length() > 4 && !doc.token(k).isCapitalized() && (w.endsWith("ar") || w.endsWith("er")
                || w.endsWith("ir")) && verbs.lemmaOfForm(w) == null;
    }

    /** An object that names something: an article then a word, a number, a name or a noun, no preposition. */
    private boolean objectStarts(int k) {
        String w = doc.lower(k);
        if (DocumentView.isPunct(doc.word(k)) || DocumentView.isQuoteMark(doc.word(k))) {
            return false;
        }
        if (ARTICLES.contains(w)) {
            return k + 1 < doc.size() && !DocumentView.isPunct(doc.word(k + 1)) && !NO_OBJECT.contains(doc.lower(k + 1));
        }
        return !NO_OBJECT.contains(w);
    }

    private int clauseEnd(int from, int end, List<Span> taken) {
        for (int k = from + 1; k < end; k++) {
            if (StanceVerbs.overlaps(taken, doc.token(k).begin(), doc.token(k).end())) {
                return k;
            }
            if (doc.quoteOf(k) < 0 && CLAUSE_ENDS.contains(doc.word(k))) {
                return k;
            }
        }
        return end;
    }

}
