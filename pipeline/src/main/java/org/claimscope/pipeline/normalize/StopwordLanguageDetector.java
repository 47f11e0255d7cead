package org.claimscope.pipeline.normalize;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A compact language detector: counts very frequent function words of each language (weighted down when several
 * languages share them) plus a few spelling patterns only one language uses (Portuguese "ção"/"ã"/"õ"/"lh",
 * Spanish "ción"/"ñ"/"¿", German "ß"/"sch", …). Function words separate Portuguese from Spanish well even on one
 * or two sentences ("não"/"uma"/"com"/"em" vs "no"/"una"/"con"/"en"), and it needs no model data (a few KB).
 * Knows pt, en, es, fr, de, it, gl and nl; returns null for anything else or for too little evidence.
 */
public final class StopwordLanguageDetector implements LanguageDetector {

    private static final Pattern WORD = Pattern.compile("[\\p{L}]+(?:['’][\\p{L}]+)?");
    private static final int MAX_CHARS = 20_000;
    private static final double MIN_EVIDENCE = 1.0;
    /** Least evidence per word for a language to count at all. */
    private static final double MIN_RATE = 0.12;

    private static final Map<String, String> WORDS = new LinkedHashMap<>();

    static {
        WORDS.put("pt", "e o os a as um uma uns umas de do da dos das em no na nos nas ao aos à às pelo pela pelos pelas"
                + " por para com sem que não é são foi foram ser está estão estava tem têm também mais mas como"
                + " quando se seu sua seus suas ele ela eles elas isso isto esse essa este esta já ou muito"
                + " nós você vocês entre sobre após até depois ainda onde porque há então são disse afirmou segundo"
                + " pode podem fazer será seria mesmo outros outras cada qual"
                + " dois duas três quatro cinco seis sete oito nove dez onze doze treze catorze quatorze quinze"
                + " dezesseis dezasseis dezessete dezassete dezoito dezenove dezanove vinte trinta quarenta"
                + " cinquenta sessenta setenta oitenta noventa cem cento duzentos duzentas trezentos trezentas"
                + " quatrocentos quinhentos seiscentos setecentos oitocentos novecentos mil milhão milhões bilhão"
                + " bilhões meio terço maior menor menos igual cerca");
        WORDS.put("es", "el la los las un una unos unas de del en al por para con sin que no es son fue fueron ser"
                + " está están estaba tiene tienen también más pero como cuando se su sus él ella ellos ellas eso"
                + " esto ese esa este esta ya o muy nosotros usted ustedes entre sobre tras hasta después todavía"
                + " donde porque hay entonces dijo afirmó según puede pueden hacer será sería mismo otros otras cada"
                + " cual y lo le les"
                + " uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince dieciséis"
                + " diecisiete dieciocho diecinueve veinte treinta cuarenta cincuenta sesenta setenta ochenta"
                + " noventa cien ciento doscientos trescientos cuatrocientos quinientos seiscientos setecientos"
                + " ochocientos novecientos mil millón millones medio tercio cuarto mayor menor menos igual ciento");
        WORDS.put("en", "the a an of to in on at by for with without that not is are was were be been has have had"
                + " also more but as when if his her their he she they it this these those there which who what"
                + " and or from into about after before than said says will would can could its our we you"
                + " been do does did"
                + " one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty sixty"
                + " seventy eighty ninety hundred thousand million billion half third quarter percent larger less"
                + " greater equal");
        WORDS.put("fr", "le la les un une des de du en au aux par pour avec sans que qui ne pas est sont était été"
                + " être a ont avait aussi plus mais comme quand si son sa ses leur leurs il elle ils elles ce cette"
                + " ces déjà ou très nous vous entre sur après jusqu dans depuis encore où parce il y a alors dit"
                + " selon peut peuvent faire sera serait même autres chaque et c'est qu'il d'un d'une l'"
                + " deux trois quatre cinq six sept huit neuf dix onze douze treize quinze seize vingt trente"
                + " quarante cinquante soixante cent cents mille million milliard demi tiers quart pourcent"
                + " supérieur inférieur moins égal");
        WORDS.put("de", "der die das ein eine einen einem einer des dem den von zu im in am an auf für mit ohne dass"
                + " nicht ist sind war waren sein hat haben hatte auch mehr aber wie wenn sein seine ihr ihre er sie"
                + " es dies diese dieser schon oder sehr wir ihr zwischen über nach bis noch wo weil gibt dann sagte"
                + " laut kann können machen wird würde selbst andere jede und sich auch werden wurde"
                + " zwei drei vier fünf sechs sieben acht neun zehn elf zwölf zwanzig dreißig vierzig fünfzig"
                + " hundert tausend million milliarde halb drittel viertel prozent größer kleiner weniger gleich");
        WORDS.put("it", "il lo la i gli le un una uno di del della dei delle in nel nella al alla per con senza che"
                + " non è sono era erano essere ha hanno anche più ma come quando se suo sua suoi lui lei loro"
                + " questo questa già o molto noi voi tra fra su dopo fino ancora dove perché c'è allora detto"
                + " secondo può possono fare sarà sarebbe stesso altri ogni e ed");
        WORDS.put("gl", "e o os a as un unha uns unhas de do da dos das en no na nos nas ao aos á ás polo pola polos"
                + " polas por para con sen que non é son foi foron ser está están tamén máis mais pero como cando"
                + " se seu súa seus súas el ela eles elas iso isto ese esa este esta xa ou moi nós vostede entre"
                + " sobre despois aínda onde porque hai entón dixo segundo pode poden facer será sería mesmo"
                + " dous dúas tres catro cinco seis sete oito nove dez once doce vinte trinta corenta cincuenta"
                + " sesenta setenta oitenta noventa cen cento mil millón millóns medio terzo maior menor menos"
                + " igual");
        WORDS.put("nl", "de het een van in op te voor met zonder dat niet is zijn was waren heeft hebben had ook"
                + " meer maar als wanneer zijn haar hij zij ze dit deze die al of zeer wij jullie tussen over na"
                + " tot nog waar omdat er dan zei volgens kan kunnen maken zal zou zelf andere elk en");
    }

