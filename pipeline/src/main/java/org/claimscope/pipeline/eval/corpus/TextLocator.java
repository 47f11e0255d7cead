package org.claimscope.pipeline.eval.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimscope.model.Span;

/**
 * Finds gold snippets in normalized text. Gold is written against the source file, so white space
 * (line breaks, paragraph breaks, non-breaking spaces) is matched loosely; each occurrence is used once.
 */
final class TextLocator {

    private final String text;
    private final List<Span> used = new ArrayList<>();

    TextLocator(String text) {
        this.text = text;
    }

    /** Every whole-word occurrence of the snippet, in text order. */
    List<Span> findAll(String snippet) {
        List<Span> all = new ArrayList<>();
        Matcher m = pattern(snippet).matcher(text);
        while (m.find()) {
            all.add(new Span(m.start(), m.end()));
        }
        return all;
    }

    private static Pattern pattern(String snippet) {
        String[] words = snippet.strip().split("\\s+");
        StringBuilder re = new StringBuilder();
        for (String w : words) {
            if (!re.isEmpty()) {
                re.append("\\s+");
            }
            re.append(Pattern.quote(w));
        }
        return Pattern.compile("(?<![\\p{L}\\p{N}])(?<![\\p{N}][.,])" + re + "(?![\\p{L}\\p{N}])");
    }

    Span find(String snippet) {
        String[] words = snippet.strip().split("\\s+");
        StringBuilder re = new StringBuilder();
        for (String w : words) {
            if (!re.isEmpty()) {
                re.append("\\s+");
            }
            re.append(Pattern.quote(w));
        }
        // whole words only: "4 percent" is not inside "3.4 percent"
        String bounded = "(?<![\\p{L}\\p{N}])(?<![\\p{N}][.,])" + re + "(?![\\p{L}\\p{N}])";
        Matcher m = Pattern.compile(bounded).matcher(text);
        Span first = null;
        while (m.find()) {
            Span s = new Span(m.start(), m.end());
            if (first == null) {
                first = s;
            }
            if (!used.contains(s)) {
                used.add(s);
                return s;
            }
        }
        return first;
    }
}
