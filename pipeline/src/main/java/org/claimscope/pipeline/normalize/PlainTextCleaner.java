package org.claimscope.pipeline.normalize;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns raw text (from a .txt file or from any parser) into the article text shape: NFC, paragraphs separated by
 * exactly one blank line, single spaces, no caption/credit/"read more" lines, hard-wrapped lines re-joined and
 * sentences glued by a missing space split again. Stateless and thread-safe.
 */
public final class PlainTextCleaner {

    /** Characters that may end a sentence or a paragraph (closing quotes and brackets included). */
    private static final String TERMINAL = ".!?…:\"”»’)]";

    /**
     * Lines that are captions, credits, teasers or ad markers when short and not a sentence. Prefixes in the five
     * target languages; kept general rather than site-specific.
     */
    private static final Pattern BOILERPLATE_PREFIX = Pattern.compile(
            "^[(\\[]?\\s*(?:"
            + "fonte da imagem|fonte da foto|fonte|foto|fotos|fotografia|imagem|imagens|ilustração|reprodução"
            + "|divulgação|crédito|créditos|credito|creditos|legenda|vídeo|video"
            + "|leia também|leia mais|veja também|veja mais|saiba mais|assista|continua depois da publicidade"
            + "|photo|photos|photograph|photography|image|images|picture|pictures|illustration|credit|credits"
            + "|caption|image caption|image copyright|media caption|copyright|source|sources"
            + "|read more|read also|see also|related|more on this|continue reading|watch|listen"
            + "|imagen|imágenes|fuente|fotografía|lee también|lea también|leer más|ver también|relacionado"
            + "|légende|crédit|crédits|source photo|lire aussi|à lire aussi|a lire aussi|voir aussi|en savoir plus"
            + "|bild|bildquelle|quelle|fotos?quelle|lesen sie auch|mehr zum thema|auch interessant"
            + ")\\s*[:|–—-]",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Lines that are nothing but an ad/marker word. */
    private static final Set<String> BOILERPLATE_LINES = Set.of(
            "advertisement", "advertising", "ad", "sponsored", "sponsored content", "publicidade", "anúncio",
            "publicidad", "anuncio", "publicité", "werbung", "anzeige", "continue reading", "continua após a publicidade",
            "continua depois da publicidade", "story continues below advertisement", "skip advertisement",
            "leia também", "leia mais", "veja também", "saiba mais", "read more", "see also", "related",
            "share", "compartilhe", "compartilhar", "partager", "teilen", "compartir");

    private static final Pattern CREDIT_AGENCY = Pattern.compile(
            "^[(\\[]?\\s*(?:©|\\(c\\)|getty images|reuters|afp|ap photo|epa|efe|agência brasil|shutterstock)\\b.*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** A sentence end glued to the next sentence: two lower-case letters/digits, the stop, a capital. */
    private static final Pattern GLUED = Pattern.compile(
            "(?<=[\\p{Ll}\\p{N}][\\p{Ll}\\p{N}%)])([.!?…]+[”»’\"]?)(?=\\p{Lu}(?:\\p{Ll}|\\s))");

    private static final Pattern SPACES = Pattern.compile("[ ]{2,}");

    /** Word pieces that follow a hyphen as a real part of the word (clitics, weekday compounds). */
    private static final Set<String> HYPHEN_KEEPERS = Set.of(
            "se", "me", "te", "lhe", "lhes", "nos", "vos", "o", "a", "os", "as", "lo", "la", "los", "las", "no", "na",
            "feira", "feiras");

    public PlainTextCleaner() {
    }

    /** Cleans a whole text; whether lines are hard-wrapped is decided once for the text. */
    public String clean(String raw) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        List<Line> lines = new ArrayList<>();
        for (String s : normalizeChars(raw).split("\n", -1)) {
            lines.add(Line.of(s));
        }
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).blank() && isBoilerplate(lines.get(i).text)) {
                lines.set(i, Line.BLANK);
            }
        }
        String joinedForLookup = String.join(" ", lines.stream().map(l -> l.text).toList());
        List<String> paragraphs = isHardWrapped(lines)
                ? unwrap(lines, typicalWidth(lines), joinedForLookup)
                : lines.stream().filter(l -> !l.blank()).map(l -> l.text).toList();
        List<String> out = new ArrayList<>();
        for (String p : paragraphs) {
            String fixed = SPACES.matcher(fixGluedSentences(p)).replaceAll(" ").strip();
            if (!fixed.isEmpty()) {
                out.add(fixed);
            }
        }
        return String.join("\n\n", out);
    }

    /** NFC, one kind of newline, plain spaces, no soft hyphens, zero-width or control characters. */
    static String normalizeChars(String raw) {
        String s = Normalizer.normalize(raw, Normalizer.Form.NFC);
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\r') {
                b.append('\n');
                if (i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    i++;
                }
            } else if (c == '\n' || c == '\u2028' || c == '\u2029' || c == '\u000B' || c == '\f' || c == '\u0085') {
                b.append('\n');
            } else if (c == '\t' || Character.getType(c) == Character.SPACE_SEPARATOR) {
                b.append(' ');
            } else if (c == '\u00AD' || c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060'
                    || c == '\uFEFF' || Character.isISOControl(c)) {
                // invisible: drop
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** True for short caption, credit, teaser and ad lines. */
    static boolean isBoilerplate(String line) {
        String t = line.strip();
        String lower = t.toLowerCase(Locale.ROOT).replaceAll("[\\s.:!»›>]+$", "");
        if (BOILERPLATE_LINES.contains(lower)) {
            return true;
        }
        if (t.length() > 160) {
            return false;
        }
        boolean parenthesized = (t.startsWith("(") && t.endsWith(")")) || (t.startsWith("[") && t.endsWith("]"));
        boolean sentence = endsSentence(t) && !parenthesized && t.length() > 60;
        if (sentence) {
            return false;
        }
        return BOILERPLATE_PREFIX.matcher(t).find() || (t.length() <= 80 && CREDIT_AGENCY.matcher(t).matches()
                && !endsSentence(t));
    }

    private static boolean endsSentence(String t) {
        if (t.isEmpty()) {
            return false;
        }
        char last = t.charAt(t.length() - 1);
        return ".!?…\"”»’".indexOf(last) >= 0;
    }

    /**
     * A text is hard-wrapped when many lines that continue into the next line stop mid-sentence. One-line-per-
     * paragraph text nearly always ends its lines with punctuation, so the ratio separates the two cases.
     */
    static boolean isHardWrapped(List<Line> lines) {
        int pairs = 0;
        int midSentence = 0;
        for (int i = 0; i + 1 < lines.size(); i++) {
            Line a = lines.get(i);
            Line b = lines.get(i + 1);
            if (a.blank() || b.blank() || a.text.length() < 25) {
                continue;
            }
            pairs++;
            char last = a.text.charAt(a.text.length() - 1);
            if (TERMINAL.indexOf(last) < 0) {
                midSentence++;
            }
        }
        return midSentence >= 2 && midSentence >= 0.4 * pairs;
    }

    /** The wrap width: the 90th percentile of line lengths. */
    private static int typicalWidth(List<Line> lines) {
        int[] lengths = lines.stream().filter(l -> !l.blank()).mapToInt(l -> l.text.length()).sorted().toArray();
        if (lengths.length == 0) {
            return 0;
        }
        return lengths[Math.min(lengths.length - 1, (int) Math.floor(lengths.length * 0.9))];
    }

    /**
     * Re-joins wrapped lines. A paragraph ends at a blank line, before an indented line, after a clearly short line
     * ending a sentence, or after a very short line (a heading).
     */
    private static List<String> unwrap(List<Line> lines, int width, String wholeText) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.blank()) {
                flush(current, paragraphs);
                continue;
            }
            if (line.indented && current.length() > 0) {
                flush(current, paragraphs);
            }
            appendJoined(current, line.text, wholeText);
            Line next = i + 1 < lines.size() ? lines.get(i + 1) : Line.BLANK;
            int len = line.text.length();
            boolean hyphenated = line.text.endsWith("-");
            boolean endsPara = !hyphenated && !next.blank()
                    && ((len < 0.7 * width && TERMINAL.indexOf(line.text.charAt(len - 1)) >= 0)
                        || len < 0.45 * width);
            if (endsPara) {
                flush(current, paragraphs);
            }
        }
        flush(current, paragraphs);
        return paragraphs;
    }

    private static void flush(StringBuilder current, List<String> paragraphs) {
        if (current.length() > 0) {
            paragraphs.add(current.toString());
            current.setLength(0);
        }
    }

    /** Appends a line to a paragraph, undoing end-of-line hyphenation unless the hyphen belongs to the word. */
    private static void appendJoined(StringBuilder current, String line, String wholeText) {
        if (current.length() == 0) {
            current.append(line);
            return;
        }
        int n = current.length();
        boolean hyphenBreak = n >= 2 && current.charAt(n - 1) == '-' && Character.isLetter(current.charAt(n - 2))
                && !line.isEmpty() && Character.isLowerCase(line.charAt(0));
        if (hyphenBreak) {
            String before = lastWord(current.substring(0, n - 1));
            String after = firstWord(line);
            boolean keepHyphen = HYPHEN_KEEPERS.contains(after.toLowerCase(Locale.ROOT))
                    || wholeText.contains(before + "-" + after + " ") || wholeText.contains(before + "-" + after + ",")
                    || wholeText.contains(before + "-" + after + ".");
            if (!keepHyphen) {
                current.setLength(n - 1);
            }
            current.append(line);
        } else {
            current.append(' ').append(line);
        }
    }

    private static String lastWord(String s) {
        int i = s.length();
        while (i > 0 && Character.isLetter(s.charAt(i - 1))) {
            i--;
        }
        return s.substring(i);
    }

    private static String firstWord(String s) {
        int i = 0;
        while (i < s.length() && Character.isLetter(s.charAt(i))) {
            i++;
        }
        return s.substring(0, i);
    }

    /**
     * Inserts the missing space in "quarta-feira.Ele", leaving URLs, e-mail addresses, domains, file names,
     * initialisms and decimals alone: those either have no lower-case pair before the stop or live in a token
     * that looks like an address.
     */
    static String fixGluedSentences(String text) {
        Matcher m = GLUED.matcher(text);
        StringBuilder b = new StringBuilder();
        int last = 0;
        while (m.find()) {
            if (looksLikeAddress(text, m.start(), m.end())) {
                continue;
            }
            b.append(text, last, m.end()).append(' ');
            last = m.end();
        }
        if (last == 0) {
            return text;
        }
        return b.append(text.substring(last)).toString();
    }

    private static boolean looksLikeAddress(String text, int stopStart, int stopEnd) {
        int s = stopStart;
        while (s > 0 && !Character.isWhitespace(text.charAt(s - 1))) {
            s--;
        }
        int e = stopEnd;
        while (e < text.length() && !Character.isWhitespace(text.charAt(e))) {
            e++;
        }
        String token = text.substring(s, e);
        String rest = text.substring(stopEnd, e).replaceAll("[,;:!?)”»’\"]+$", "");
        return token.contains("://") || token.contains("www.") || token.contains("@") || token.contains("/")
                || token.contains("\\") || rest.matches("[\\p{L}\\p{N}_-]+\\.[\\p{L}\\p{N}].*")
                || rest.matches("(?i)(com|net|org|gov|edu|br|pt|io|ai|pdf|docx?|xlsx?|pptx?|odt|csv|zip|txt|html?|jpe?g|png|gif|mp[34])");
    }

    /** One input line with its indentation remembered (an indent starts a paragraph in wrapped text). */
    record Line(String text, boolean indented) {
        static final Line BLANK = new Line("", false);

        static Line of(String raw) {
            String stripped = raw.strip();
            String collapsed = SPACES.matcher(stripped).replaceAll(" ");
            int lead = 0;
            while (lead < raw.length() && raw.charAt(lead) == ' ') {
                lead++;
            }
            return new Line(collapsed, lead >= 2 && !stripped.isEmpty());
        }

        boolean blank() {
            return text.isEmpty();
        }
    }
}
