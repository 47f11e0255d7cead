package org.claimscope.pipeline.annotate;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import java.util.List;
import java.util.Set;
import org.claimscope.model.Figure;
import org.claimscope.pipeline.figures.FigureRecognizer;

/** Runs a {@link FigureRecognizer} over the document text inside a CoreNLP pipeline. */
public final class FiguresAnnotator implements Annotator {

    /** The figures of a document, offsets into its text. */
    public static final class FiguresAnnotation implements CoreAnnotation<List<Figure>> {
        @Override
        @SuppressWarnings("unchecked")
        public Class<List<Figure>> getType() {
            return (Class<List<Figure>>) (Class<?>) List.class;
        }
    }

    private final FigureRecognizer recognizer;
    private final String language;

    public FiguresAnnotator(FigureRecognizer recognizer, String language) {
        this.recognizer = recognizer;
        this.language = language;
    }

    @Override
    public void annotate(Annotation annotation) {
        String text = annotation.get(CoreAnnotations.TextAnnotation.class);
        annotation.set(FiguresAnnotation.class, List.copyOf(recognizer.recognize(text, language)));
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
        return Set.of(FiguresAnnotation.class);
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requires() {
        return Set.of(CoreAnnotations.TextAnnotation.class);
    }
}
