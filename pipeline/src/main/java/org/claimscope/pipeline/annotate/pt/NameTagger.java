package org.claimscope.pipeline.annotate.pt;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.claimscope.pipeline.lang.LanguageResources;

/**
 * Rule-based named-entity tagging for languages without a CoreNLP NER model. Names are runs of
 * capitalized words (joined by "da", "de", "dos" …); a capital that only marks a sentence start counts
 * when the document shows the word capitalized elsewhere or it is a known given name. Runs are typed
 * by given-name and organization lexicons, articles before them ("a Petrobras") and document-wide
 * consistency ("Altman" after "Sam Altman").
 */
public final class NameTagger implements Annotator {

    /** A name whose kind the rules cannot tell: it may be a person or an organization. */
    public static final String UNTYPED = "NAME";

    private static final Set<String> CONNECTORS = Set.of("da", "de", "do", "das", "dos", "di", "del", "van", "von",
            "der", "la", "le", "du");
    /** Words after which a given name names a place: "Santa Maria", "Vila Mariana", "Rua Augusta". */
    private static final Set<String> SAINTS = Set.of("santa", "santo", "são", "san", "dom", "dona", "saint", "st.",
            "vila", "rua", "avenida", "praça", "largo", "bairro", "jardim", "parque", "estação", "hospital", "escola",
            "colégio", "ponte", "porto", "ilha", "serra", "vale", "cidade", "travessa");
    private static final Set<String> CONJUNCTIONS = Set.of("e", "y", "et", "und");
    private static final Set<String> RUN_BREAKERS = Set.of("“", "”", "\"", "«", "»", "„", "‘", "’", ":", "—", "–",
            "-", "(", ")", ",", ";", ".", "!", "?");

    private final LanguageResources lex;
    /** Capitalized words and acronyms that name no one: economic indicators ("Ebitda", "IPCA", "Selic"). */
    private final org.claimscope.pipeline.lang.WordList notNames;

    public NameTagger(LanguageResources lex) {
        this.lex = lex;
        this.notNames = org.claimscope.pipeline.lang.WordList.load(lex.language(), "not-names");
    }

    /** Words after which an unknown name is a place: "em Almada", "no bairro Jardim Leblon". */
    private static final Set<String> PLACE_CUES = Set.of("em", "bairro", "cidade", "município", "concelho", "distrito",
            "freguesia", "região", "estado", "aldeia", "localidade", "comarca", "capital", "vila", "rua", "avenida",
            "barrio", "ciudad", "municipio", "provincia", "comuna", "localidad");

    private record Run(List<CoreLabel> tokens, boolean articleBefore, String next, boolean afterOrgNoun,
                       boolean afterPlaceCue, String previous) {
        String text() {
            StringBuilder sb = new StringBuilder();
            for (CoreLabel t : tokens) {
                if (!sb.isEmpty()) {
                    sb.append(' ');
                }
                sb.append(t.word());
            }
            return sb.toString();
        }
    }

