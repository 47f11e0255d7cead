package org.claimscope.pipeline.extract;

import java.util.ArrayList;
import java.util.List;
import org.claimscope.model.Span;

/**
 * Finds quoted stretches of text: any of “ ” " « » „ ‘ ’ marks, quotes that continue into the next
 * paragraph when it reopens with a mark (the news convention of leaving the first paragraph open),
 * and dialogue-dash paragraphs ("— Não vamos ceder — disse o ministro.").
 */
public final class QuoteMarks {

    public List<QuotedSpan> find(String text) {
        List<QuotedSpan> out = new ArrayList<>();
        List<Span> paragraphs = paragraphs(text);
        java.util.Set<Integer> answers = PrintedInterview.answerParagraphs(text, paragraphs);
        java.util.Map<Integer, TranscriptTurns.Label> turns = TranscriptTurns.of(text, paragraphs);
        Pending pending = null;
        for (int pi = 0; pi < paragraphs.size(); pi++) {
            Span p = paragraphs.get(pi);
            int i = p.start();
            TranscriptTurns.Label turn = turns.get(pi);
            if (turn != null) {
                // a speaker's turn in a transcript: it ends whatever quote was open, and its words are the quote
                if (pending != null) {
                    closeAtParagraphEnd(text, pending, out);
                    pending = null;
                }
                int end = p.end();
                while (end > turn.wordsStart() && (Character.isWhitespace(text.charAt(end - 1))
                        || "\"”".indexOf(text.charAt(end - 1)) >= 0)) {
                    end--;
                }
                out.add(new QuotedSpan(p.start(), p.end(), trim(text, turn.wordsStart(), end), true));
                continue;
            }
            if (pending != null) {
                int first = skipSpace(text, i, p.end());
                if (first < p.end() && isOpening(text, first) && family(text, first) == pending.family) {
                    i = first + width(pending.family); // the quote goes on in this paragraph
                } else {
                    closeAtParagraphEnd(text, pending, out);
                    pending = null;
                }
            } else if (startsWithDash(text, p)) {
                i = dialogue(text, p, out);
            } else if (pi > 0 && isAnswer(text, p) && isQuestion(text, paragraphs.get(pi - 1))) {
                int start = skipSpace(text, p.start(), p.end());
                out.add(new QuotedSpan(start, p.end(), trim(text, start + 2, p.end()), true));
                i = p.end(); // "A: …" after "Q: …": the interviewee's words, with no marks
            } else if (answers.contains(pi)) {
                int start = skipSpace(text, p.start(), p.end());
                out.add(new QuotedSpan(start, p.end(), trim(text, start, p.end()), true));
                i = p.end(); // an answer under a plain question line; marks inside are what the interviewee quoted
            }
            while (i < p.end()) {
                char c = text.charAt(i);
                if (pending == null) {
                    if (isOpening(text, i)) {
                        pending = new Pending(i, family(text, i), p.end());
                    }
                } else if (closes(text, i, pending.family, pending.open)) {
                    out.add(new QuotedSpan(pending.open, i, trim(text, pending.open + width(pending.family), i)));
                    pending = null;
                }
                i++;
            }
            if (pending != null) {
                pending.lastParagraphEnd = p.end();
            }
        }
        if (pending != null) {
            closeAtParagraphEnd(text, pending, out);
        }
        out.removeIf(q -> q.content().length() == 0);
        return out;
    }

