package org.claimscope.pipeline.annotate;

import edu.stanford.nlp.pipeline.Annotator;
import java.util.List;
import java.util.Properties;
import org.claimscope.pipeline.annotate.pt.NameTagger;
import org.claimscope.pipeline.figures.FigureRecognizer;
import org.claimscope.pipeline.lang.LanguageResources;

/**
 * Languages analysed by our own rules: Portuguese (Brazil and Portugal) first, and Spanish. CoreNLP
 * ships no Portuguese models, and its Spanish ones mistag Portuguese (pronouns as PERSON,
 * "US$ 1 trilhão" as "$ 1"), so CoreNLP only tokenizes and splits sentences here; names, figures and
 * speech are found by our own annotators and the language's lexicons.
 */
public final class RuleBasedCoreNlp implements CoreNlpLanguage {

    private final FigureRecognizer figures;
    private final LanguageResources resources;

    public RuleBasedCoreNlp(FigureRecognizer figures, LanguageResources resources) {
        this.figures = figures;
        this.resources = resources;
    }

    @Override
    public String code() {
        return resources.language();
    }

    @Override
    public Properties properties() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit");
        // The English tokenizer is language-neutral enough once PTB escaping is off; the Spanish one
        // splits clitics and contractions that Portuguese writes differently (and its mwt breaks quote).
        p.setProperty("tokenize.language", "en");
        p.setProperty("tokenize.options", CoreNlpLanguage.tokenizerOptions());
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        return p;
    }

    @Override
    public List<Annotator> ownAnnotators() {
        return List.of(new NameTagger(resources), new FiguresAnnotator(figures, code()));
    }
}