    @Override
    public void annotate(Annotation doc) {
        List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        if (sentences == null) {
            return;
        }
        Set<String> capitalizedMidSentence = new HashSet<>();
        Set<String> lowercaseWords = new HashSet<>();
        for (CoreMap s : sentences) {
            List<CoreLabel> toks = s.get(CoreAnnotations.TokensAnnotation.class);
            for (int i = 0; i < toks.size(); i++) {
                CoreLabel t = toks.get(i);
                t.setNER("O");
                String w = t.word();
                if (isCapitalized(w)) {
                    if (!isInitial(toks, i)) {
                        capitalizedMidSentence.add(w);
                    }
                } else {
                    lowercaseWords.add(w.toLowerCase(Locale.ROOT));
                }
            }
        }
        List<Run> runs = new ArrayList<>();
        for (CoreMap s : sentences) {
            List<CoreLabel> toks = s.get(CoreAnnotations.TokensAnnotation.class);
            markPlaces(toks);
            runs.addAll(findRuns(toks, capitalizedMidSentence, lowercaseWords));
        }
        // Document-wide evidence: surnames of multi-word person names; names seen after an article.
        Set<String> personWords = new HashSet<>();
        Set<String> orgNames = new HashSet<>();
        Map<Run, String> types = new HashMap<>();
        for (Run r : runs) {
            String type = intrinsicType(r);
            types.put(r, type);
            if ("PERSON".equals(type) && r.tokens().size() > 1) {
                for (CoreLabel t : r.tokens()) {
                    if (!CONNECTORS.contains(t.word())) {
                        personWords.add(t.word());
                    }
                }
            }
            if ("ORGANIZATION".equals(type)) {
                orgNames.add(r.text());
            }
        }
        for (Run r : runs) {
            String type = types.get(r);
            if ("LOCATION".equals(type) && r.tokens().size() == 1 && personWords.contains(r.tokens().get(0).word())
                    && (r.next() != null && lex.speech().isSpeechVerb(r.next())
                    || r.previous() != null && lex.speech().isSpeechVerb(r.previous()))) {
                type = "PERSON"; // "diz Lisboa" in an article about Marcelo Lisboa: the surname, not the city
            }
            if (type == null) {
                String text = r.text();
                if (orgNames.contains(text)) {
                    type = "ORGANIZATION";
                } else if (r.tokens().stream().allMatch(t -> personWords.contains(t.word())
                        || CONNECTORS.contains(t.word()))) {
                    type = "PERSON";
                } else {
                    type = NameTagger.UNTYPED;
                }
            }
            for (CoreLabel t : r.tokens()) {
                t.setNER(type);
            }
        }
        for (CoreMap s : sentences) {
            dashedExpansions(s.get(CoreAnnotations.TokensAnnotation.class));
        }
    }

    private static final Set<String> DASHES = Set.of("–", "—", "-");
    /** Words that, with "de" and a place, name a region of it. */
    private static final Set<String> REGIONS = Set.of("sul", "norte", "leste", "oeste", "nordeste", "noroeste",
            "sudeste", "sudoeste", "centro-oeste", "centro-sul", "interior", "litoral", "sur", "este");

    /**
     * "a CP – Comboios de Portugal": after an acronym and a dash, the words whose initials spell it are the
     * organization's name, even where they are words the article also writes in lower case ("comboios").
     */
    private static void dashedExpansions(List<CoreLabel> toks) {
        for (int i = 0; i + 2 < toks.size(); i++) {
            String acronym = toks.get(i).word();
            if (!isAcronym(acronym) || acronym.length() < 2 || !DASHES.contains(toks.get(i + 1).word())) {
                continue;
            }
            StringBuilder initials = new StringBuilder();
            int j = i + 2;
            while (j < toks.size() && initials.length() < acronym.length()) {
                String w = toks.get(j).word();
                if (isCapitalized(w)) {
                    initials.append(w.charAt(0));
                } else if (!CONNECTORS.contains(w) || initials.length() == 0) {
                    break;
                }
                j++;
            }
            if (initials.length() > 1 && initials.toString().equalsIgnoreCase(acronym)) {
                for (int k = i + 2; k < j; k++) {
                    toks.get(k).setNER("ORGANIZATION");
                }
                toks.get(i).setNER("ORGANIZATION");
            }
        }
    }

    /** "São Paulo", "Rio de Janeiro": known places first, so that "Paulo" is not taken for a person. */
    private void markPlaces(List<CoreLabel> toks) {
        List<List<String>> places = lex.names().locationPhrases();
        for (int i = 0; i < toks.size(); i++) {
            if (!isCapitalized(toks.get(i).word())) {
                continue;
            }
            for (List<String> place : places) {
                int n = place.size();
                if (n < 2 || i + n > toks.size()) {
                    continue;
                }
                boolean match = true;
                for (int k = 0; k < n && match; k++) {
                    match = place.get(k).equals(toks.get(i + k).word().toLowerCase(Locale.ROOT));
                }
                if (match) {
                    for (int k = 0; k < n; k++) {
                        toks.get(i + k).setNER("LOCATION");
                    }
                    i += n - 1;
                    break;
                }
            }
        }
    }

