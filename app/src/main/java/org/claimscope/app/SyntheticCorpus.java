package org.claimscope.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * A seeded generator of news-like articles in Portuguese and English, with direct and indirect quotes, speech
 * cues, named speakers with roles, organizations and figures (money, percentages, counts). Article {@code i} of
 * seed {@code s} is always the same text, whatever else is generated. About one in five is written as HTML with
 * a title and a publication date; the rest are plain text.
 */
final class SyntheticCorpus {

    /** One generated article: its language, file name and content. */
    record Doc(int index, String language, String fileName, String content) {
    }

    private final long seed;

    SyntheticCorpus(long seed) {
        this.seed = seed;
    }

    /** Writes articles 0..n-1 under {@code dir} (in sub-folders of 500) and returns their paths in order. */
    List<Path> write(Path dir, int n) throws IOException {
        List<Path> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Doc d = article(i);
            Path sub = dir.resolve(String.format(Locale.ROOT, "batch-%03d", i / 500));
            Files.createDirectories(sub);
            Path file = sub.resolve(d.fileName());
            Files.writeString(file, d.content(), StandardCharsets.UTF_8);
            out.add(file);
        }
        return out;
    }

    Doc article(int i) {
        Random r = new Random(seed * 1_000_003L + i);
        boolean pt = r.nextInt(10) < 6;
        Lexicon lx = pt ? PT : EN;
        Writer w = new Writer(r, lx, pt);
        String title = w.title();
        List<String> paragraphs = w.paragraphs();
        LocalDate date = LocalDate.of(2023, 1, 1).plusDays(r.nextInt(1000));
        boolean html = r.nextInt(5) == 0;
        String name = String.format(Locale.ROOT, "%s-%05d.%s", pt ? "pt" : "en", i, html ? "html" : "txt");
        String content = html ? html(title, date, paragraphs, pt) : title + "\n\n" + String.join("\n\n", paragraphs)
                + "\n";
        return new Doc(i, pt ? "pt" : "en", name, content);
    }

    private static String html(String title, LocalDate date, List<String> paragraphs, boolean pt) {
        StringBuilder b = new StringBuilder();
        b.append("<!DOCTYPE html>\n<html lang=\"").append(pt ? "pt-BR" : "en").append("\"><head><meta charset=\"utf-8\">")
                .append("<title>").append(escape(title)).append("</title>")
                .append("<meta property=\"article:published_time\" content=\"").append(date).append("T09:00:00Z\">")
                .append("</head><body><nav><a href=\"/\">").append(pt ? "Início" : "Home").append("</a></nav>")
                .append("<article><h1>").append(escape(title)).append("</h1>\n");
        for (String p : paragraphs) {
            b.append("<p>").append(escape(p)).append("</p>\n");
        }
        b.append("</article><footer>").append(pt ? "Todos os direitos reservados." : "All rights reserved.")
                .append("</footer></body></html>\n");
        return b.toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    // ---- the writing

    private record Person(String name, String surname, String role) {
    }

    private static final class Writer {
        private final Random r;
        private final Lexicon lx;
        private final boolean pt;
        private final String topic;
        private final String city;
        private final String org;

        Writer(Random r, Lexicon lx, boolean pt) {
            this.r = r;
            this.lx = lx;
            this.pt = pt;
            this.topic = pick(lx.topics);
            this.city = pick(lx.cities);
            this.org = pick(lx.orgs);
        }

        String title() {
            return fill(pick(lx.titles));
        }

        List<String> paragraphs() {
            List<Person> people = new ArrayList<>();
            int speakers = 2 + r.nextInt(2);
            for (int k = 0; k < speakers; k++) {
                String first = pick(lx.firstNames);
                String last = pick(lx.lastNames);
                people.add(new Person(first + " " + last, last, fill(pick(lx.roles))));
            }
            List<String> out = new ArrayList<>();
            out.add(fill(pick(lx.leads)) + " " + fill(pick(lx.narrative)));
            int n = 6 + r.nextInt(5);
            boolean[] introduced = new boolean[people.size()];
            for (int k = 0; k < n; k++) {
                int who = r.nextInt(people.size());
                Person p = people.get(who);
                String speaker = introduced[who] ? p.surname() : p.name() + ", " + p.role() + ",";
                String speakerEnd = introduced[who] ? p.surname() : p.name() + ", " + p.role();
                introduced[who] = true;
                String s = switch (r.nextInt(5)) {
                    case 0, 1 -> fill(pick(lx.direct)).replace("{S}", speakerEnd)
                            .replace("{Q}", quote().replaceAll("\\.$", ""));
                    case 2 -> fill(pick(lx.directLead)).replace("{S}", speaker).replace("{Q}", quote());
                    case 3 -> fill(pick(lx.indirect)).replace("{S}", speaker).replace("{C}", clause());
                    default -> fill(pick(lx.narrative)) + " " + fill(pick(lx.narrative));
                };
                out.add(s);
            }
            return out;
        }

        private String quote() {
            String q = fill(pick(lx.quotes));
            return r.nextBoolean() ? q : q + " " + fill(pick(lx.quotes));
        }

        private String clause() {
            return fill(pick(lx.clauses));
        }

        private String fill(String template) {
            StringBuilder b = new StringBuilder();
            int i = 0;
            while (i < template.length()) {
                int open = template.indexOf('{', i);
                if (open < 0) {
                    b.append(template, i, template.length());
                    break;
                }
                int close = template.indexOf('}', open);
                b.append(template, i, open);
                String key = template.substring(open + 1, close);
                b.append(switch (key) {
                    case "topic" -> topic;
                    case "city" -> city;
                    case "org" -> org;
                    case "org2" -> pick(lx.orgs);
                    case "money" -> money();
                    case "pct" -> pct();
                    case "count" -> count();
                    case "year" -> Integer.toString(2025 + r.nextInt(6));
                    default -> "{" + key + "}"; // {S}, {Q}, {C}: filled by the caller
                });
                i = close + 1;
            }
            return b.toString();
        }

        private String money() {
            int v = 1 + r.nextInt(pt ? 950 : 950);
            String scale = pick(lx.scales);
            String currency = pick(lx.currencies);
            return pt ? currency + " " + v + " " + scale : currency + v + " " + scale;
        }

        private String pct() {
            int whole = 1 + r.nextInt(40);
            int tenth = r.nextInt(10);
            return pt ? whole + "," + tenth + "%" : whole + "." + tenth + "%";
        }

        private String count() {
            int v = 100 + r.nextInt(9900);
            return pt ? String.format(Locale.ROOT, "%,d", v).replace(',', '.') : String.format(Locale.ROOT, "%,d", v);
        }

        private String pick(String[] options) {
            return options[r.nextInt(options.length)];
        }
    }

    // ---- word lists and templates (written for this generator)

    private record Lexicon(String[] firstNames, String[] lastNames, String[] orgs, String[] cities, String[] topics,
                           String[] roles, String[] titles, String[] leads, String[] narrative, String[] quotes,
                           String[] clauses, String[] direct, String[] directLead, String[] indirect,
                           String[] scales, String[] currencies) {
    }

    private static final Lexicon PT = new Lexicon(
            new String[] {"Ana", "João", "Mariana", "Pedro", "Carla", "Rafael", "Beatriz", "Lucas", "Fernanda",
                    "Marcos", "Juliana", "Ricardo", "Patrícia", "Gustavo", "Renata", "Tiago"},
            new String[] {"Siqueira", "Albuquerque", "Monteiro", "Figueiredo", "Cavalcanti", "Teixeira", "Barros",
                    "Quintela", "Vasconcelos", "Moura", "Sampaio", "Guimarães", "Bittencourt", "Lacerda"},
            new String[] {"Banco Aurora", "Grupo Horizonte", "Vale Verde Mineração", "Rede Sul Energia",
                    "Companhia Atlântica de Portos", "Instituto Ceará de Pesquisa", "Construtora Pilar"},
            new String[] {"Recife", "Curitiba", "Belo Horizonte", "Porto Alegre", "Lisboa", "Porto", "Manaus",
                    "Campinas", "Salvador", "Coimbra"},
            new String[] {"infraestrutura", "energia solar", "crédito rural", "exportações", "saneamento",
                    "inteligência artificial", "ferrovias", "habitação", "turismo", "semicondutores"},
            new String[] {"presidente do {org}", "diretora financeira do {org}", "economista-chefe do {org}",
                    "ministro da Economia", "secretária de Planejamento de {city}", "analista do {org2}",
                    "fundador do {org}"},
            new String[] {"{org} anuncia investimento de {money} em {topic}",
                    "Setor de {topic} cresce {pct} em {city}", "Governo debate plano de {topic} para {year}",
                    "{org} e {org2} fecham acordo sobre {topic}"},
            new String[] {"O {org} anunciou nesta semana um novo plano para {topic} em {city}.",
                    "O mercado de {topic} em {city} passa por uma fase de forte expansão.",
                    "Autoridades de {city} discutem há meses o futuro de {topic}."},
            new String[] {"A proposta prevê {money} em novos projetos até {year}.",
                    "Segundo dados oficiais, o setor cresceu {pct} no último ano.",
                    "Cerca de {count} empregos diretos devem ser criados na região.",
                    "Analistas lembram que o custo do capital continua elevado.",
                    "O anúncio foi recebido com cautela pelos investidores.",
                    "A votação do projeto está prevista para o próximo semestre."},
            new String[] {"Vamos investir {money} em {topic} nos próximos anos.",
                    "Nunca vimos uma demanda tão forte por {topic} como agora.",
                    "O país precisa de regras claras para atrair capital.",
                    "Não há espaço para atrasos, o cronograma é apertado.",
                    "Esperamos um crescimento de {pct} já no primeiro ano.",
                    "Esta é a maior aposta da nossa história em {topic}."},
            new String[] {"o projeto vai custar {money} e ficará pronto em {year}",
                    "a empresa pretende contratar {count} pessoas em {city}",
                    "a demanda por {topic} cresceu {pct} no último ano",
                    "o governo deve rever as metas de {topic} até {year}",
                    "os juros altos atrasam os investimentos em {topic}"},
            new String[] {"“{Q}”, disse {S}.", "“{Q}”, afirmou {S}.", "“{Q}”, declarou {S} em entrevista.",
                    "“{Q}”, explicou {S}."},
            new String[] {"{S} disse: “{Q}”", "Em nota, {S} afirmou: “{Q}”"},
            new String[] {"{S} afirmou que {C}.", "{S} disse que {C}.", "{S} explicou que {C}."},
            new String[] {"milhões", "bilhões"},
            new String[] {"R$", "US$"});

    private static final Lexicon EN = new Lexicon(
            new String[] {"James", "Mary", "Robert", "Linda", "Michael", "Susan", "David", "Karen", "Daniel",
                    "Emily", "Thomas", "Rachel", "Andrew", "Laura"},
            new String[] {"Whitfield", "Bennett", "Hughes", "Foster", "Morgan", "Reed", "Sullivan", "Parker",
                    "Hayes", "Porter", "Caldwell", "Ashford"},
            new String[] {"Northwind Corp", "Bluefield Energy", "Summit Analytics", "Harbor Logistics",
                    "Crestline Motors", "Redwood Capital", "Pinecrest Health"},
            new String[] {"Ohio", "Denver", "Manchester", "Leeds", "Toronto", "Austin", "Glasgow", "Phoenix"},
            new String[] {"infrastructure", "solar power", "farm credit", "exports", "water utilities",
                    "artificial intelligence", "railways", "housing", "tourism", "semiconductors"},
            new String[] {"chief executive of {org}", "chief financial officer at {org}",
                    "a senior economist at {org}", "the state treasurer", "the mayor of {city}",
                    "an analyst at {org2}", "founder of {org}"},
            new String[] {"{org} unveils {money} plan for {topic}", "{topic} sector grows {pct} in {city}",
                    "Lawmakers weigh {topic} plan for {year}", "{org} and {org2} strike {topic} deal"},
            new String[] {"{org} announced a new plan for {topic} in {city} this week.",
                    "The {topic} market in {city} is going through a period of rapid growth.",
                    "Officials in {city} have debated the future of {topic} for months."},
            new String[] {"The proposal sets aside {money} for new projects through {year}.",
                    "According to official figures, the sector grew {pct} last year.",
                    "About {count} direct jobs are expected to be created in the region.",
                    "Analysts note that borrowing costs remain high.",
                    "Investors greeted the announcement with caution.",
                    "A vote on the bill is expected later this year."},
            new String[] {"We will invest {money} in {topic} over the next few years.",
                    "We have never seen demand for {topic} this strong.",
                    "The country needs clear rules to attract capital.",
                    "There is no room for delays, the schedule is tight.",
                    "We expect growth of {pct} in the very first year.",
                    "This is the biggest bet in our history on {topic}."},
            new String[] {"the project will cost {money} and be finished by {year}",
                    "the company plans to hire {count} people in {city}",
                    "demand for {topic} rose {pct} last year",
                    "the government should revise its {topic} targets by {year}",
                    "high interest rates are delaying investment in {topic}"},
            new String[] {"\"{Q},\" said {S}.", "\"{Q},\" {S} told reporters.", "\"{Q},\" {S} said in an interview."},
            new String[] {"{S} said: \"{Q}\"", "In a statement, {S} said: \"{Q}\""},
            new String[] {"{S} said that {C}.", "{S} told reporters that {C}.", "{S} explained that {C}."},
            new String[] {"million", "billion"},
            new String[] {"$", "US$"});
}
