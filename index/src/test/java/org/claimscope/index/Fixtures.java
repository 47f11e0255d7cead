package org.claimscope.index;

import java.util.ArrayList;
import java.util.List;
import org.claimscope.model.Article;
import org.claimscope.model.Claim;
import org.claimscope.model.Cue;
import org.claimscope.model.Figure;
import org.claimscope.model.FigureType;
import org.claimscope.model.Qualifier;
import org.claimscope.model.Quote;
import org.claimscope.model.QuoteKind;
import org.claimscope.model.Source;
import org.claimscope.model.Span;
import org.claimscope.model.Speaker;
import org.claimscope.model.SpeakerType;
import org.claimscope.model.Stance;
import org.claimscope.model.StanceKind;

/** Small but realistic analysed articles; spans are computed from the text so they are always right. */
final class Fixtures {

    private Fixtures() {
    }

    static final String PT_ID = "pt-openai";
    static final String EN_ID = "en-nvidia";
    static final String ES_ID = "es-sanchez";

    /** Altman (2 quotes, one with "mais de US$ 1 trilhão"), an unattributed claim mixing BRL and USD. */
    static Article portuguese() {
        String q1 = "Nós decidimos fazer uma aposta muito agressiva em infraestrutura, com compromissos de mais de"
                + " US$ 1 trilhão";
        String q2 = "a empresa precisa de muito mais capacidade de computação";
        String c3 = "O governo anunciou R$ 3 bilhões para o setor, e cada usuário paga US$ 10 por mês.";
        String text = "Sam Altman, CEO da OpenAI, disse: “" + q1 + "”. Como explicou o CEO da OpenAI, " + q2
                + ".\n\n" + c3;
        Span q1s = span(text, q1);
        Span q2s = span(text, q2);
        Span c3s = span(text, c3);
        Speaker altman = new Speaker("s1", "Sam Altman", SpeakerType.PERSON, List.of("CEO da OpenAI"),
                List.of(span(text, "Sam Altman")));
        Figure trillion = new Figure("f1", FigureType.MONEY, "mais de US$ 1 trilhão", span(text, "mais de US$ 1 trilhão"),
                1e12, "USD", Qualifier.MORE_THAN, 1e12, null);
        Figure reais = new Figure("f2", FigureType.MONEY, "R$ 3 bilhões", span(text, "R$ 3 bilhões"), 3e9, "BRL",
                null, null, null);
        Figure ten = new Figure("f3", FigureType.MONEY, "US$ 10", span(text, "US$ 10"), 10.0, "USD", null, null,
                null);
        Quote quote1 = new Quote("q1", QuoteKind.DIRECT, q1, q1s, altman.ref(), new Cue("disse", span(text, "disse")));
        Quote quote2 = new Quote("q2", QuoteKind.INDIRECT, q2, q2s, altman.ref(),
                new Cue("Como explicou", span(text, "Como explicou")));
        List<Claim> claims = List.of(
                new Claim("c1", q1, q1s, "s1", "q1", List.of("f1"), List.of("OpenAI")),
                new Claim("c2", q2, q2s, "s1", "q2", List.of(), List.of("OpenAI")),
                new Claim("c3", c3, c3s, null, null, List.of("f2", "f3"), List.of()));
        return new Article(Article.SCHEMA, PT_ID,
                new Source("news/openai.html", "https://example.com/openai", "OpenAI aposta em infraestrutura",
                        "Redação", "2025-10-08", "Exemplo"),
                "pt", text, List.of(altman), List.of(quote1, quote2), List.of(), List.of(trillion, reais, ten), claims);
    }

