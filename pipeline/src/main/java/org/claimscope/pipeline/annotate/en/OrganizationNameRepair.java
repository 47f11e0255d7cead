package org.claimscope.pipeline.annotate.en;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.claimscope.pipeline.lang.WordList;

/**
 * Trims words the CRF glues to the front of an organization's name, so that the speaker comes out as the
 * article's other mentions name it: the country that owns a public body ("Dravinia’s Foreign Ministry" is the
 * Foreign Ministry, as with any country the tagger knows), and a descriptor that labels a company at the start
 * of a sentence ("Developer Southerly Renewables says").
 */
public final class OrganizationNameRepair extends TagRepair {

    /** Institution nouns that also head company names ("McDonald’s Corporation"): no owner is split off them. */
    private static final Set<String> CORPORATE = Set.of("corporation", "exchange", "company", "group");

    private final WordList institutionNouns;
    private final WordList companyNouns;
    private final WordList descriptors;
    private final WordList roleHeads;

    public OrganizationNameRepair(WordList institutionNouns, WordList companyNouns, WordList descriptors,
            WordList roleHeads) {
        this.institutionNouns = institutionNouns;
        this.companyNouns = companyNouns;
        this.descriptors = descriptors;
        this.roleHeads = roleHeads;
    }

    /** One word with a capital inside it: "FasalSetu", "PayNest". */
    private static final java.util.regex.Pattern CAMEL_CASE = java.util.regex.Pattern.compile("\\p{Lu}\\p{Ll}+\\p{Lu}\\w*");

