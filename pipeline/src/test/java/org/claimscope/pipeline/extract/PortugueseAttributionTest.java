package org.claimscope.pipeline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.claimscope.model.Article;
import org.claimscope.model.Quote;
import org.claimscope.model.QuoteKind;
import org.claimscope.model.Source;
import org.claimscope.model.Speaker;
import org.claimscope.model.SpeakerType;
import org.claimscope.pipeline.ArticleAnalyzer;
import org.claimscope.pipeline.figures.RuleFigureRecognizer;
import org.claimscope.pipeline.normalize.NormalizedArticle;
import org.junit.jupiter.api.Test;

/** Portuguese attribution end to end through the (model-free) Portuguese pipeline. */
class PortugueseAttributionTest {

    private static final ArticleAnalyzer ANALYZER = new ArticleAnalyzer(new RuleFigureRecognizer(), "pt");

    private static Article analyze(String text) {
        return ANALYZER.analyze(new NormalizedArticle(Source.ofPath("test"), "pt", text));
    }

    private static Quote quoteContaining(Article a, String words) {
        return a.quotes().stream().filter(q -> q.text().contains(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no quote with \"" + words + "\" in " + a.quotes()));
    }

    private static String speakerOf(Article a, String words) {
        Quote q = quoteContaining(a, words);
        return q.speaker() == null ? null : q.speaker().name();
    }

    @Test
    void surnameAfterPostposedCueResolvesToTheFullName() {
        Article a = analyze("A ministra do Planejamento, Luísa Carvalho, apresentou o plano nesta terça-feira.\n\n"
                + "“O orçamento vai fechar no azul”, disse Carvalho aos jornalistas.");
        assertEquals("Luísa Carvalho", speakerOf(a, "orçamento vai fechar"));
        Speaker s = a.speakers().get(0);
        assertEquals(SpeakerType.PERSON, s.type());
        assertTrue(s.roles().contains("ministra do Planejamento"), s.roles().toString());
    }

    @Test
    void roleMentionResolvesToThePersonIntroducedWithThatRole() {
        Article a = analyze("O presidente da Embraer, Rogério Matos, visitou a fábrica.\n\n"
                + "Segundo o presidente da Embraer, as encomendas vão dobrar até 2027.");
        Quote q = quoteContaining(a, "encomendas vão dobrar");
        assertEquals(QuoteKind.INDIRECT, q.kind());
        assertEquals("Rogério Matos", q.speaker().name());
        assertEquals("Segundo", q.cue().text());
    }

    @Test
    void aGeneralRoleNounIsTheLastHolderOfAnyRoleItStandsFor() {
        Article a = analyze("O senador Júlio Matias apresentou o projeto.\n\n"
                + "O economista Rui Souza, da FGV, criticou o texto.\n\n"
                + "Para o parlamentar, a reforma vai atrasar.");
        assertEquals("Júlio Matias", speakerOf(a, "reforma vai atrasar"));
    }

    @Test
    void aSurnameThatIsAlsoAPlaceSpeaksAsThePersonWhoBearsIt() {
        Article a = analyze("O técnico Marcelo Lisboa descartou deixar o cargo depois da derrota em casa.\n\n"
                + "– Não vou pedir para sair. Quem me conhece sabe que eu não abandono o barco – afirmou Lisboa.");
        assertEquals("Marcelo Lisboa", speakerOf(a, "abandono o barco"));
    }

    @Test
    void aPronounAfterAnUnnamedPersonsSentenceNamesNoOne() {
        Article a = analyze("A dona do posto, Sílvia Prates, disse que confiava nos funcionários.\n\n"
                + "Uma das clientes, uma enfermeira de 52 anos que pediu para não ser identificada, contou que perdeu "
                + "R$ 4 mil. “O banco ainda não devolveu nada”, disse ela.");
        assertNull(speakerOf(a, "ainda não devolveu"));
        Article b = analyze("O técnico Paulo Reis deixou o estádio sem falar.\n\n"
                + "Um torcedor que saía com o filho disse que a paciência acabou. “Não dá mais”, afirmou ele.");
        assertNull(speakerOf(b, "Não dá mais"));
    }

    @Test
    void aRoleWithThePartyNamedInParenthesesIsThatPartysMember() {
        Article a = analyze("O vereador Sérgio Matos Lins (PL) votou contra o projeto.\n\n"
                + "O vereador Ivo Brandão (PSD) defendeu o texto.\n\n"
                + "“Se a conta fechar, eu peço desculpa”, afirmou o vereador do PL.");
        assertEquals("Sérgio Matos Lins", speakerOf(a, "peço desculpa"));
    }

    @Test
    void anEconomicIndicatorIsNoOrganizationToReferBackTo() {
        Article a = analyze("A Correnteza Energia registrou lucro de R$ 1,2 bilhão no trimestre, informou a companhia.\n\n"
                + "O Ebitda ajustado chegou a R$ 3,1 bilhões. Segundo a empresa, as usinas operaram com 61% da capacidade.");
        assertEquals("Correnteza Energia", speakerOf(a, "usinas operaram"));
    }

