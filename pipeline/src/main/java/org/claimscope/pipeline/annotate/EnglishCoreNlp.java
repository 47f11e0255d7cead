package org.claimscope.pipeline.annotate;

import edu.stanford.nlp.pipeline.Annotator;
import java.util.List;
import java.util.Properties;
import org.claimscope.pipeline.annotate.en.NerRepair;
import org.claimscope.pipeline.annotate.en.OrganizationNameRepair;
import org.claimscope.pipeline.figures.FigureRecognizer;
import org.claimscope.pipeline.lang.LanguageResources;
import org.claimscope.pipeline.lang.WordList;

/**
 * English with CoreNLP's own models, chosen for cost: the left-to-right POS tagger and a single
 * CoNLL 4-class CRF. No SUTime, fine-grained NER, parser or coreference: our figure recognizer and
 * attribution rules do that work for a fraction of the time.
 */
public final class EnglishCoreNlp implements CoreNlpLanguage {

    private final FigureRecognizer figures;
    private final LanguageResources lex;

    public EnglishCoreNlp(FigureRecognizer figures, LanguageResources lex) {
        this.figures = figures;
        this.lex = lex;
    }

    @Override
    public String code() {
        return "en";
    }

    @Override
    public Properties properties() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        p.setProperty("tokenize.language", "en");
        p.setProperty("tokenize.options", CoreNlpLanguage.tokenizerOptions());
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        p.setProperty("pos.model", "edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger");
        p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz");
        p.setProperty("ner.applyNumericClassifiers", "false");
        p.setProperty("ner.useSUTime", "false");
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.buildEntityMentions", "false");
        p.setProperty("ner.combinationMode", "NORMAL");
        return p;
    }

    @Override
    public List<Annotator> ownAnnotators() {
        return List.of(new NerRepair(WordList.load("en", "org-suffixes"), WordList.load("en", "stopwords"),
                        WordList.load("en", "company-nouns"), WordList.load("en", "seats-of-power"),
                        WordList.load("en", "role-heads"), lex.names(), lex.speech()),
                new OrganizationNameRepair(WordList.load("en", "org-nouns"), WordList.load("en", "company-nouns"),
                        WordList.load("en", "company-descriptors"), WordList.load("en", "role-heads")),
                new FiguresAnnotator(figures, code()));
    }
}
