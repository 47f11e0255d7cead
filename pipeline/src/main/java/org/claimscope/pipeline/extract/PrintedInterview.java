package org.claimscope.pipeline.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.claimscope.model.Span;

/**
 * Printed interviews whose questions are plain lines (set in bold on the page, which plain text loses): after a
 * paragraph that announces an interview ("The interview has been edited for length", "Três perguntas para X"),
 * short paragraphs ending in "?" are the outlet's questions and the paragraphs under them the interviewee's
 * answers, without quote marks. Two question-and-answer pairs at least; rhetorical questions in ordinary prose
 * have no announcement before them.
 */
final class PrintedInterview {

    /** Words that announce an interview in the paragraph before its first question (en, pt, es). */
    private static final Pattern ANNOUNCED = Pattern.compile("\\b(?:interview|interviewed|q&a|edited for length"
            + "|spoke with|sat down with|talked with|questions for|entrevista|entrevistado|entrevistada|perguntas"
            + "|preguntas|conversou com|conversó con)\\b");
    private static final int MAX_QUESTION_WORDS = 40;

    private PrintedInterview() {
    }

    /** Indexes of the paragraphs that are answers of an announced interview with plain question lines. */
    static Set<Integer> answerParagraphs(String text, List<Span> paragraphs) {
        Set<Integer> answers = new HashSet<>();
        int first = firstQuestion(text, paragraphs);
        if (first < 0) {
            return answers;
        }
        int pairs = 0;
        for (int pi = first + 1; pi < paragraphs.size(); pi++) {
            Span p = paragraphs.get(pi);
            if (isQuestion(text, p)) {
                continue;
            }
            int start = QuoteMarks.skipSpace(text, p.start(), p.end());
            if (start >= p.end() || QuoteMarks.isOpening(text, start) || "—–-".indexOf(text.charAt(start)) >= 0) {
                continue; // marked speech keeps its own attribution
            }
            if (isQuestion(text, paragraphs.get(pi - 1))) {
                pairs++;
            }
            answers.add(pi);
        }
        return pairs >= 2 ? answers : Set.of();
    }

    /** Index of the first plain question right after an announcing paragraph (or one further back), or -1. */
    static int firstQuestion(String text, List<Span> paragraphs) {
        for (int pi = 1; pi < paragraphs.size(); pi++) {
            if (isQuestion(text, paragraphs.get(pi)) && (announces(text, paragraphs.get(pi - 1))
                    || pi > 1 && announces(text, paragraphs.get(pi - 2)))) {
                return pi;
            }
        }
        return -1;
    }

    /** A short paragraph without quote marks that ends in a question mark. */
    static boolean isQuestion(String text, Span p) {
        String s = p.of(text).strip();
        if (s.isEmpty() || s.charAt(s.length() - 1) != '?' || s.split("\\s+").length > MAX_QUESTION_WORDS) {
            return false;
        }
        for (int i = p.start(); i < p.end(); i++) {
            if (QuoteMarks.isOpening(text, i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean announces(String text, Span p) {
        return ANNOUNCED.matcher(p.of(text).toLowerCase(Locale.ROOT)).find();
    }
}