    @Test
    void aLeadsRoleIsThePersonTheNextParagraphIntroducesAndKeepsItsLongestHead() {
        Article a = analyze("Siderúrgica investe 300 milhões em Sines\n\n"
                + "SINES, 3 mar (Lusa) – A Aços do Sul vai investir 300 milhões de euros numa nova linha, anunciou hoje "
                + "o presidente executivo da empresa.\n\n"
                + "Em conferência de imprensa, Rui Tavares Leal sublinhou que a obra vai criar 400 empregos.\n\n"
                + "O presidente da Câmara de Sines, Carlos Mota, elogiou o projeto.\n\n"
                + "O presidente executivo da Aços do Sul disse ainda que a linha abre em 2027.");
        assertEquals("Rui Tavares Leal", speakerOf(a, "nova linha"));
        assertEquals("Rui Tavares Leal", speakerOf(a, "abre em 2027"));
    }

    @Test
    void aQuoteWithNoCueOpeningTheParagraphAfterReportedSpeechGoesOnWithItsSpeaker() {
        Article a = analyze("O atacante Wesley Prado perdeu o pênalti no fim do jogo.\n\n"
                + "Perguntado sobre a cobrança, o técnico Anselmo Vidal disse que a escolha foi dos jogadores.\n\n"
                + "– O Diego estava com dor na coxa e pediu para não bater. Eu não vou crucificar ninguém.");
        assertEquals("Anselmo Vidal", speakerOf(a, "crucificar ninguém"));
    }

    @Test
    void answersUnderALineThatAnnouncesThemAreThePersonItNames() {
        Article a = analyze("O técnico Anselmo Vidal falou por 40 minutos. O presidente Rui Matos não quis falar.\n\n"
                + "Veja outras respostas de Anselmo Vidal:\n\n"
                + "Desempenho\n\n"
                + "– Nós criamos mais no primeiro tempo. Mas futebol é gol.\n\n"
                + "Pressão\n\n"
                + "\"Você se sente prestigiado?\", perguntou o repórter Caio Brito.\n\n"
                + "– Eu me sinto trabalhando. Prestígio dura até a próxima derrota.");
        assertEquals("Anselmo Vidal", speakerOf(a, "futebol é gol"));
        assertEquals("Anselmo Vidal", speakerOf(a, "próxima derrota"));
        assertEquals("Caio Brito", speakerOf(a, "prestigiado"));
    }

    @Test
    void aPlayersPositionAndAPartyMembershipReferBackLikeAPronoun() {
        Article a = analyze("O treinador Jorge Neves falou aos jornalistas.\n\n"
                + "O capitão Duarte Melo Alves pediu aos adeptos que encham o estádio. «Precisamos deles», afirmou o médio.");
        assertEquals("Duarte Melo Alves", speakerOf(a, "Precisamos deles"));
        Article b = analyze("O ministro Henrique Valadares prometeu novos comboios.\n\n"
                + "A deputada do PS Carla Moniz classificou o anúncio como uma «promessa requentada».\n\n"
                + "— Quantas vezes vamos comprar o mesmo comboio? — questionou a socialista.");
        assertEquals("Carla Moniz", speakerOf(b, "mesmo comboio"));
    }

    @Test
    void anInstitutionLedBySomeoneSpeaksAndTheWiresDatelineIsNoPartOfTheQuote() {
        Article a = analyze("Lucros do Banco Atlântico sobem 12%\n\n"
                + "Porto, 4 fev 2025 (Lusa) - O Banco Atlântico registou lucros de 300 milhões de euros em 2024, "
                + "anunciou hoje a instituição liderada por Sofia Leal Rebelo.");
        Quote q = quoteContaining(a, "registou lucros");
        assertEquals("Banco Atlântico", q.speaker().name());
        assertTrue(q.text().startsWith("O Banco Atlântico"), q.text());
    }

    @Test
    void theQuotedWordsInsideAMixedQuoteAreItsSpeakers() {
        Article a = analyze("O presidente executivo do Banco Atlântico, Paulo Rebelo, apresentou os resultados.\n\n"
                + "Questionado sobre uma possível fusão com o espanhol Banco Meseta, o banqueiro disse que não comenta "
                + "\"especulações de mercado\", mas admitiu que o setor \"vai ter menos bancos daqui a cinco anos\".");
        Quote mixed = quoteContaining(a, "o setor");
        Quote inner = a.quotes().stream().filter(q -> q.text().equals("vai ter menos bancos daqui a cinco anos"))
                .findFirst().orElseThrow();
        assertEquals(mixed.speaker(), inner.speaker());
    }

