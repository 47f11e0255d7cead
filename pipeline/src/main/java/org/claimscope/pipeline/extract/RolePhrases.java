package org.claimscope.pipeline.extract;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.claimscope.model.SpeakerType;
import org.claimscope.pipeline.lang.Gender;
import org.claimscope.pipeline.lang.LanguageResources;

/**
 * Role phrases: a role head ("director", "Prime Minister") with its coordinated heads and affiliation, an owner's
 * role ("Nvidia's chief executive"), the title at the start of a name run, and the person a role or title introduces.
 */
final class RolePhrases extends ParserPart {

    private final NameRuns names;

    RolePhrases(DocumentView doc, LanguageResources lex, NameRuns names) {
        super(doc, lex);
        this.names = names;
    }

    /**
     * "Gallup’s Jeffrey M. Jones", "Florida’s Rick Wilson", "The Post's Dana Milbank": a capitalized owner (employer,
     * home state) and a possessive, then a person's name: the person is the speaker. Returns the name's first token,
     * or -1.
     */
    int ownedPerson(int j, int limit) {
        int k = j;
        while (k < limit && k < j + 5 && doc.token(k).isCapitalized() && !MentionParser.POSSESSIVE_MARKS.contains(doc.word(k))) {
            k++;
        }
        boolean owner = k > j && k + 1 < limit && MentionParser.POSSESSIVE_MARKS.contains(doc.word(k));
        return owner && "PERSON".equals(names.nerAt(k + 1)) && doc.token(k + 1).isCapitalized() ? k + 1 : -1;
    }

