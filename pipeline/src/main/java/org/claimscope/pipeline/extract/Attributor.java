package org.claimscope.pipeline.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.claimscope.pipeline.annotate.Sentence;
import org.claimscope.pipeline.lang.LanguageResources;

/**
 * The attribution rules: which quoted spans are speech, which sentences report speech, and which phrase
 * names the speaker of each. Works on tokens, capitalization and the language's lexicons only: no
 * parser or coreference model is needed. This class runs the rules in order: reported speech sentence by
 * sentence ({@link ReportedSpeech}), then each direct quote ({@link DirectQuoteCues}), then merges the two.
 */
final class Attributor {

    private final DocumentView doc;
    private final MentionParser np;
    private final LanguageResources lex;
    private final TokenPredicates tokens;
    private final SubjectFinder subjects;
    private final ReportedSpeech reportedSpeech;

    Attributor(DocumentView doc, MentionParser np, LanguageResources lex) {
        this.doc = doc;
        this.np = np;
        this.lex = lex;
        this.tokens = new TokenPredicates(doc, np, lex);
        this.subjects = new SubjectFinder(doc, np, lex, tokens);
        this.reportedSpeech = new ReportedSpeech(doc, np, lex, tokens, subjects);
    }

    List<Attribution> attribute() {
        List<Attribution> reported = new ArrayList<>();
        java.util.Map<Integer, Attribution> cuesOfQuotes = new java.util.HashMap<>();
        for (Sentence s : doc.sentences) {
            for (Attribution a : reportedSpeech.reportedSpeech(s)) {
                if (a.quote() >= 0) {
                    cuesOfQuotes.putIfAbsent(a.quote(), a);
                } else {
                    reported.add(a);
                }
            }
        }
        DirectQuoteCues cues = new DirectQuoteCues(doc, np, lex, tokens, subjects, cuesOfQuotes);
        List<Attribution> direct = new ArrayList<>();
        // a stance reports no words: a quote after it does not go on with its source
        List<Attribution> speech = reported.stream().filter(r -> r.stance() == null).toList();
        for (int q = 0; q < doc.quotes.size(); q++) {
            Attribution a = cues.directSpeech(q, speech, direct);
            if (a != null) {
                direct.add(a);
            }
        }
        List<Attribution> all = new ArrayList<>(direct);
        for (Attribution r : reported) {
            if (!coveredByDirect(r, direct)) {
                all.add(r);
            }
        }
        all.sort(Comparator.comparing(Attribution::content));
        return all;
    }

    private static boolean coveredByDirect(Attribution r, List<Attribution> direct) {
        for (Attribution d : direct) {
            if (d.content().overlap(r.content()) * 10 >= r.content().length() * 8) {
                return true;
            }
        }
        return false;
    }
}