    @Test
    void leadsWithTheDayOfTheMonthAnAcronymOrACompanyNounAfterTheCueAreReportedSpeech() {
        Article a = analyze("BRASÍLIA — A inflação de serviços desacelerou para 0,41% em março, depois de alta de 0,63% "
                + "em fevereiro, informou nesta quinta-feira (10) o Instituto Nacional de Estatística Econômica.");
        assertEquals("Instituto Nacional de Estatística Econômica", speakerOf(a, "desacelerou"));
        Article b = analyze("A fila de cirurgias caiu 38% nos últimos seis meses, segundo balanço divulgado nesta "
                + "terça-feira (14) pela Secretaria Municipal de Saúde.");
        assertEquals("Secretaria Municipal de Saúde", speakerOf(b, "fila de cirurgias"));
        Article c = analyze("O programa entregou 4.320 casas, revela uma auditoria do Tribunal de Contas (TdC) divulgada "
                + "esta quarta-feira.");
        assertEquals("Tribunal de Contas", speakerOf(c, "entregou 4.320 casas"));
        Article d = analyze("A Ferrovias do Norte cancelou hoje 612 comboios até às 12:00, cerca de 70% dos previstos, "
                + "informou a transportadora.");
        assertEquals("Ferrovias do Norte", speakerOf(d, "cancelou hoje"));
    }

    @Test
    void anotherUnnamedPersonsZeroSubjectNamesNoOneAndTheDefendantReferBack() {
        Article a = analyze("O aposentado Sebastião Lima reclamou da obra. \"O buraco continua aberto\", disse.\n\n"
                + "Outra moradora, que preferiu não se identificar, contou que passou a noite fora. "
                + "\"Ninguém da prefeitura apareceu aqui\", afirmou.");
        assertNull(speakerOf(a, "Ninguém da prefeitura"));
        Article b = analyze("O antigo tesoureiro, Fernando Baptista, negou o desvio no primeiro dia de julgamento.\n\n"
                + "«Nunca tirei um cêntimo», afirmou o arguido, de 63 anos.");
        assertEquals("Fernando Baptista", speakerOf(b, "Nunca tirei"));
    }

    @Test
    void aRoleWordAfterAConnectorStaysInsideAnOrganizationsName() {
        Article a = analyze("A Associação de Moradores do Largo da Fonte entregou um abaixo-assinado. Em comunicado, a "
                + "associação considera que o parque vai trazer mais carros.");
        assertEquals("Associação de Moradores do Largo da Fonte", speakerOf(a, "trazer mais carros"));
    }

    @Test
    void aPersonsFirmAfterDaIsNoNickname() {
        Article a = analyze("A Cedro Investimentos elevou a recomendação para compra. O analista Sérgio Lobato, da Cedro, "
                + "escreveu que o mercado ainda subestima o potencial do Nordeste.");
        assertEquals("Sérgio Lobato", speakerOf(a, "subestima"));
    }

    @Test
    void anAcronymInsideAnOrganizationsNameKeepsTheWholeName() {
        Article a = analyze("A urgência vai encerrar à noite, anunciou esta segunda-feira a Unidade Local de Saúde (ULS) do "
                + "Tâmega.\n\nEm comunicado, a ULS explica que a medida é temporária.");
        assertEquals("Unidade Local de Saúde do Tâmega", speakerOf(a, "medida é temporária"));
        Article b = analyze("O Comitê de Política Monetária (Copom) do Banco Central manteve os juros. O Banco Central "
                + "publicou a ata. Segundo o Copom, a inflação vai ceder.");
        assertEquals("Comitê de Política Monetária", speakerOf(b, "inflação vai ceder"));
    }

    @Test
    void anAcronymDashedToItsNameIsOneOrganization() {
        Article a = analyze("A REN – Redes Energéticas Nacionais, concessionária da rede de transporte, saudou o interesse. "
                + "Em comunicado, a REN lembrou que a capacidade está «praticamente esgotada».");
        assertEquals("Redes Energéticas Nacionais", speakerOf(a, "capacidade está"));
    }

    @Test
    void pronounResolvesToTheNearestPersonBeforeIt() {
        Article a = analyze("A economista Helena Prado participou do seminário em São Paulo.\n\n"
                + "Ela afirmou que a inflação deve recuar no segundo semestre.");
        assertEquals("Helena Prado", speakerOf(a, "inflação deve recuar"));
    }

    @Test
    void pronounWithNoPersonBeforeItHasNoSpeaker() {
        Article a = analyze("O mercado abriu em queda nesta segunda-feira.\n\n"
                + "Ele afirmou que a situação vai melhorar nas próximas semanas.");
        assertNull(speakerOf(a, "situação vai melhorar"));
    }

    @Test
    void organizationSpeaksThroughAStatement() {
        Article a = analyze("A Petrobras informou em nota que a produção cresceu no trimestre.");
        Quote q = quoteContaining(a, "produção cresceu");
        assertEquals("Petrobras", q.speaker().name());
        assertEquals(SpeakerType.ORGANIZATION, a.speakers().get(0).type());
    }

