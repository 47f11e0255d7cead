package org.claimscope.pipeline.annotate.en;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotator;
import java.util.Set;

/** An annotator that mends the NER tags CoreNLP set: it needs them and adds nothing new to the document. */
abstract class TagRepair implements Annotator {

    static final String ORG = "ORGANIZATION";

    static boolean capitalized(CoreLabel t) {
        return !t.word().isEmpty() && Character.isUpperCase(t.word().codePointAt(0));
    }

    @Override
    public final Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
        return Set.of();
    }

    @Override
    public final Set<Class<? extends CoreAnnotation>> requires() {
        return Set.of(CoreAnnotations.NamedEntityTagAnnotation.class);
    }
}