    @Override
    public void annotate(Annotation doc) {
        Set<String> untaggedCompanies = new java.util.HashSet<>();
        for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> t = s.get(CoreAnnotations.TokensAnnotation.class);
            splitOwners(t);
            trimOpeningDescriptor(t);
            splitHomeTown(t);
            joinInstitutionName(t);
            untaggedCompanies.addAll(camelCaseAfterOrganizationNoun(t));
        }
        for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            for (CoreLabel w : s.get(CoreAnnotations.TokensAnnotation.class)) {
                if ("O".equals(w.ner()) && untaggedCompanies.contains(w.word())) {
                    w.setNER(ORG);
                }
            }
        }
    }

    /**
     * "agritech startup FasalSetu": a one-word camel-case name the CRF left untagged, right after a noun that says
     * what kind of organization it is, is an organization wherever the article uses it.
     */
    private Set<String> camelCaseAfterOrganizationNoun(List<CoreLabel> t) {
        Set<String> out = new java.util.HashSet<>();
        for (int i = 1; i < t.size(); i++) {
            String before = t.get(i - 1).word();
            boolean noun = !before.isEmpty() && Character.isLowerCase(before.charAt(0))
                    && (institutionNouns.contains(before) || companyNouns.contains(before) || descriptors.contains(before));
            if (noun && "O".equals(t.get(i).ner()) && CAMEL_CASE.matcher(t.get(i).word()).matches()) {
                out.add(t.get(i).word());
            }
        }
        return out;
    }

    /** Capitalized and, where the tagger has run, tagged a proper noun ("We" opening a quote is not). */
    private static boolean properNoun(CoreLabel t) {
        return capitalized(t) && (t.tag() == null || t.tag().startsWith("NNP"));
    }

    /** Bodies named for what they look into: "the Royal Commission into …", "the Special Inquiry into …". */
    private static final Set<String> INQUIRIES = Set.of("inquiry", "commission", "review", "investigation", "taskforce");

    /** Words that join the parts of an institution's name: "Council on Foreign Relations", "Ways and Means". */
    private static final Set<String> NAME_JOINERS = Set.of("of", "on", "for", "and", "&");

    /**
     * "the Center on Budget and Policy Priorities", "the Office for Budget Responsibility": a capitalized institution
     * noun, "of", "on" or "for", then capitalized words. The CRF often tags only the last words, or none; the whole
     * name is the organization. Taken when "the" comes before it or the CRF tagged part of it as an organization.
     */
    private void joinInstitutionName(List<CoreLabel> t) {
        for (int h = 0; h + 2 < t.size(); h++) {
            CoreLabel head = t.get(h);
            String joiner = t.get(h + 1).word();
            boolean into = "into".equals(joiner) && INQUIRIES.contains(head.word().toLowerCase(Locale.ROOT));
            if (!capitalized(head) || !(into || institutionNouns.contains(head.word().toLowerCase(Locale.ROOT)))
                    || !(into || "of".equals(joiner) || "on".equals(joiner) || "for".equals(joiner))
                    || "PERSON".equals(head.ner())) {
                continue;
            }
            int start = h;
            while (start > 1 && properNoun(t.get(start - 1)) && !"PERSON".equals(t.get(start - 1).ner())) {
                start--; // "the American Enterprise Institute for …" (never the sentence's first word)
            }
            int end = h + 1; // exclusive; grows over joiner + capitalized word pairs
            int k = h + 1;
            while (k + 1 < t.size() && (NAME_JOINERS.contains(t.get(k).word()) || into && k == h + 1)) {
                boolean and = "and".equals(t.get(k).word()) || "&".equals(t.get(k).word());
                if (and && ORG.equals(t.get(k - 1).ner()) && ORG.equals(t.get(k + 1).ner()) && !ORG.equals(t.get(k).ner())) {
                    break; // "the Department of Energy and Exxon Mobil": the CRF saw two organizations
                }
                int w = k + 1;
                if ("the".equals(t.get(w).word()) && !"and".equals(t.get(k).word()) && w + 1 < t.size()) {
                    w++; // "Committee on the Budget"
                }
                if (!properNoun(t.get(w)) || "PERSON".equals(t.get(w).ner())) {
                    break;
                }
                while (w < t.size() && (properNoun(t.get(w)) || sameEntityGoesOn(t, w)) && !"PERSON".equals(t.get(w).ner())) {
                    w++;
                }
                end = w;
                k = w;
            }
            if (end <= h + 1) {
                continue;
            }
            boolean tagged = false;
            for (int i = start; i < end; i++) {
                tagged |= ORG.equals(t.get(i).ner());
            }
            boolean definite = start > 0 && "the".equalsIgnoreCase(t.get(start - 1).word());
            if (tagged || definite) {
                for (int i = start; i < end; i++) {
                    t.get(i).setNER(ORG);
                }
            }
            h = end - 1;
        }
    }

    /** A capitalized word the CRF put in the same entity as the word before ("Carrick/LOCATION Valley Fires/NNS"). */
    private static boolean sameEntityGoesOn(List<CoreLabel> t, int w) {
        String ner = t.get(w).ner();
        return w > 0 && capitalized(t.get(w)) && ner != null && !"O".equals(ner) && ner.equals(t.get(w - 1).ner());
    }

    /** "Dravinia ’s Foreign Ministry" tagged as one organization: the owner is a place, the rest the body. */
    private void splitOwners(List<CoreLabel> t) {
        for (int[] run : organizationRuns(t)) {
            int i = run[0];
            int end = run[1];
            for (int p = i + 1; p + 1 < end; p++) {
                // not an office named for its holder: "the County Sheriff’s Office", "District Attorney’s Office"
                boolean holder = roleHeads.contains(t.get(p - 1).word().toLowerCase(Locale.ROOT));
                if (isPossessive(t.get(p).word()) && !holder && capitalized(t.get(p + 1))
                        && headsInstitution(t, p + 1, end)) {
                    for (int k = i; k < p; k++) {
                        t.get(k).setNER("LOCATION");
                    }
                    t.get(p).setNER("O");
                    break;
                }
            }
        }
    }

    /** The [start, end) of every run of organization tokens, found before any is changed. */
    private static List<int[]> organizationRuns(List<CoreLabel> t) {
        List<int[]> runs = new java.util.ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            if (ORG.equals(t.get(i).ner())) {
                int end = i;
                while (end < t.size() && ORG.equals(t.get(end).ner())) {
                    end++;
                }
                runs.add(new int[] {i, end});
                i = end - 1;
            }
        }
        return runs;
    }

    /**
     * "Halberd Biosciences of Cambridge, Massachusetts": a company, then where it is, when a place follows the comma;
     * not "Bank of Canada" or "University of Cambridge, England", whose name ends in an institution noun before "of".
     */
    private void splitHomeTown(List<CoreLabel> t) {
        for (int[] run : organizationRuns(t)) {
            int i = run[0];
            int end = run[1];
            boolean placeAfter = end + 1 < t.size() && ",".equals(t.get(end).word())
                    && "LOCATION".equals(t.get(end + 1).ner());
            for (int of = i + 2; placeAfter && of + 1 < end; of++) {
                if ("of".equals(t.get(of).word())
                        && !institutionNouns.contains(t.get(of - 1).word().toLowerCase(Locale.ROOT))) {
                    t.get(of).setNER("O");
                    for (int k = of + 1; k < end; k++) {
                        t.get(k).setNER("LOCATION");
                    }
                    break;
                }
            }
        }
    }

    /** Some word of the run is an institution noun that is not a company's ("Ministry", "Police", "Office"). */
    private boolean headsInstitution(List<CoreLabel> t, int from, int to) {
        for (int k = from; k < to; k++) {
            String w = t.get(k).word().toLowerCase(Locale.ROOT);
            if (institutionNouns.contains(w) && !companyNouns.contains(w) && !CORPORATE.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** "Developer Southerly Renewables says": a sentence-opening descriptor before a name of two or more words. */
    private void trimOpeningDescriptor(List<CoreLabel> t) {
        if (t.size() < 3 || !ORG.equals(t.get(0).ner()) || !ORG.equals(t.get(1).ner()) || !capitalized(t.get(1))
                || !descriptors.contains(t.get(0).word().toLowerCase(Locale.ROOT))) {
            return;
        }
        t.get(0).setNER("O");
    }

    private static boolean isPossessive(String w) {
        return "’s".equals(w) || "'s".equals(w);
    }
}