    @Test
    void trailingCueWithRoleAttributesTheWholeClause() {
        Article a = analyze("O diretor da Vale, Marcos Teixeira, falou à imprensa. A mineradora vai investir em "
                + "novas usinas no Pará, explicou o diretor da Vale.");
        assertEquals("Marcos Teixeira", speakerOf(a, "vai investir em novas usinas"));
    }

    @Test
    void colonIntroducesAQuoteWithoutASpeechVerb() {
        Article a = analyze("Roberto Lima, presidente do sindicato, está otimista: “Vamos fechar um bom acordo.”");
        Quote q = quoteContaining(a, "Vamos fechar");
        assertEquals(QuoteKind.DIRECT, q.kind());
        assertEquals("Roberto Lima", q.speaker().name());
        assertEquals(":", q.cue().text());
    }

    @Test
    void titlesAndScareQuotesAreNotQuotes() {
        Article a = analyze("O filme “Cidade Cinzenta” estreia hoje. O chamado “teto de gastos” voltou ao debate.");
        assertTrue(a.quotes().isEmpty(), a.quotes().toString());
    }

    @Test
    void quoteWithNoCueContinuesThePreviousSpeaker() {
        Article a = analyze("“Não vamos aceitar cortes na saúde”, disse a senadora Paula Nogueira.\n\n"
                + "“O país precisa de mais hospitais, não de menos.”");
        assertEquals("Paula Nogueira", speakerOf(a, "precisa de mais hospitais"));
    }

    @Test
    void peopleWhoOnlyAppearAreNotSpeakers() {
        Article a = analyze("Em reunião com o ministro Caio Duarte, a presidente do banco, Sofia Antunes, "
                + "afirmou que os juros devem cair.");
        List<String> names = a.speakers().stream().map(Speaker::name).toList();
        assertEquals(List.of("Sofia Antunes"), names);
    }

    @Test
    void partialQuoteInsideReportedSpeechIsAttributedToItsSpeaker() {
        Article a = analyze("O governador Tiago Ramos disse que a obra é “prioridade absoluta do estado” e que "
                + "começa em março.");
        Quote partial = a.quotes().stream().filter(q -> q.kind() == QuoteKind.DIRECT).findFirst().orElseThrow();
        assertEquals("prioridade absoluta do estado", partial.text());
        assertNotNull(partial.speaker());
        assertEquals("Tiago Ramos", partial.speaker().name());
        assertEquals(QuoteKind.MIXED, quoteContaining(a, "começa em março").kind());
    }

    @Test
    void organizationNamedAsAListOfFieldsKeepsTheWholeName() {
        Article a = analyze("A Autoridade Nacional de Pesca, Aquicultura e Recursos Marinhos (ANPARM) disse que a quota "
                + "será revista em março.\n\nA ANPARM garantiu ainda que os pescadores serão ouvidos.");
        assertEquals("Autoridade Nacional de Pesca, Aquicultura e Recursos Marinhos", speakerOf(a, "quota será revista"));
        assertEquals("Autoridade Nacional de Pesca, Aquicultura e Recursos Marinhos", speakerOf(a, "pescadores serão ouvidos"));
    }

    @Test
    void acronymResolvesToTheOrganizationWhoseInitialsItSpells() {
        Article a = analyze("O árbitro foi afastado pela Confederação Brasileira de Handebol na segunda-feira.\n\n"
                + "Em nota, a CBH informou que o caso será julgado por um tribunal desportivo.\n\n"
                + "A escala do fim de semana já foi alterada, de acordo com a entidade.");
        assertEquals("Confederação Brasileira de Handebol", speakerOf(a, "caso será julgado"));
        assertEquals("Confederação Brasileira de Handebol", speakerOf(a, "escala do fim de semana"));
    }

    @Test
    void spokespersonOfAnAcronymSpeaksForTheOrganization() {
        Article a = analyze("A multa foi aplicada pelo Instituto Regulador de Transportes Urbanos e Ferroviários (IRTUF).\n\n"
                + "Fonte oficial do IRTUF garantiu ao jornal que o regulador cumpriu todos os prazos.");
        assertEquals("Instituto Regulador de Transportes Urbanos e Ferroviários", speakerOf(a, "cumpriu todos os prazos"));
    }

    @Test
    void headlineRoleNamesThePersonTheBodyIntroducesWithThatRoleNotAnEarlierName() {
        Article a = analyze("Campinas amplia creches; «o prazo é curto», admite diretora das escolas\n\n"
                + "A Prefeitura de Campinas anunciou 20 novas creches. A diretora do hospital municipal, Sandra Lopes, "
                + "elogiou o plano.\n\nA diretora da Rede Municipal de Escolas, Marta Ribeiro Dias, falou à tarde.");
        Quote q = quoteContaining(a, "o prazo é curto");
        assertEquals(QuoteKind.DIRECT, q.kind());
        assertEquals("Marta Ribeiro Dias", q.speaker().name());
        assertTrue(a.quotes().stream().noneMatch(x -> x.text().contains("amplia creches")), a.quotes().toString());
    }