    /**
     * English stacks titles before a name with no article or comma: "Virginia delegate Beau Correll", "former
     * Florida governor Jeb Bush", "Senate minority leader Harry Reid", "Clinton spokesman Brian Fallon". The words
     * from {@code j} (nouns, adjectives, names, holding a role head, which must come after any leading person) up to a
     * person: that person's first token, or -1.
     */
    int titledPerson(int j, int limit) {
        boolean role = false;
        for (int k = j; k < Math.min(limit, j + 7); k++) {
            if ("PERSON".equals(names.nerAt(k))) {
                if (role) {
                    return k;
                }
                if (k > j) {
                    return -1;
                }
                k = names.nameEnd(k, limit) - 1; // "Clinton spokesman Brian Fallon": the first person has the role
                continue;
            }
            int e = roleHeadEnd(k, limit);
            if (e > k) {
                role = true;
                k = e - 1;
                continue;
            }
            String pos = doc.token(k).pos();
            boolean titleWord = pos != null && (pos.startsWith("NN") || pos.equals("JJ") || k == j && pos.equals("VBN"));
            if (!titleWord || DocumentView.isPunct(doc.word(k)) || lex.speech().isSpeechVerb(doc.word(k))) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * The person a role introduces: "a senadora Paula Nogueira", "o director do estudo, Tiago Correia",
     * "A sócia da Northgate responsável pelo negócio, Emily Carter" — a name right after the role, or
     * after the rest of the role phrase and a comma. Returns the name's first token, or -1.
     */
    int nameAfterRole(int k, int limit) {
        if (k < limit && "PERSON".equals(names.nerAt(k))) {
            return k;
        }
        for (int i = k; i < Math.min(limit - 1, k + 10); i++) {
            String w = doc.word(i);
            if (",".equals(w)) {
                // ", ministro Augusto …", ", Dr Fiona …": a title may stand before the name
                int n = i + 1;
                for (int t = 0; t < 2 && n < limit && !"PERSON".equals(names.nerAt(n)); t++) {
                    int e = roleHeadEnd(n, limit);
                    n = e > n ? e : lex.names().honorifics().contains(doc.lower(n)) ? n + 1 : n;
                }
                if (n + 2 < limit && !"PERSON".equals(names.nerAt(n)) && lex.grammar().determiners().contains(doc.lower(n))
                        && !doc.token(n + 1).isCapitalized() && !DocumentView.isPunct(doc.word(n + 1))
                        && "PERSON".equals(names.nerAt(n + 2))) {
                    n += 2; // ", o espanhol Iñaki Robles,": a nationality or other adjective before the name
                }
                return n < limit && "PERSON".equals(names.nerAt(n)) ? n : -1;
            }
            if ("PERSON".equals(names.nerAt(i))) {
                return i; // "o cientista político Paulo Mendes"
            }
            if ("(".equals(w)) {
                while (i < limit - 1 && !")".equals(doc.word(i))) {
                    i++; // "do Sindicato dos Maquinistas (SMF), António …"
                }
                continue;
            }
            if (DocumentView.isPunct(w) && !"&".equals(w) && !"'s".equals(w)) {
                return -1;
            }
        }
        return -1;
    }

    Mention role(int start, int headStart, int headEnd, int limit, String affiliationOverride) {
        Set<String> heads = new LinkedHashSet<>();
        heads.add(lex.sources().canonicalRole(joinLower(headStart, headEnd)));
        int k = headEnd;
        // "CEO e fundador", "chairman and chief executive"
        while (k + 1 < limit && ("e".equals(doc.lower(k)) || "and".equals(doc.lower(k)))) {
            int e = roleHeadEnd(k + 1, limit);
            if (e <= k + 1) {
                break;
            }
            heads.add(lex.sources().canonicalRole(joinLower(k + 1, e)));
            k = e;
        }
        String affiliation = affiliationOverride;
        if (affiliation == null && k + 1 < limit && !doc.token(k).isCapitalized() && !DocumentView.isPunct(doc.word(k))
                && !lex.grammar().affiliationPreps().contains(doc.word(k)) && lex.grammar().affiliationPreps().contains(doc.word(k + 1))
                && !lex.speech().isSpeechVerb(doc.word(k))) {
            k++; // "fonte oficial da ERSAR", "secretária municipal de Educação"
        }
        if (affiliation == null && k < limit && lex.grammar().affiliationPreps().contains(doc.word(k))) {
            int a = k + 1;
            while (a < limit && lex.grammar().determiners().contains(doc.lower(a)) && !names.isNameToken(a)) {
                a++;
            }
            if (a < limit && names.isNameToken(a) && !"LOCATION".equals(names.nerAt(a))) {
                int e = names.nameEnd(a, limit);
                // "ministro das Infraestruturas e Habitação", "Secretary of Energy and Climate"
                while (e + 1 < limit && ("e".equals(doc.lower(e)) || "and".equals(doc.lower(e))) && names.isNameToken(e + 1)) {
                    e = names.nameEnd(e + 1, limit);
                }
                affiliation = join(a, e);
                k = e;
            } else if (a < limit && (lex.sources().orgNouns().contains(doc.word(a)) || Character.isUpperCase(doc.word(a).charAt(0))
                    || Character.isLetter(doc.word(a).charAt(0)) && doc.token(a).isCapitalized())) {
                affiliation = doc.word(a);
                k = a + 1;
            } else if (a < limit && lex.sources().orgNouns().contains(doc.lower(a))) {
                affiliation = doc.word(a);
                k = a + 1;
            }
        }
        String text = doc.text.substring(doc.token(headStart).begin(), doc.token(k - 1).end());
        Gender gender = start < headStart ? lex.grammar().genderOfDeterminer(doc.lower(headStart - 1))
                : Gender.UNKNOWN;
        boolean anonymous = lex.grammar().indefinites().contains(doc.lower(start));
        String whole = text.toLowerCase(Locale.ROOT);
        if (!lex.sources().canonicalRole(whole).equals(whole)) {
            // "chefe do Governo" is one role, a synonym of "primeiro-ministro", not a chief of something
            heads = new LinkedHashSet<>(Set.of(lex.sources().canonicalRole(whole)));
            affiliation = null;
        }
        return mention(Mention.Kind.ROLE, start, k, SpeakerType.PERSON,
                new Mention.Role(text, heads, affiliation == null ? null : affiliation.toLowerCase(Locale.ROOT),
                        anonymous), gender);
    }

    /** "Nvidia's chief executive", "the company's spokesperson". */
    Mention possessiveRole(int start, int ownerEnd, int limit) {
        if (ownerEnd < limit && ("'s".equals(doc.word(ownerEnd)) || "’s".equals(doc.word(ownerEnd)))) {
            int r = roleHeadEnd(ownerEnd + 1, limit);
            // "the SES's regional commander": up to two lower-case modifiers before the role word
            for (int k = ownerEnd + 1; r <= ownerEnd + 1 && k < Math.min(limit - 1, ownerEnd + 3)
                    && isModifier(k); k++) {
                int after = roleHeadEnd(k + 1, limit);
                r = after > k + 1 ? after : r;
            }
            if (r > ownerEnd + 1) {
                int ownerStart = start;
                while (lex.grammar().determiners().contains(doc.lower(ownerStart)) && ownerStart < ownerEnd - 1) {
                    ownerStart++;
                }
                Mention m = role(start, ownerEnd + 1, r, limit, join(ownerStart, ownerEnd));
                Mention.Role withOwner = new Mention.Role(join(ownerStart, m.endToken()), m.role().heads(),
                        m.role().affiliation(), false);
                return new Mention(m.kind(), m.firstToken(), m.endToken(), m.span(), m.text(), m.type(), withOwner,
                        m.gender());
            }
        }
        return null;
    }

    /** A lower-case word that may modify a role noun ("regional", "deputy", "former"), not a verb or function word. */
    private boolean isModifier(int k) {
        String w = doc.word(k);
        String pos = doc.token(k).pos();
        return !w.isEmpty() && Character.isLowerCase(w.charAt(0)) && !DocumentView.isPunct(w)
                && !lex.grammar().stopwords().contains(w) && !lex.speech().isSpeechVerb(w)
                && (pos == null || pos.startsWith("JJ") || pos.startsWith("NN") || pos.startsWith("VBN"));
    }

    private static final Set<String> ROLE_SUFFIXES = Set.of("geral", "chefe", "executivo", "executiva", "adjunto",
            "adjunta", "general", "chief");

    /** A one-word role head: "director", "aide". */
    boolean isRoleWord(String w) {
        return lex.sources().isOneWordRole(w);
    }

    /** End of a title or role word at the start of a name run ("Mayor", "Dr.", "Prime Minister"), or start. */
    int titleEnd(int start, int end) {
        int title = start;
        for (int k = start; k < Math.min(end - 1, start + 3); k++) {
            int r = roleHeadEnd(k, end);
            if (r > k && r < end) {
                title = r; // "Conservative MP Rupert Haile", "Prime Minister Keir Starmer"
            } else if (lex.names().honorifics().contains(doc.lower(k)) && k + 1 < end) {
                title = k + 1;
            }
        }
        return title;
    }

    /** End of the longest role head starting at i, or i when there is none. */
    int roleHeadEnd(int i, int limit) {
        if (i < limit) {
            String w = doc.lower(i);
            int hyphen = w.indexOf('-');
            if (hyphen > 0 && ROLE_SUFFIXES.contains(w.substring(hyphen + 1)) && isRoleWord(w.substring(0, hyphen))) {
                return i + 1; // "coordenador-geral", "editor-chefe"
            }
        }
        int longest = i;
        for (List<String> head : i < limit ? lex.sources().roleHeadsStartingWith(doc.lower(i)) : List.<List<String>>of()) {
            int n = head.size();
            if (i + n > limit || i + n <= longest) {
                continue;
            }
            boolean ok = true;
            for (int k = 0; k < n && ok; k++) {
                ok = head.get(k).equals(doc.lower(i + k));
            }
            if (ok) {
                longest = i + n; // "presidente executivo", not "presidente"
            }
        }
        return longest;
    }
}
