package org.claimscope.pipeline.eval.polnear;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimscope.model.Span;

/**
 * The "full name" of a gold source mention, so that a system which names "Hillary Clinton" for a source annotated
 * as "Clinton" or "she" is right. The rule:
 * <ol>
 * <li>Names in the article are maximal runs of PERSON or ORGANIZATION tokens in the corpus's own CoreNLP XML
 * (when an article has none, maximal runs of capitalized words not at a sentence start).</li>
 * <li>The source's name is the first PERSON run inside the source span, else the first ORGANIZATION run; a name
 * followed by a possessive ("Carter’s press secretary, Peter Cook") or by a noun it modifies ("Cruz spokesman Rick
 * Tyler") is used only when there is no other; titles the tagger put in a name ("Mr.", "Sen.") are not part of it.</li>
 * <li>If the source span holds no name (a pronoun, "the campaign"), the corpus's coreference chain with the mention
 * overlapping the source span most is followed: the name in its representative mention, else in its first other
 * mention that holds one (for he/she/I/him/her/me/his/my only a PERSON name).</li>
 * <li>The full name is, among the article's names of the same type that end with the source name's last word
 * (PERSON) or contain all its words (ORGANIZATION), the most frequent one of two or more words (ties: longest,
 * then first); else the source name itself.</li>
 * </ol>
 */
public final class FullNames {

    /** A name in the article. */
    public record Name(Span span, String type, String text) {
        List<String> words() {
            return List.of(text.split("\\s+"));
        }
    }

    private static final Pattern CAPITALIZED = Pattern.compile(
            "\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:\\p{Lu}[\\p{L}'’.-]*|de|van|von|bin|al-|la|del))*");
    private static final Set<String> NOT_NAMES = Set.of("The", "A", "An", "He", "She", "It", "They", "We", "I",
            "In", "On", "At", "But", "And", "This", "That", "Mr.", "Mrs.", "Ms.", "Sen.", "Rep.", "Gov.", "Dr.");

    /**
     * Titles the tagger sometimes includes in a PERSON run ("Mr. Trump"); they are not part of the name, or "Mr. Trump",
     * being two words, would be the full name of every "Trump" in place of "Donald J. Trump".
     */
    private static final Set<String> TITLES = Set.of("Mr.", "Mrs.", "Ms.", "Miss", "Dr.", "Prof.", "Professor",
            "Sen.", "Senator", "Rep.", "Representative", "Gov.", "Governor", "Mayor", "Alderman", "President",
            "Judge", "Justice", "Gen.", "Rev.", "Secretary");

    /** Pronouns that refer to a person: their chain must lead to a PERSON name. */
    private static final Set<String> PERSONAL = Set.of("he", "she", "i", "him", "her", "me", "his", "my");

    private final String text;
    private final CoreNlpXml xml;
    private final List<Name> names;

    public FullNames(String text, CoreNlpXml xml) {
        this.text = text;
        this.xml = xml;
        List<Name> found = xml == null ? List.of() : nerRuns(text, xml);
        this.names = found.isEmpty() ? capitalizedRuns(text) : found;
    }

    public List<Name> names() {
        return names;
    }