    @Test
    void multiWordRoleSynonymRefersToThePersonHoldingTheRole() {
        Article a = analyze("«Não vamos subir impostos», disse o primeiro-ministro, Rui Falcão, no Parlamento. "
                + "O chefe do Governo garantiu ainda que as pensões serão atualizadas.");
        assertEquals("Rui Falcão", speakerOf(a, "pensões serão atualizadas"));
    }

    @Test
    void headlineLeaderOfABodyIsThePersonWhoPresidesOverIt() {
        Article a = analyze("Metro parado: «a culpa é da administração», acusa líder sindical\n\n"
                + "«A culpa é da administração», afirmou o presidente do Sindicato dos Trabalhadores do Metro, "
                + "Paulo Rebelo Dinis. A administradora da empresa, Sofia Lemos, não comentou.");
        assertEquals("Paulo Rebelo Dinis", a.quotes().get(0).speaker().name());
    }

    @Test
    void participialAdjunctBeforeAColonQuoteNamesNoSpeaker() {
        Article a = analyze("A treinadora Joana Brito Leal evitou falar em título.\n\n"
                + "Questionada se a equipa depende demais de Mariana, a treinadora foi direta: “Depende de todas.” "
                + "Perguntada depois sobre o calendário, respondeu com ironia: “Quem fez o calendário não joga.”");
        assertEquals("Joana Brito Leal", speakerOf(a, "Depende de todas"));
        assertEquals("Joana Brito Leal", speakerOf(a, "Quem fez o calendário"));
    }

    @Test
    void subjectsAndAdjunctsBeforeAVerbAreNotReportedStatements() {
        Article a = analyze("A ministra da Cultura, Lúcia Prado Neves, reconheceu os atrasos mas pediu paciência.\n\n"
                + "Pela oposição, o deputado Rui Lemos considerou a proposta insuficiente.\n\n"
                + "O presidente do sindicato, Jorge Amaral, rebateu.");
        assertTrue(a.quotes().isEmpty(), a.quotes().toString());
    }

    @Test
    void anUnnamedPersonDescribedByWhomSheKnowsIsNoOne() {
        Article a = analyze("A juíza Marta Lobo Prates condenou o ex-prefeito.\n\n"
                + "Uma pessoa próxima à juíza, que pediu anonimato, disse que ela recebeu ameaças.");
        assertNull(speakerOf(a, "recebeu ameaças"));
    }

    @Test
    void aRoleSubjectWithoutSpeechIsTheAntecedentOfTheNextUnsaidSubject() {
        Article a = analyze("A líder da bancada do PL, Sónia Vidal Matos, criticou o plano. O ministro Rui Falcão "
                + "respondeu que o país precisa de estabilidade.\n\nÀ noite, a líder parlamentar voltou ao tema. "
                + "Garantiu que o partido vai apresentar uma alternativa.");
        assertEquals("Sónia Vidal Matos", speakerOf(a, "apresentar uma alternativa"));
    }

    @Test
    void placesNamedAfterEmOrBairroAreNotAntecedents() {
        Article a = analyze("A delegada Carla Nunes Prado explicou o caso.\n\n"
                + "Segundo ela, o grupo funcionava numa casa no bairro Vila Esperança, em Contagem. "
                + "“Tinham roteiro para tudo”, disse.");
        assertEquals("Carla Nunes Prado", speakerOf(a, "roteiro para tudo"));
    }

    @Test
    void ordinalsBoardsAndAdjectivesInsideNamesAndAppositions() {
        Article a = analyze("O Tribunal Regional do Trabalho da 2ª Região julgou o caso. Procurado, o tribunal informou "
                + "que não comenta decisões.\n\nO Vitória de Guimarães perdeu. A SAD do Vitória disse que vai recorrer.\n\n"
                + "O treinador do Vitória, o brasileiro Caio Menezes Prado, foi taxativo: «Não há desculpas.»");
        assertEquals("Tribunal Regional do Trabalho da 2ª Região", speakerOf(a, "não comenta decisões"));
        assertEquals("Vitória de Guimarães", speakerOf(a, "vai recorrer"));
        assertEquals("Caio Menezes Prado", speakerOf(a, "Não há desculpas"));
    }

    @Test
    void organizationNounsAndDocumentsReferBackToTheOrganization() {
        Article a = analyze("A Polícia Federal prendeu quatro suspeitos. Segundo a corporação, o grupo lavou R$ 3 milhões.\n\n"
                + "A Inspeção-Geral das Atividades em Saúde publicou um relatório. Segundo o documento, as esperas "
                + "subiram 12%. Ainda assim, de acordo com o organismo, a situação está a melhorar.");
        assertEquals("Polícia Federal", speakerOf(a, "lavou R$ 3 milhões"));
        assertEquals("Inspeção-Geral das Atividades em Saúde", speakerOf(a, "as esperas subiram"));
        assertEquals("Inspeção-Geral das Atividades em Saúde", speakerOf(a, "está a melhorar"));
    }