    /** Spellings that (almost) only one of the known languages uses, with a weight per occurrence. */
    private static final List<Feature> FEATURES = List.of(
            new Feature("pt", "ção|ções|ã|õ|ê(?=\\p{L})|\\blh|nh[aeiou]|lh[aeiou]|\\p{L}{2,}(?:em|am|ém)\\b", 1.0),
            new Feature("es", "ción|ciones|ñ|¿|¡|\\by\\b|ll[aeiou]", 1.0),
            new Feature("fr", "\\b[ldjnmsc]['’]\\p{L}|eau|aux\\b|è|ê|ç(?=[aou])|oi", 0.5),
            new Feature("de", "ß|sch|ä|ö|ü|\\b\\p{Lu}\\p{Ll}+ung\\b|ei(?=\\p{L})", 0.5),
            new Feature("it", "zione|zioni|gli\\b|\\bche\\b|cch|ggi", 0.7),
            new Feature("gl", "\\bunha\\b|\\bnon\\b|\\bxa\\b|\\bmáis\\b|\\btamén\\b|\\bpolo\\b|\\bpola\\b|\\bx[aeiou]", 1.5),
            new Feature("nl", "ij|oe|aa|\\bhet\\b", 0.5),
            new Feature("en", "\\bth|ing\\b|\\bwh|ough|tion\\b|'s\\b", 0.5));

    private final Map<String, Map<String, Double>> weightByWordByLang;

    public StopwordLanguageDetector() {
        Map<String, Integer> sharedBy = new HashMap<>();
        Map<String, java.util.Set<String>> words = new LinkedHashMap<>();
        WORDS.forEach((lang, list) -> {
            java.util.Set<String> set = new java.util.HashSet<>(List.of(list.split(" ")));
            words.put(lang, set);
            set.forEach(w -> sharedBy.merge(w, 1, Integer::sum));
        });
        Map<String, Map<String, Double>> weights = new LinkedHashMap<>();
        words.forEach((lang, set) -> {
            Map<String, Double> m = new HashMap<>();
            set.forEach(w -> m.put(w, 1.0 / sharedBy.get(w)));
            weights.put(lang, Map.copyOf(m));
        });
        this.weightByWordByLang = Map.copyOf(weights);
    }

    @Override
    public String detect(String text) {
        Map<String, Double> scores = scores(text);
        return best(scores, null);
    }

    @Override
    public String detect(String text, String hint) {
        String hinted = hint == null ? null : primary(hint);
        Map<String, Double> scores = scores(text);
        double total = scores.values().stream().mapToDouble(Double::doubleValue).sum();
        if (hinted != null && total < MIN_EVIDENCE) {
            return hinted;
        }
        return best(scores, hinted);
    }

    /** Per-language evidence, exposed for tests and diagnostics. */
    Map<String, Double> scores(String text) {
        Map<String, Double> scores = new LinkedHashMap<>();
        WORDS.keySet().forEach(l -> scores.put(l, 0.0));
        if (text == null || text.isBlank()) {
            return scores;
        }
        String sample = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        String lower = sample.toLowerCase(Locale.ROOT);
        Matcher m = WORD.matcher(lower);
        int tokens = 0;
        while (m.find()) {
            tokens++;
            String w = m.group();
            int apostrophe = Math.max(w.indexOf('\''), w.indexOf('’'));
            String key = apostrophe > 0 ? w.substring(0, apostrophe + 1).replace('’', '\'') : w;
            for (Map.Entry<String, Map<String, Double>> e : weightByWordByLang.entrySet()) {
                Double weight = e.getValue().get(key);
                if (weight == null && apostrophe > 0) {
                    weight = e.getValue().get(w.replace('’', '\''));
                }
                if (weight != null) {
                    scores.merge(e.getKey(), weight, Double::sum);
                }
            }
        }
        for (Feature f : FEATURES) {
            Matcher fm = f.pattern.matcher(f.lang.equals("de") ? sample : lower);
            int count = 0;
            while (fm.find()) {
                count++;
            }
            scores.merge(f.lang, count * f.weight * 0.5, Double::sum);
        }
        // Text in an unknown language still hits a few short words by chance; real matches hit far more often.
        int words = tokens;
        scores.replaceAll((lang, score) -> words > 0 && score / words < MIN_RATE ? 0.0 : score);
        return scores;
    }

    /** The top language; a hint wins when it scores within 20% of the top, so a declared language is kept. */
    private static String best(Map<String, Double> scores, String hint) {
        String top = null;
        double topScore = 0;
        for (Map.Entry<String, Double> e : scores.entrySet()) {
            if (e.getValue() > topScore) {
                top = e.getKey();
                topScore = e.getValue();
            }
        }
        if (top == null || topScore < MIN_EVIDENCE) {
            return hint;
        }
        if (hint != null && scores.containsKey(hint) && scores.get(hint) >= 0.8 * topScore) {
            return hint;
        }
        return top;
    }

    private static String primary(String tag) {
        String t = tag.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        int dash = t.indexOf('-');
        String p = dash > 0 ? t.substring(0, dash) : t;
        return p.matches("[a-z]{2}") ? p : null;
    }

    private record Feature(String lang, Pattern pattern, double weight) {
        Feature(String lang, String regex, double weight) {
            this(lang, Pattern.compile(regex, Pattern.UNICODE_CASE), weight);
        }
    }
}
