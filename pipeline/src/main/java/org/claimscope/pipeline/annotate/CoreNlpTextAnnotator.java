package org.claimscope.pipeline.annotate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import org.claimscope.model.Figure;

/** Runs one language's CoreNLP pipeline and turns its annotations into typed records. Thread-safe. */
public final class CoreNlpTextAnnotator implements TextAnnotator {

    private final String language;
    private final StanfordCoreNLP pipeline;

    public CoreNlpTextAnnotator(CoreNlpLanguage lang) {
        this.language = lang.code();
        this.pipeline = new StanfordCoreNLP(lang.properties());
        for (Annotator own : lang.ownAnnotators()) {
            pipeline.addAnnotator(own);
        }
    }

    /**
     * "Harry M. Reid (D-Nev.) blasted Rubio": a sentence the splitter ended inside a parenthesis, at an abbreviation,
     * whose next word is lower case.
     */
    private static boolean afterClosedParenthesis(Sentence prev, Token first) {
        List<Token> t = prev.tokens();
        String last = t.get(t.size() - 1).word();
        return (")".equals(last) || "-RRB-".equals(last)) && t.size() >= 2 && ".".equals(t.get(t.size() - 2).word())
                && !first.word().isEmpty() && Character.isLowerCase(first.word().codePointAt(0));
    }

    /** Abbreviated titles that stand before a name ("Del." is also Delaware, so not after a comma). */
    private static final java.util.Set<String> TITLES = java.util.Set.of("Del", "Rep", "Sen", "Gov", "Gen", "Lt",
            "Col", "Sgt", "Adm", "Capt", "Cmdr", "Dr", "Mr", "Mrs", "Ms", "Prof", "Amb", "Rev", "Hon", "Supt");

    /**
     * "…,” said Del. Stacey Plaskett": a sentence the splitter ended at a title's period, whose next sentence opens
     * with a person's name.
     */
    private static boolean afterTitle(Sentence prev, Token first) {
        List<Token> t = prev.tokens();
        int n = t.size();
        return n >= 3 && ".".equals(t.get(n - 1).word()) && TITLES.contains(t.get(n - 2).word())
                && !",".equals(t.get(n - 3).word()) && "PERSON".equals(first.ner());
    }

    /** Punctuation that continues a sentence and never opens one. */
    private static final java.util.Set<String> CONTINUING = java.util.Set.of(",", ";");

    @Override
    public String language() {
        return language;
    }

    @Override
    public AnnotatedText annotate(String text) {
        Annotation doc = new Annotation(text);
        pipeline.annotate(doc);
        List<Sentence> sentences = new ArrayList<>();
        int tokenIndex = 0;
        List<CoreMap> maps = doc.get(CoreAnnotations.SentencesAnnotation.class);
        for (CoreMap s : maps == null ? List.<CoreMap>of() : maps) {
            List<Token> tokens = new ArrayList<>();
            for (CoreLabel t : s.get(CoreAnnotations.TokensAnnotation.class)) {
                int begin = t.beginPosition();
                int end = t.endPosition();
                String ner = t.ner();
                tokens.add(new Token(tokenIndex++, text.substring(begin, end), begin, end, t.tag(), t.lemma(),
                        ner == null ? "O" : ner));
            }
            if (!tokens.isEmpty() && !sentences.isEmpty() && (CONTINUING.contains(tokens.get(0).word())
                    || afterClosedParenthesis(sentences.getLast(), tokens.get(0))
                    || afterTitle(sentences.getLast(), tokens.get(0)))) {
                // "Sen. Richard J. Durbin (D-Ill.), noting …, said": the splitter ended a sentence at "Ill.)", but
                // no sentence opens with a comma
                Sentence prev = sentences.removeLast();
                List<Token> joined = new ArrayList<>(prev.tokens());
                joined.addAll(tokens);
                sentences.add(new Sentence(prev.index(), prev.begin(), tokens.get(tokens.size() - 1).end(), joined));
            } else if (!tokens.isEmpty()) {
                sentences.add(new Sentence(sentences.size(), tokens.get(0).begin(),
                        tokens.get(tokens.size() - 1).end(), tokens));
            }
        }
        moveOpeningMarks(text, sentences);
        List<Figure> figures = doc.get(FiguresAnnotator.FiguresAnnotation.class);
        return new AnnotatedText(language, text, sentences, figures == null ? List.of() : figures);
    }

    /**
     * "… said in an interview. ''We also had …''": the tokenizer reads two apostrophes as a closing mark (as in the
     * Penn Treebank), so the splitter ends the sentence after them; when they open a quote (a space before, a word
     * right after), they begin the next sentence instead.
     */
    private static void moveOpeningMarks(String text, List<Sentence> sentences) {
        for (int i = 0; i + 1 < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            List<Token> t = s.tokens();
            Token last = t.get(t.size() - 1);
            if (t.size() < 2 || !last.word().startsWith("''") || last.begin() == 0
                    || !Character.isWhitespace(text.charAt(last.begin() - 1)) || last.end() >= text.length()
                    || !Character.isLetterOrDigit(text.charAt(last.end()))) {
                continue;
            }
            Sentence next = sentences.get(i + 1);
            List<Token> shortened = new ArrayList<>(t.subList(0, t.size() - 1));
            List<Token> grown = new ArrayList<>(next.tokens().size() + 1);
            grown.add(last);
            grown.addAll(next.tokens());
            sentences.set(i, new Sentence(s.index(), s.begin(), shortened.get(shortened.size() - 1).end(), shortened));
            sentences.set(i + 1, new Sentence(next.index(), last.begin(), next.end(), grown));
        }
    }
}