    /**
     * Huang with "$4.5 billion", Nadella without figures, an unattributed claim with CSV-hostile text, and Microsoft's
     * belief about "$80 billion" (a stance, with the figure sentence's claim).
     */
    static Article english() {
        String q1 = "OpenAI will pay just over $4.5 billion for our chips, and the infrastructure buildout is just"
                + " beginning";
        String q2 = "we are investing heavily in data centers";
        String c3 = "Analysts called it \"a bet\", adding:\nthe numbers are large.";
        String st1 = "the Wisconsin campus to cost about $80 billion";
        String c4 = "Microsoft expects " + st1 + ".";
        String text = "Jensen Huang, Nvidia CEO, said: \"" + q1 + ".\" Satya Nadella said " + q2 + ". " + c3 + " "
                + c4;
        Speaker huang = new Speaker("s1", "Jensen Huang", SpeakerType.PERSON, List.of("Nvidia CEO"),
                List.of(span(text, "Jensen Huang")));
        Speaker nadella = new Speaker("s2", "Satya Nadella", SpeakerType.PERSON, List.of(),
                List.of(span(text, "Satya Nadella")));
        Speaker microsoft = new Speaker("s3", "Microsoft", SpeakerType.ORGANIZATION, List.of(),
                List.of(span(text, "Microsoft")));
        Figure billions = new Figure("f1", FigureType.MONEY, "just over $4.5 billion",
                span(text, "just over $4.5 billion"), 4.5e9, "USD", Qualifier.JUST_OVER, 4.5e9, null);
        Figure eighty = new Figure("f2", FigureType.MONEY, "about $80 billion", span(text, "about $80 billion"),
                8e10, "USD", Qualifier.ABOUT, null, null);
        Stance belief = new Stance("st1", StanceKind.BELIEF, st1, span(text, st1), microsoft.ref(),
                new Cue("expects", span(text, "expects")));
        Quote quote1 = new Quote("q1", QuoteKind.DIRECT, q1, span(text, q1), huang.ref(),
                new Cue("said", span(text, "said")));
        Quote quote2 = new Quote("q2", QuoteKind.INDIRECT, q2, span(text, q2), nadella.ref(),
                new Cue("said", span(text, "said " + q2)));
        List<Claim> claims = List.of(
                new Claim("c1", q1, span(text, q1), "s1", "q1", List.of("f1"), List.of("OpenAI", "Nvidia")),
                new Claim("c2", q2, span(text, q2), "s2", "q2", List.of(), List.of()),
                new Claim("c3", c3, span(text, c3), null, null, List.of(), List.of()),
                new Claim("c4", c4, span(text, c4), null, null, List.of("f2"), List.of("Microsoft")));
        return new Article(Article.SCHEMA, EN_ID,
                new Source("news/nvidia.txt", "https://example.com/nvidia", "Nvidia, OpenAI and the chips",
                        null, "2025-10-09T14:30:00Z", null),
                "en", text, List.of(huang, nadella, microsoft), List.of(quote1, quote2), List.of(belief),
                List.of(billions, eighty), claims);
    }

    /** One indirect quote, language without its own stemmer. */
    static Article spanish() {
        String q1 = "la infraestructura digital es clave para el país";
        String text = "Pedro Sánchez dijo que " + q1 + ".";
        Speaker sanchez = new Speaker("s1", "Pedro Sánchez", SpeakerType.PERSON, List.of("presidente"),
                List.of(span(text, "Pedro Sánchez")));
        Quote quote = new Quote("q1", QuoteKind.INDIRECT, q1, span(text, q1), sanchez.ref(),
                new Cue("dijo que", span(text, "dijo que")));
        return new Article(Article.SCHEMA, ES_ID, new Source("news/sanchez.md", null, "Sánchez", null, null, null),
                "es", text, List.of(sanchez), List.of(quote), List.of(), List.of(),
                List.of(new Claim("c1", q1, span(text, q1), "s1", "q1", List.of(), List.of())));
    }

    static List<Article> all() {
        return List.of(portuguese(), english(), spanish());
    }

    /** Statements (quotes, claims and stances) in all fixtures. */
    static int statementCount() {
        int n = 0;
        for (Article a : all()) {
            n += a.quotes().size() + a.claims().size() + a.stances().size();
        }
        return n;
    }

    /** Statements a search without a type filter matches: quotes and claims, not stances. */
    static int searchedByDefault() {
        int n = 0;
        for (Article a : all()) {
            n += a.quotes().size() + a.claims().size();
        }
        return n;
    }

    /** A generated article, for volume and concurrency tests. */
    static Article generated(int i) {
        String q = "declaração número " + i + " sobre infraestrutura";
        String text = "Fulano " + i + " disse que " + q + ".";
        Speaker s = new Speaker("s1", "Fulano " + i, SpeakerType.PERSON, List.of(), List.of(span(text, "Fulano " + i)));
        Quote quote = new Quote("q1", QuoteKind.INDIRECT, q, span(text, q), s.ref(), null);
        List<Claim> claims = new ArrayList<>();
        claims.add(new Claim("c1", q, span(text, q), "s1", "q1", List.of(), List.of()));
        return new Article(Article.SCHEMA, "gen-" + i, Source.ofPath("gen/" + i + ".txt"), "pt", text, List.of(s),
                List.of(quote), List.of(), List.of(), claims);
    }

    static Span span(String text, String part) {
        int i = text.indexOf(part);
        if (i < 0) {
            throw new IllegalArgumentException("not in text: " + part);
        }
        return new Span(i, i + part.length());
    }
}