    /** The name inside {@code source} (directly, or through the coreference chain), if any. */
    public Optional<Name> sourceName(Span source) {
        Optional<Name> direct = nameIn(source);
        if (direct.isPresent() || xml == null) {
            return direct;
        }
        CoreNlpXml.Mention best = null;
        List<CoreNlpXml.Mention> bestChain = null;
        int bestOverlap = 0;
        for (List<CoreNlpXml.Mention> chain : xml.chains()) {
            for (CoreNlpXml.Mention m : chain) {
                if (xml.valid(m)) {
                    int o = xml.span(m).overlap(source);
                    if (o > bestOverlap) {
                        bestOverlap = o;
                        best = m;
                        bestChain = chain;
                    }
                }
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        boolean person = PERSONAL.contains(source.of(text).trim().toLowerCase(java.util.Locale.ROOT));
        List<CoreNlpXml.Mention> ordered = new ArrayList<>(bestChain);
        ordered.sort(Comparator.comparing((CoreNlpXml.Mention m) -> !m.representative()));
        for (CoreNlpXml.Mention m : ordered) {
            if (m != best && xml.valid(m)) {
                Optional<Name> n = nameIn(xml.span(m));
                if (n.isPresent() && (!person || "PERSON".equals(n.get().type()))) {
                    return n;
                }
            }
        }
        return Optional.empty();
    }

    /** The full name for {@code source}, or empty when the source has no name. */
    public Optional<String> fullName(Span source) {
        return sourceName(source).map(this::fullName);
    }

    String fullName(Name name) {
        List<String> words = name.words();
        String last = words.getLast();
        Map<String, Integer> counts = new HashMap<>();
        for (Name n : names) {
            if (!n.type().equals(name.type())) {
                continue;
            }
            List<String> w = n.words();
            boolean fits = "PERSON".equals(name.type()) ? w.getLast().equals(last) : w.containsAll(words);
            if (fits && w.size() >= 2) {
                counts.merge(n.text(), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream()
                .max(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
                        .thenComparingInt(e -> e.getKey().length())
                        .thenComparing(Comparator.comparingInt((Map.Entry<String, Integer> e) -> firstIndex(e.getKey())).reversed()))
                .map(Map.Entry::getKey)
                .orElse(name.text());
    }

    private int firstIndex(String name) {
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).text().equals(name)) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }

    /** The first PERSON name in {@code span}, else the first ORGANIZATION; possessors ("Carter’s") come last. */
    private Optional<Name> nameIn(Span span) {
        Name best = null;
        int bestRank = Integer.MAX_VALUE;
        for (Name n : names) {
            if (span.contains(n.span())) {
                int rank = ("PERSON".equals(n.type()) ? 0 : 1) + (possessive(n) || modifier(n, span) ? 2 : 0);
                if (rank < bestRank) {
                    best = n;
                    bestRank = rank;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * A name that modifies a noun after it within the source ("Clinton campaign manager Robby Mook", "Cruz spokesman
     * Rick Tyler"): the source is the person named later, not the one the noun phrase is about.
     */
    private boolean modifier(Name n, Span source) {
        int e = n.span().end();
        return e + 1 < source.end() && text.charAt(e) == ' ' && Character.isLowerCase(text.charAt(e + 1));
    }

    private boolean possessive(Name n) {
        int e = n.span().end();
        return text.startsWith("’s", e) || text.startsWith("'s", e) || text.startsWith("’ ", e)
                || n.text().endsWith("’s") || n.text().endsWith("'s");
    }

    private static List<Name> nerRuns(String text, CoreNlpXml xml) {
        List<Name> out = new ArrayList<>();
        for (List<CoreNlpXml.Tok> sentence : xml.sentences()) {
            int i = 0;
            while (i < sentence.size()) {
                String type = sentence.get(i).ner();
                if (!type.equals("PERSON") && !type.equals("ORGANIZATION")) {
                    i++;
                    continue;
                }
                int j = i;
                while (j + 1 < sentence.size() && sentence.get(j + 1).ner().equals(type)) {
                    j++;
                }
                int first = i;
                while (first < j && TITLES.contains(sentence.get(first).word())) {
                    first++;
                }
                int b = sentence.get(first).begin();
                int e = sentence.get(j).end();
                if (b >= 0 && e <= text.length() && b < e) {
                    out.add(new Name(new Span(b, e), type, text.substring(b, e).replaceAll("\\s+", " ")));
                }
                i = j + 1;
            }
        }
        return out;
    }

    private static List<Name> capitalizedRuns(String text) {
        List<Name> out = new ArrayList<>();
        Matcher m = CAPITALIZED.matcher(text);
        while (m.find()) {
            String s = m.group();
            int b = m.start();
            int e = m.end();
            while (s.endsWith(".") || s.endsWith("'") || s.endsWith("’")) {
                s = s.substring(0, s.length() - 1);
                e--;
            }
            String first = s.split("\\s+")[0];
            if (NOT_NAMES.contains(first) && !s.contains(" ")) {
                continue;
            }
            if (TITLES.contains(first) && s.contains(" ")) {
                int cut = s.indexOf(' ');
                b += cut + 1;
                s = s.substring(cut + 1).strip();
            }
            out.add(new Name(new Span(b, e), "PERSON", s.replaceAll("\\s+", " ")));
        }
        return out;
    }
}