    /** Paragraphs are separated by one or more line breaks. */
    public static List<Span> paragraphs(String text) {
        List<Span> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                if (i > start && !text.substring(start, i).isBlank()) {
                    out.add(new Span(start, i));
                }
                start = i + 1;
            }
        }
        return out;
    }

    private static final class Pending {
        final int open;
        final char family;
        int lastParagraphEnd;

        Pending(int open, char family, int paragraphEnd) {
            this.open = open;
            this.family = family;
            this.lastParagraphEnd = paragraphEnd;
        }
    }

    /** An unclosed quote that is not continued ends with its paragraph, if it reads like speech. */
    private static void closeAtParagraphEnd(String text, Pending p, List<QuotedSpan> out) {
        Span content = trim(text, p.open + width(p.family), p.lastParagraphEnd);
        String s = content.of(text);
        if (s.split("\\s+").length >= 5) {
            out.add(new QuotedSpan(p.open, p.lastParagraphEnd, content));
        }
    }

    /** "— A — contou. — B.": each stretch opened by a dash is speech; the text between dashes is the cue. */
    private static int dialogue(String text, Span p, List<QuotedSpan> out) {
        int start = skipSpace(text, p.start(), p.end());
        while (start < p.end()) {
            int contentStart = start + 1;
            int close = nextDash(text, contentStart, p.end());
            int end = close < 0 ? p.end() : close;
            Span content = trim(text, contentStart, end);
            if (content.length() > 0) {
                out.add(new QuotedSpan(start, end, content));
            }
            if (close < 0) {
                return p.end();
            }
            // after the cue ("— contou."), a new dash opens more speech
            int reopen = nextDash(text, close + 1, p.end());
            if (reopen < 0 || reopen + 1 >= p.end()) {
                return close + 1;
            }
            start = reopen;
        }
        return p.end();
    }

    /** A paragraph of a printed interview opening with "A:" or "R:" (resposta), an answer. */
    static boolean isAnswer(String text, Span p) {
        return prefixed(text, p, "AR");
    }

    /** A paragraph opening with "Q:" or "P:" (pergunta), a question. */
    static boolean isQuestion(String text, Span p) {
        return prefixed(text, p, "QP");
    }

    private static boolean prefixed(String text, Span p, String letters) {
        int i = skipSpace(text, p.start(), p.end());
        return i + 2 < p.end() && letters.indexOf(text.charAt(i)) >= 0 && text.charAt(i + 1) == ':'
                && Character.isWhitespace(text.charAt(i + 2));
    }

    private static int nextDash(String text, int from, int end) {
        for (int i = from; i < end - 1; i++) {
            char c = text.charAt(i);
            if ((c == '—' || c == '–' || c == '\u2015') && i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean startsWithDash(String text, Span p) {
        int i = skipSpace(text, p.start(), p.end());
        return i + 1 < p.end() && (text.charAt(i) == '—' || text.charAt(i) == '–' || text.charAt(i) == '\u2015')
                && Character.isWhitespace(text.charAt(i + 1));
    }

    /**
     * Two typewriter apostrophes are one double mark (''…'', as some wires and archives render “…”): its own
     * family, two characters wide. Marks that pair otherwise share the opening character's kind.
     */
    private static final char DOUBLE_APOSTROPHE = 'ʺ';

    private static int width(char family) {
        return family == DOUBLE_APOSTROPHE ? 2 : 1;
    }

    private static char family(String text, int i) {
        return text.startsWith("''", i) ? DOUBLE_APOSTROPHE : family(text.charAt(i));
    }

    private static char family(char c) {
        return switch (c) {
            case '“', '”', '„' -> '“';
            case '«', '»' -> '«';
            case '‘', '’', '‚' -> '‘';
            case '\'' -> '\'';
            case '‹', '›' -> '‹';
            default -> '"';
        };
    }

    static boolean isOpening(String text, int i) {
        char c = text.charAt(i);
        char before = i > 0 ? text.charAt(i - 1) : ' ';
        if (text.startsWith("''", i)) {
            char next = i + 2 < text.length() ? text.charAt(i + 2) : ' ';
            // A quote that opens with a quote inside it: '' then ' before a word.
            if (next == '\'' && i + 3 < text.length() && Character.isLetterOrDigit(text.charAt(i + 3))) {
                next = text.charAt(i + 3);
            }
            return (Character.isWhitespace(before) || "([{—–-/".indexOf(before) >= 0 || i == 0)
                    && (Character.isLetterOrDigit(next) || next == '…' || next == '.' || next == '[');
        }
        char after = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
        return switch (c) {
            case '“', '«', '„', '‹' -> !Character.isWhitespace(after);
            // Straight and single marks double as apostrophes and inch signs: only after a boundary.
            case '"', '‘' -> (Character.isWhitespace(before) || "([{—–-/".indexOf(before) >= 0 || i == 0)
                    && (Character.isLetterOrDigit(after) || after == '…' || after == '.');
            // the typewriter apostrophe opens a (British) quote only before a capital: 'We recognise …'
            case '\'' -> (Character.isWhitespace(before) || "([{—–".indexOf(before) >= 0 || i == 0)
                    && Character.isUpperCase(after);
            default -> false;
        };
    }

    /**
     * Edited copy often pairs a curly mark with a straight one (“…," she said); a straight mark closes a curly
     * quote when it is shaped like a closing mark, and ” closes a straight quote that holds no nested “.
     */
    private static boolean closes(String text, int i, char family, int open) {
        char c = text.charAt(i);
        char after = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
        char before = i > 0 ? text.charAt(i - 1) : ' ';
        if (family == DOUBLE_APOSTROPHE) {
            char next = i + 2 < text.length() ? text.charAt(i + 2) : ' ';
            // Three apostrophes close a quote inside the quote first: the double mark is the last two.
            return text.startsWith("''", i) && next != '\'' && !Character.isLetterOrDigit(next);
        }
        return switch (family) {
            case '“' -> c == '”' || c == '“' && !Character.isLetterOrDigit(after)
                    || c == '"' && !Character.isWhitespace(before) && !Character.isLetterOrDigit(after);
            case '«' -> c == '»';
            case '‹' -> c == '›';
            case '‘' -> (c == '’' || c == '\'') && !Character.isLetter(after);
            case '\'' -> c == '\'' && !Character.isLetter(after) && i > 0
                    && (",.!?;:…".indexOf(text.charAt(i - 1)) >= 0 || Character.isLetter(text.charAt(i - 1))
                    && text.charAt(i - 1) != 's');
            default -> (c == '"' || c == '”' && text.lastIndexOf('“', i) < open) && !Character.isLetterOrDigit(after);
        };
    }

    static int skipSpace(String text, int i, int end) {
        while (i < end && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static Span trim(String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return new Span(start, end);
    }
}