    private List<Run> findRuns(List<CoreLabel> toks, Set<String> capitalizedMidSentence, Set<String> lowercaseWords) {
        List<Run> runs = new ArrayList<>();
        int i = 0;
        while (i < toks.size()) {
            if ("LOCATION".equals(toks.get(i).ner()) || !startsName(toks, i, capitalizedMidSentence, lowercaseWords)) {
                i++;
                continue;
            }
            int end = i + 1;
            boolean fieldBeforeName = false;
            while (end < toks.size() && !"LOCATION".equals(toks.get(end).ner())) {
                String w = toks.get(end).word();
                boolean givenName = lex.names().isGivenName(w);
                boolean saint = SAINTS.contains(toks.get(end - 1).word().toLowerCase(Locale.ROOT));
                boolean hasConnector = toks.subList(i, end).stream().anyMatch(t -> CONNECTORS.contains(t.word()));
                if (givenName && !saint && !hasConnector && !isGivenName(toks.get(i).word())) {
                    fieldBeforeName = true; // "professor de Direito Administrativo Nuno Pires": two names
                    break;
                }
                if (end + 3 < toks.size() && isOpeningMark(w) && isNameWord(toks.get(end + 1).word())
                        && isClosingMark(toks.get(end + 2).word()) && isNameWord(toks.get(end + 3).word())) {
                    end += 4; // "Lucas “Foguete” Andrade": a nickname inside the name
                } else if (isNameWord(w)) {
                    end++;
                } else if (isCapitalized(w) && !RUN_BREAKERS.contains(w) && hasOrgWord(toks.subList(i, end))) {
                    end++; // "Agência Executiva de Gestão …", "Comissão Executiva": a role word inside an organization's name
                } else if (CONNECTORS.contains(w) && end + 2 < toks.size() && toks.get(end + 1).word().matches("\\d+[ªºo]")
                        && isNameWord(toks.get(end + 2).word())) {
                    end += 3; // "Tribunal Regional Federal da 1ª Região"
                } else if (CONNECTORS.contains(w) && end + 1 < toks.size() && "LOCATION".equals(toks.get(end + 1).ner())
                        && (hasOrgWord(toks.subList(i, end)) || end - i >= 2 && !isGivenName(toks.get(i).word()))) {
                    // "Defesa Civil de Santa Catarina": two or more name words, then the place they serve
                    end += 2; // "Prefeitura de Belo Horizonte": an organization named after a place
                    while (end < toks.size() && "LOCATION".equals(toks.get(end).ner())) {
                        end++;
                    }
                } else if ((CONNECTORS.contains(w) || ("e".equals(w) || "em".equals(w) || "para".equals(w))
                        && hasOrgWord(toks.subList(i, end))) // "Instituto … em Saúde", "Fundo … para a Inovação"
                        && end + 1 < toks.size() && isNameWord(toks.get(end + 1).word())
                        && !lex.grammar().stopwords().contains(toks.get(end + 1).word())) {
                    end += 2; // "Banco de Portugal"; "Instituto Nacional de Estudos e Pesquisas"
                } else if (CONNECTORS.contains(w) && end + 1 < toks.size() && isCapitalized(toks.get(end + 1).word())
                        && !RUN_BREAKERS.contains(toks.get(end + 1).word()) && hasOrgWord(toks.subList(i, end))) {
                    end += 2; // "Associação de Moradores do Alto da Fonte": a role word ("fonte") inside an organization's name
                } else if (nameListBeforeAlias(toks, i, end) > end) {
                    end = nameListBeforeAlias(toks, i, end);
                } else {
                    break;
                }
            }
            String prev = i > 0 ? toks.get(i - 1).word().toLowerCase(Locale.ROOT) : "";
            if (fieldBeforeName) {
                // the words before the given name name a field or place, not a person
                for (CoreLabel t : toks.subList(i, end)) {
                    t.setNER("MISC");
                }
                fieldBeforeName = false;
                i = end;
                continue;
            }
            runs.add(new Run(new ArrayList<>(toks.subList(i, end)), lex.grammar().determiners().contains(prev),
                    end < toks.size() ? toks.get(end).word() : null, lex.sources().orgNouns().contains(prev),
                    PLACE_CUES.contains(prev), prev));
            String between = i >= 2 ? toks.get(i - 1).word().toLowerCase(Locale.ROOT) : "";
            if (!runs.get(runs.size() - 1).afterOrgNoun() && i >= 2 && !isCapitalized(toks.get(i - 1).word())
                    && between.length() > 3 && !lex.grammar().stopwords().contains(between)
                    && !CONNECTORS.contains(between) && !RUN_BREAKERS.contains(between)
                    && lex.sources().orgNouns().contains(toks.get(i - 2).word().toLowerCase(Locale.ROOT))) {
                // "a associação ambientalista Zero": an adjective between the organization noun and the name
                Run r = runs.remove(runs.size() - 1);
                runs.add(new Run(r.tokens(), r.articleBefore(), r.next(), true, r.afterPlaceCue(), r.previous()));
            }
            i = end;
        }
        return runs;
    }