    @Test
    void aPronounSkipsTheCompanyNamedInTheAnalystsApposition() {
        Article a = analyze("Para o economista Rui Pestana Lobo, da gestora de fundos Atlantis, os juros vão descer. "
                + "Ele estima que a inflação fique abaixo de 3%.\n\nO banco criticou a medida num ano em que "
                + "fechou 40 balcões.");
        assertEquals("Rui Pestana Lobo", speakerOf(a, "inflação fique abaixo"));
        assertTrue(a.quotes().stream().noneMatch(q -> q.text().contains("fechou 40 balcões")), a.quotes().toString());
    }

    @Test
    void theLawyerWhoLeadsTheDefenceSpeaksAndBareObjectsTakeRelatives() {
        Article a = analyze("O empresário Carlos Dias Moura foi condenado. A defesa do empresário, conduzida pela advogada "
                + "Rita Sales Prado, classificou a sentença como \"injusta\" e informou que vai recorrer.\n\n"
                + "Na época, a vendedora exigiu garantias que o comprador considerou excessivas.");
        assertEquals("Rita Sales Prado", speakerOf(a, "vai recorrer"));
        assertTrue(a.quotes().stream().noneMatch(q -> q.text().contains("considerou excessivas")), a.quotes().toString());
    }

    @Test
    void unsaidSubjectsAfterAdjunctsAndDativesAndTheColonQuoteAfterAReport() {
        Article a = analyze("A ministra da Cultura, Lúcia Prado Neves, reconheceu os atrasos. \"Temos um problema sério\", "
                + "afirmou aos jornalistas, à saída do Parlamento.\n\nO presidente da Ordem, Rui Neves Lobo, criticou "
                + "a medida. Em entrevista à Antena 1, defendeu que o problema é estrutural: \"Isto é um remendo.\"");
        assertEquals("Lúcia Prado Neves", speakerOf(a, "problema sério"));
        Quote reported = quoteContaining(a, "o problema é estrutural");
        assertEquals("Rui Neves Lobo", reported.speaker().name());
        assertTrue(!reported.text().contains("remendo"), reported.text());
        assertEquals("Rui Neves Lobo", speakerOf(a, "Isto é um remendo"));
    }

    @Test
    void professionsAreRolesThatLaterMentionsResolveTo() {
        Article a = analyze("O calor bateu recordes em Cuiabá. A meteorologista Joana Prates Lima acompanha as medições.\n\n"
                + "Segundo a meteorologista, a temperatura subiu 2 °C em dez anos.");
        assertEquals("Joana Prates Lima", speakerOf(a, "temperatura subiu"));
    }

    @Test
    void anOrganizationNamedAfterAnAdjectiveAndTheSameSourceAgain() {
        Article a = analyze("O Governo aprovou o plano. A associação ambientalista Quercus considerou-o insuficiente. "
                + "Em comunicado, a organização defende que o país devia ir mais longe.\n\n"
                + "Fonte do Ministério do Ambiente garantiu que os apoios estão previstos. Segundo a mesma fonte, "
                + "estão em causa 300 milhões de euros.");
        assertEquals("Quercus", speakerOf(a, "devia ir mais longe"));
        assertEquals("Ministério do Ambiente", speakerOf(a, "300 milhões"));
    }

    @Test
    void organizationsNamedAfterPlacesAndRolesMatchedByTheirHead() {
        Article a = analyze("A Proteção Civil de Trás-os-Montes retirou 200 famílias. A Defesa Civil de Santa Catarina "
                + "informou que os alertas foram enviados.\n\nO economista Rui Tavares Lobo, especialista em habitação "
                + "e investigador do Instituto de Estudos Urbanos, considera que o plano falhou. Na opinião do "
                + "investigador, o Estado devia agir.");
        assertEquals("Defesa Civil de Santa Catarina", speakerOf(a, "alertas foram enviados"));
        assertEquals("Rui Tavares Lobo", speakerOf(a, "o plano falhou"));
        assertEquals("Rui Tavares Lobo", speakerOf(a, "Estado devia agir"));
    }

    @Test
    void aRoleWordInsideAnOrganizationsNameKeepsTheNameWhole() {
        Article a = analyze("A seca avança no interior. Segundo a Agência Executiva de Recursos Hídricos do Piauí, "
                + "o açude está com 12% da capacidade. O governador Paulo Mendes Leal respondeu que a obra da "
                + "adutora começa em março.");
        assertEquals("Agência Executiva de Recursos Hídricos do Piauí", speakerOf(a, "açude está"));
        assertEquals("Paulo Mendes Leal", speakerOf(a, "adutora"));
    }

    @Test
    void aNicknameAfterConhecidoComoIsNotAQuoteEvenWithWordsBetween() {
        Article a = analyze("O vereador Carlos Menezes, conhecido no bairro como “Carlão do Mercado”, disse que vai "
                + "votar contra o projeto.");
        assertTrue(a.quotes().stream().noneMatch(q -> q.text().equals("Carlão do Mercado")), a.quotes().toString());
    }

