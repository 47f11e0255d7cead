package org.claimscope.pipeline.extract;

import java.util.Set;
import org.claimscope.pipeline.lang.LanguageResources;

/**
 * English noun phrases whose head is a person's name after an owner and describing nouns: "Clinton ally James
 * Carville", "Clinton's top foreign policy aide Jake Sullivan", "Republican party boss Reince Priebus", "United
 * Auto Workers Secretary-Treasurer Gary Casteel", "Rubio's deputy campaign manager, Rich Beeson, who …". The name
 * at the end is the speaker, not the owner named first.
 */
final class PremodifiedName {

    /** How far the describing words may run before the name. */
    private static final int MAX_WORDS = 10;

    private final DocumentView doc;
    private final MentionParser np;
    private final LanguageResources lex;

    PremodifiedName(DocumentView doc, MentionParser np, LanguageResources lex) {
        this.doc = doc;
        this.np = np;
        this.lex = lex;
    }

    /**
     * The first token of the person named at the end of the phrase that starts at {@code j} with a capitalized owner,
     * or -1 when the phrase is no such description of a named person.
     */
    int personAt(int j, int limit) {
        int owner = j;
        while (owner < Math.min(limit, j + 2) && "JJ".equals(doc.token(owner).pos()) && !doc.token(owner).isCapitalized()) {
            owner++; // "former Obama adviser David Axelrod", "longtime Clinton friend …"
        }
        if (owner >= limit || !doc.token(owner).isCapitalized() || MentionParser.POSSESSIVE_MARKS.contains(doc.word(owner))) {
            return -1;
        }
        j = owner;
        boolean described = false; // a common noun or a title that says who the person is to the owner
        boolean lastDescribes = false;
        int max = Math.min(limit, j + MAX_WORDS);
        for (int k = j; k < max; k++) {
            String pos = doc.token(k).pos();
            if ("PERSON".equals(np.nerAt(k))) {
                if (described && lastDescribes) {
                    return k;
                }
                k = np.nameEnd(k, limit) - 1; // the owner: "Clinton", "Rep. Duncan Hunter"
                lastDescribes = false;
                continue;
            }
            if (MentionParser.POSSESSIVE_MARKS.contains(doc.word(k)) && k > j) {
                lastDescribes = false;
                continue;
            }
            if (",".equals(doc.word(k))) {
                // "Rubio's deputy campaign manager, Rich Beeson,": the name stands apart and is closed off
                int name = k + 1;
                boolean apposed = described && lastDescribes && name < limit && "PERSON".equals(np.nerAt(name));
                return apposed && closesApposition(np.nameEnd(name, limit), limit) ? name : -1;
            }
            if ("and".equals(doc.lower(k)) && lastDescribes && k + 1 < limit && doc.token(k + 1).isCapitalized()) {
                lastDescribes = false; // "former Pennsylvania Gov. and Democratic National Committee Chairman Ed Rendell"
                continue;
            }
            if (pos == null || DocumentView.isPunct(doc.word(k))) {
                return -1;
            }
            if (doc.token(k).isCapitalized()) {
                // "Secretary-Treasurer", "Rep.", or an untagged word between an organization and a person ("Maricopa
                // County Recorder Helen Purcell"); else part of the owner's name
                lastDescribes = isTitle(k) || untaggedTitle(k, limit);
                described |= lastDescribes;
                continue;
            }
            boolean singularNoun = pos.equals("NN") || pos.equals("JJ") && k + 1 < limit && np.nerAt(k + 1).equals("PERSON");
            if (singularNoun) {
                described = true;
                lastDescribes = true; // "ally", "aide", "boss", "constituent" (tagged JJ before a name)
            } else if (pos.equals("JJ") || pos.equals("NNS") && k + 1 < limit
                    && !doc.token(k + 1).isCapitalized() || "of".equals(doc.lower(k)) && described) {
                lastDescribes = false; // "top", "foreign", "campaign" before the head noun; "chief of staff"
            } else {
                return -1;
            }
        }
        return -1;
    }

    /**
     * The person a role without an article stands in apposition to, when the name opens the clause: "Anthony Anton,
     * president and CEO of the association, stated". Null when the role may be the subject itself ("After meeting
     * Smith, the company's chief executive said").
     */
    Mention nameBeforeRole(Mention role, int floor) {
        int comma = role.firstToken() - 1;
        if (comma - 1 < floor || !",".equals(doc.word(comma)) || !"PERSON".equals(np.nerAt(comma - 1))
                || lex.grammar().determiners().contains(doc.lower(role.firstToken()))) {
            return null;
        }
        int start = comma - 1;
        while (start > floor && "PERSON".equals(np.nerAt(start - 1))) {
            start--;
        }
        boolean opensClause = start == floor || start == doc.sentence(doc.sentenceOf(start)).tokens().get(0).index()
                || DocumentView.isPunct(doc.word(start - 1));
        return opensClause ? np.forward(start, comma) : null;
    }

    /** After an apposed name: a comma, the end of the phrase, or a relative clause about the person. */
    private boolean closesApposition(int end, int limit) {
        if (end >= limit) {
            return true;
        }
        String w = doc.lower(end);
        return ",".equals(w) || ".".equals(w) || lex.grammar().relativePronouns().contains(w);
    }

    /** A capitalized word the NER leaves out, between a named organization or place and a person. */
    private boolean untaggedTitle(int k, int limit) {
        String before = k > 0 ? np.nerAt(k - 1) : "O";
        return "O".equals(np.nerAt(k)) && k + 1 < limit && "PERSON".equals(np.nerAt(k + 1))
                && ("ORGANIZATION".equals(before) || "LOCATION".equals(before));
    }

    /** A title word, also the parts of a compound one: "Secretary-Treasurer", "Vice-Chair". */
    private boolean isTitle(int k) {
        if (np.roleHeadEnd(k, k + 1) > k) {
            return true;
        }
        for (String part : doc.lower(k).split("-")) {
            if (np.isRoleWord(part)) {
                return true;
            }
        }
        return false;
    }
}
