package org.claimscope.app;

import java.util.ArrayList;
import java.util.List;
import org.claimscope.index.SearchRequest;

/**
 * The fixed query set of {@code bench}: words, phrases, speaker filters, figure ranges and boolean queries over
 * the vocabulary of {@link SyntheticCorpus}; every request asks for 10 hits with facets, like the CLI.
 */
final class BenchQueries {

    /** A query with the family it belongs to, for per-family latency. */
    record Named(String family, SearchRequest request) {
    }

    private static final String[] WORDS = {"infraestrutura", "energia", "crédito", "exportações", "saneamento",
            "ferrovias", "habitação", "turismo", "semicondutores", "investir", "empregos", "juros", "cronograma",
            "demanda", "capital", "crescimento", "projeto", "acordo", "regras", "aposta", "infrastructure", "solar",
            "exports", "railways", "housing", "tourism", "semiconductors", "invest", "jobs", "interest", "schedule",
            "demand", "growth", "project", "deal", "rules", "bet", "investors", "analysts", "proposal"};

    private static final String[] PHRASES = {"energia solar", "inteligência artificial", "regras claras",
            "crédito rural", "custo do capital", "próximos anos", "maior aposta", "demanda tão forte",
            "novos projetos", "empregos diretos", "solar power", "artificial intelligence", "clear rules",
            "farm credit", "borrowing costs", "next few years", "biggest bet", "demand for", "new projects",
            "direct jobs"};

    private static final String[] SPEAKERS = {"Siqueira", "Albuquerque", "Monteiro", "Figueiredo", "Cavalcanti",
            "Teixeira", "Barros", "Quintela", "Vasconcelos", "Moura", "Whitfield", "Bennett", "Hughes", "Foster",
            "Morgan", "Reed", "Sullivan", "Parker", "Hayes", "Porter"};

    private static final String[] BOOLEAN = {"investir AND capital", "infraestrutura OR ferrovias",
            "demand NOT housing", "semicondutor*", "invest*", "infraestrutra~1", "railways~1",
            "\"demanda forte\"~3", "(solar OR exports) AND growth", "juros AND NOT habitação",
            "aposta AND história", "schedule AND delays", "regras AND capital", "growth AND year",
            "emprego*", "turism*", "\"clear rules\" OR \"regras claras\"", "saneamento OR housing",
            "capital AND (rules OR regras)", "energ*"};

    private BenchQueries() {
    }

    static List<Named> build() {
        List<Named> out = new ArrayList<>();
        for (String w : WORDS) {
            out.add(new Named("word", base().query(w).build()));
            out.add(new Named("word", base().query(w).type("quote").build()));
        }
        for (String p : PHRASES) {
            out.add(new Named("phrase", base().query("\"" + p + "\"").build()));
            out.add(new Named("phrase", base().query("\"" + p + "\"").type("claim").build()));
        }
        for (int i = 0; i < SPEAKERS.length; i++) {
            out.add(new Named("speaker", base().speaker(SPEAKERS[i]).build()));
            out.add(new Named("speaker", base().query(WORDS[i % WORDS.length]).speaker(SPEAKERS[i]).build()));
        }
        double[] lows = {1e6, 1e7, 1e8, 1e9, 1e10, 5e10, 1e11, 5e11, 1e12, 3e8};
        for (int i = 0; i < lows.length; i++) {
            out.add(new Named("figure", base().unit("USD").min(lows[i]).build()));
            out.add(new Named("figure", base().unit("BRL").min(lows[i]).max(lows[i] * 100).build()));
            out.add(new Named("figure", base().unit("%").min((double) i * 4).max(i * 4 + 10.0).build()));
            out.add(new Named("figure", base().query(WORDS[i]).unit("USD").min(lows[i]).build()));
        }
        for (String b : BOOLEAN) {
            out.add(new Named("boolean", base().query(b).build()));
        }
        return List.copyOf(out);
    }

    /** The baseline: match-all with the same hits and facets. */
    static SearchRequest baseline() {
        return base().query("*").build();
    }

    private static SearchRequest.Builder base() {
        return SearchRequest.builder().limit(10).facets(true);
    }
}