    @Test
    void anEpithetAfterTheNameStandsForThePerson() {
        Article a = analyze("O Vitória anunciou a contratação do zagueiro Diego Ferraz, de 35 anos.\n\n"
                + "“Ainda tenho muito a dar”, disse o veterano na apresentação.");
        assertEquals("Diego Ferraz", speakerOf(a, "muito a dar"));
    }

    @Test
    void aZeroSubjectCueFollowedOnlyByAdjunctsTakesTheSpeakerBefore() {
        Article a = analyze("O presidente da câmara, Rui Santos Vidal, defendeu o contrato. O autarca garantiu que a "
                + "receita vai crescer.\n\n“Não estamos a vender a cidade”, afirmou aos jornalistas no final da reunião.");
        assertEquals("Rui Santos Vidal", speakerOf(a, "vender a cidade"));
    }

    @Test
    void aSurnameThatIsAlsoACommonPluralIsStillThePerson() {
        Article a = analyze("Para o analista Paulo Fontes, da corretora Sulcap, o impacto será limitado. "
                + "\"O mercado já precificou o risco\", disse Fontes.");
        assertEquals("Paulo Fontes", speakerOf(a, "precificou"));
    }

    @Test
    void answersOfAPrintedInterviewBelongToTheSubjectBeforeTheFirstQuestion() {
        Article a = analyze("A pesquisadora Lúcia Amaral apresentou o protótipo nesta terça-feira.\n\n"
                + "P: Quando a bateria chega ao consumidor?\n\nR: Em três a quatro anos, se tudo correr bem.");
        assertEquals("Lúcia Amaral", speakerOf(a, "três a quatro anos"));
    }

    @Test
    void respostasSobPerguntasSemMarcasSaoDoEntrevistadoNomeadoNoTitulo() {
        Article a = analyze("A cooperativa abriu uma nova unidade em Pelotas.\n\nDuas perguntas para Marta Quintanilha\n\n"
                + "Quanto custou a obra?\n\nCerca de R$ 4 milhões, quase tudo com crédito rural.\n\n"
                + "E agora?\n\nAgora é colher e pagar as contas.");
        assertEquals("Marta Quintanilha", speakerOf(a, "crédito rural"));
        assertEquals("Marta Quintanilha", speakerOf(a, "colher e pagar"));
    }

    @Test
    void oPresidenteDaInstituicaoEQuemALideraSegundoOLead() {
        Article a = analyze("Porto, 12 fev 2025 (Lusa) - A Seguradora Atlântida (SATL) registou lucros de 88 milhões de "
                + "euros em 2024, anunciou hoje a empresa liderada por Helena Cordeiro Matias.\n\n"
                + "Na apresentação dos resultados, o presidente executivo da SATL garantiu que o dividendo vai subir.\n\n"
                + "A comissão de trabalhadores, por seu lado, disse que os salários não acompanharam a inflação.");
        assertEquals("Helena Cordeiro Matias", speakerOf(a, "dividendo vai subir"));
    }

    @Test
    void umNomeDeInstituicaoComEDaAntesDaSiglaEUmSo() {
        Article a = analyze("O hidrólogo Caio Resende Brandão, do Instituto de Estudos do Pantanal e da Chapada (Iepac), "
                + "apresentou o estudo ontem.\n\nO Iepac informou que vai publicar os dados em março.");
        assertEquals("Instituto de Estudos do Pantanal e da Chapada", speakerOf(a, "publicar os dados"));
    }

    @Test
    void umaSiglaComTravessaoAntesDoNomePorExtensoEUmaSoEntidade() {
        Article a = analyze("O secretário de Estado garantiu que a MT – Metro de Talhadas vai receber dez carruagens. "
                + "Mais tarde, a MT informou que os metros novos chegam em 2027.");
        assertEquals("Metro de Talhadas", speakerOf(a, "chegam em 2027"));
    }

    @Test
    void oOrgaoRetomaAFonteDaFraseAnteriorENaoARegiao() {
        Article a = analyze("A estiagem que atingiu o Norte de Goiás secou 30 açudes, de acordo com a Agência Goiana de "
                + "Defesa Agropecuária (Agrodefesa). Segundo o órgão, cerca de 9 mil produtores foram afetados.");
        assertEquals("Agência Goiana de Defesa Agropecuária", speakerOf(a, "9 mil produtores"));
    }

    @Test
    void umSujeitoOrganizacaoComComplementoFalaPelaOrganizacao() {
        Article a = analyze("O Sindicato Independente dos Ferroviários convocou greve para segunda-feira. "
                + "O sindicato dos maquinistas afirmou que a adesão foi de 80%.");
        assertEquals("Sindicato Independente dos Ferroviários", speakerOf(a, "adesão foi de 80%"));
        Article b = analyze("O Ministério do Desporto apoiou a obra. O Atlético Clube de Arraial inaugurou o estádio no "
                + "domingo. A direção do clube informou que o público somou 20 mil pessoas.");
        assertEquals("Atlético Clube de Arraial", speakerOf(b, "20 mil pessoas"));
    }