    /**
     * "Agência Nacional do Petróleo, Gás Natural e Biocombustíveis (ANP)", "Asociación … Renovables y
     * Almacenamiento (Acera)": an organization's name may list several fields; a short name in parentheses
     * right after the list shows where it ends. Returns the end of the list, or -1.
     */
    private int nameListBeforeAlias(List<CoreLabel> toks, int start, int end) {
        int j = end;
        boolean conjunction = false;
        while (j < toks.size() && j - start < 16) {
            String sep = toks.get(j).word();
            if (",".equals(sep) && !conjunction) {
                j++;
            } else if (CONJUNCTIONS.contains(sep)) {
                conjunction = true;
                j++;
            } else {
                break;
            }
            if (conjunction && j + 1 < toks.size() && CONNECTORS.contains(toks.get(j).word())
                    && isNameWord(toks.get(j + 1).word())) {
                j++; // "Instituto de Pesquisa Ambiental do Cerrado e da Amazônia (Ipaca)"
            }
            if (j >= toks.size() || !isNameWord(toks.get(j).word()) || isGivenName(toks.get(j).word())) {
                return -1;
            }
            while (j < toks.size() && (isNameWord(toks.get(j).word()) || CONNECTORS.contains(toks.get(j).word())
                    && j + 1 < toks.size() && isNameWord(toks.get(j + 1).word()))) {
                j++;
            }
            boolean alias = j + 2 < toks.size() && "(".equals(toks.get(j).word()) && isNameWord(toks.get(j + 1).word())
                    && ")".equals(toks.get(j + 2).word());
            if (alias && conjunction) {
                return hasOrgWord(toks.subList(start, end)) || initialsOf(toks.subList(start, j))
                        .equalsIgnoreCase(toks.get(j + 1).word()) ? j : -1;
            }
        }
        return -1;
    }

    private static String initialsOf(List<CoreLabel> run) {
        StringBuilder sb = new StringBuilder();
        for (CoreLabel t : run) {
            if (isCapitalized(t.word())) {
                sb.append(t.word().charAt(0));
            }
        }
        return sb.toString();
    }

    private static boolean isOpeningMark(String w) {
        return "“".equals(w) || "«".equals(w) || "\"".equals(w) || "‘".equals(w);
    }

    private static boolean isClosingMark(String w) {
        return "”".equals(w) || "»".equals(w) || "\"".equals(w) || "’".equals(w);
    }

    private boolean isGivenName(String w) {
        return lex.names().isGivenName(w);
    }

    private boolean hasOrgWord(List<CoreLabel> run) {
        // "Inspeção-Geral", "Controladoria-Geral": the word before the hyphen says what it is
        return run.stream().anyMatch(t -> lex.names().orgWords().contains(t.word())
                || t.word().indexOf('-') > 0 && lex.names().orgWords().contains(t.word().substring(0, t.word().indexOf('-'))));
    }

    private boolean startsName(List<CoreLabel> toks, int i, Set<String> capitalizedMidSentence,
                               Set<String> lowercaseWords) {
        String w = toks.get(i).word();
        if (!isNameWord(w) || lex.grammar().stopwords().contains(w) && (isInitial(toks, i) || w.length() < 3)
                || notNames.contains(w) && (i + 1 >= toks.size() || !isNameWord(toks.get(i + 1).word()))) {
            return false;
        }
        if (!isInitial(toks, i)) {
            return true;
        }
        // A capital at a sentence start proves nothing: ask the rest of the document.
        String lower = w.toLowerCase(Locale.ROOT);
        // "Lula comentou", "Haddad afirmou": an unknown capitalized word before a verb of saying is a subject.
        boolean beforeSpeechVerb = i + 1 < toks.size() && lex.speech().isSpeechVerb(toks.get(i + 1).word())
                && !lowercaseWords.contains(lower);
        return lex.names().isGivenName(lower) || beforeSpeechVerb
                || capitalizedMidSentence.contains(w) && !lowercaseWords.contains(lower)
                || i + 1 < toks.size() && isNameWord(toks.get(i + 1).word())
                        && !lowercaseWords.contains(lower);
    }

    /** Capitalized words, acronyms and mixed-case brand names, but not role titles or plural acronyms. */
    private boolean isNameWord(String w) {
        if (!isCapitalized(w) || RUN_BREAKERS.contains(w) || w.indexOf('$') >= 0 || w.indexOf('€') >= 0
                || w.indexOf('£') >= 0) {
            return false; // "R$", "US$" are currencies
        }
        if (w.length() > 2 && w.endsWith("s") && w.substring(0, w.length() - 1).chars().allMatch(Character::isUpperCase)) {
            return false; // "GPUs", "ONGs": a common noun in capitals
        }
        return !lex.sources().isOneWordRole(w.toLowerCase(Locale.ROOT));
    }

    private String intrinsicType(Run r) {
        String text = r.text().toLowerCase(Locale.ROOT);
        String first = r.tokens().get(0).word().toLowerCase(Locale.ROOT);
        if (lex.names().locations().contains(text)) {
            return "LOCATION";
        }
        if (lex.names().isGivenName(first)) {
            return "PERSON";
        }
        for (CoreLabel t : r.tokens()) {
            if (lex.names().orgWords().contains(t.word())) {
                return "ORGANIZATION";
            }
        }
        String w = r.tokens().get(0).word();
        if (r.tokens().size() == 1 && (isAcronym(w) || hasInnerCapital(w))) {
            return "ORGANIZATION";
        }
        if (REGIONS.contains(first) && r.tokens().size() > 2 && CONNECTORS.contains(r.tokens().get(1).word())) {
            return "LOCATION"; // "o Sul de Minas", "o Norte de Portugal", "o Interior do Ceará": a region
        }
        if (r.articleBefore() || r.afterOrgNoun()) {
            return "ORGANIZATION"; // "a Petrobras", "a consultoria Vetor Dados"
        }
        if (r.afterPlaceCue()) {
            return "LOCATION"; // "em Almada", "no bairro Jardim Leblon": known people were typed above
        }
        if (r.tokens().size() == 1 && r.next() != null && lex.speech().isSpeechVerb(r.next())) {
            return "PERSON"; // "Lula comentou": no article, a verb of saying — a person speaking
        }
        // "Sofia Antunes" is a person; "Estado da Habitação" with an unknown first word may not be.
        boolean hasConnector = r.tokens().stream().anyMatch(t -> CONNECTORS.contains(t.word()));
        if (r.tokens().size() > 1 && !hasConnector && r.tokens().stream().allMatch(t -> isTitleCase(t.word()))) {
            return "PERSON";
        }
        return null;
    }

    private static boolean isInitial(List<CoreLabel> toks, int i) {
        if (i == 0) {
            return true;
        }
        String prev = toks.get(i - 1).word();
        return RUN_BREAKERS.contains(prev) && !",".equals(prev) && !")".equals(prev);
    }

    private static boolean isCapitalized(String w) {
        return !w.isEmpty() && Character.isUpperCase(w.codePointAt(0));
    }

    private static boolean isAcronym(String w) {
        return w.length() >= 2 && w.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c) || c == '&');
    }

    private static boolean hasInnerCapital(String w) {
        for (int i = 1; i < w.length(); i++) {
            if (Character.isUpperCase(w.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isTitleCase(String w) {
        return isCapitalized(w) && !isAcronym(w) && !hasInnerCapital(w);
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
        return Set.of(CoreAnnotations.NamedEntityTagAnnotation.class);
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requires() {
        return Set.of(CoreAnnotations.TokensAnnotation.class, CoreAnnotations.SentencesAnnotation.class);
    }
}