    @Test
    void umAdjuntoComPreposicaoContraidaNaoEFalaEUmArtigoNaoEPreposicao() {
        Article a = analyze("Do lado dos lojistas, a associação comercial pede calma.");
        assertTrue(a.quotes().isEmpty(), a.quotes().toString());
        Article b = analyze("A Câmara de Tavira reuniu-se ontem. A ponte vai fechar, admite a autarquia.");
        assertEquals("Câmara de Tavira", speakerOf(b, "ponte vai fechar"));
    }

    @Test
    void aAgenciaRetomaOOrgaoPublicoNomeadoSoPelaSigla() {
        Article a = analyze("A Antaq aprovou o novo terminal. A agência reguladora destacou que o porto ganha 20% de "
                + "capacidade.");
        assertEquals("Antaq", speakerOf(a, "20% de capacidade"));
    }

    @Test
    void umInfinitivoDepoisDoVerboDeDizerEFala() {
        Article a = analyze("O prefeito Jonas Quintela negou as acusações. Em vídeo, ele disse ser alvo de perseguição "
                + "política e negou ter recebido dinheiro da construtora.");
        assertEquals("Jonas Quintela", speakerOf(a, "alvo de perseguição"));
    }

    @Test
    void aDonaDeCasaEUmPapelNaoUmPronomeDeTratamento() {
        Article a = analyze("\u201cA água levou tudo\u201d, contou a dona de casa Rosa Tavares, de 61 anos.");
        assertEquals("Rosa Tavares", speakerOf(a, "levou tudo"));
    }

    @Test
    void oPresidenteDaCamaraLogoDepoisDoAutarcaNomeadoEOMesmo() {
        Article a = analyze("O autarca de Tomar, Hugo Cristóvão Lemos, considerou a decisão injusta. "
                + "O presidente da câmara acrescentou que vai recorrer para o tribunal.");
        assertEquals("Hugo Cristóvão Lemos", speakerOf(a, "recorrer para o tribunal"));
    }

    @Test
    void naOticaDeEUmaFonte() {
        Article a = analyze("Na ótica da economista Joana Pires Valente, a inflação vai abrandar no segundo semestre.");
        assertEquals("Joana Pires Valente", speakerOf(a, "inflação vai abrandar"));
    }

    @Test
    void umEleDepoisDeUmaFraseAbertaPorEleEAMesmaPessoa() {
        Article a = analyze("O prefeito Caio Lemos visitou a obra nesta segunda-feira. Ele elogiou de passagem o "
                + "vereador Rui Antunes. \u201cVamos entregar em maio\u201d, disse ele.");
        assertEquals("Caio Lemos", speakerOf(a, "entregar em maio"));
    }

    @Test
    void aHeadlinesNameBeforeAColonIsItsSpeakerButATopicOrAKickerIsNot() {
        Article a = analyze("Tebet: corte de gastos virá antes do fim do semestre\n\nA ministra Simone Tebet "
                + "falou em Brasília nesta terça-feira.");
        assertEquals("Simone Tebet", speakerOf(a, "corte de gastos virá"));
        Article topic = analyze("IRS: Governo aprova descida das taxas para seis escalões\n\nO Conselho de Ministros "
                + "aprovou a medida nesta quinta-feira.");
        assertTrue(topic.quotes().isEmpty(), topic.quotes().toString());
    }

    @Test
    void oEuDeUmaCronicaComAssinaturaEOAutor() {
        Article a = analyze("Por Ana Beatriz Lima\n\nCresci perto do rio. Quando minha mãe falou da enchente, eu "
                + "disse: \u201cEla nunca mais volta.\u201d");
        assertEquals("Ana Beatriz Lima", speakerOf(a, "nunca mais volta"));
        Article unsigned = analyze("Cresci perto do rio. Quando minha mãe falou da enchente, eu disse: \u201cEla "
                + "nunca mais volta.\u201d");
        assertNull(speakerOf(unsigned, "nunca mais volta"));
    }

    @Test
    void oSindicatoEAFederacaoDosTrabalhadoresQueOArtigoNomeou() {
        Article a = analyze("A Federação Nacional dos Metroviários apoiou a greve nesta segunda-feira.\n\n"
                + "\u201cNinguém volta ao trabalho sem acordo\u201d, afirmou o sindicato em nota.");
        assertEquals("Federação Nacional dos Metroviários", speakerOf(a, "Ninguém volta ao trabalho"));
    }

    @Test
    void umaCitacaoSujeitoDeUmaPassivaEDoAgente() {
        Article a = analyze("A vereadora Marta Sales discursou na terça-feira.\n\n\u201cNão há plano B para a cidade\u201d "
                + "foi escrito por Helena Prates num bilhete deixado na mesa.");
        assertEquals("Helena Prates", speakerOf(a, "Não há plano B"));
    }
}
