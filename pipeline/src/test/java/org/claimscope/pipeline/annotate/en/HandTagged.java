package org.claimscope.pipeline.annotate.en;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;

/** One sentence of hand-tagged tokens, "word/TAG" (TAG O when absent), for the NER-mending annotators' tests. */
final class HandTagged {

    private HandTagged() {
    }

    /** The tokens run through the annotator, returned in the same notation. */
    static String repaired(Annotator repair, String tagged) {
        List<CoreLabel> tokens = new ArrayList<>();
        for (String wt : tagged.split(" ")) {
            int slash = wt.lastIndexOf('/');
            CoreLabel t = new CoreLabel();
            t.setWord(slash < 0 ? wt : wt.substring(0, slash));
            t.setNER(slash < 0 ? "O" : wt.substring(slash + 1));
            tokens.add(t);
        }
        CoreMap sentence = new ArrayCoreMap();
        sentence.set(CoreAnnotations.TokensAnnotation.class, tokens);
        Annotation doc = new Annotation("");
        doc.set(CoreAnnotations.SentencesAnnotation.class, List.of(sentence));
        repair.annotate(doc);
        List<String> out = new ArrayList<>();
        for (CoreLabel t : tokens) {
            out.add("O".equals(t.ner()) ? t.word() : t.word() + "/" + t.ner());
        }
        return String.join(" ", out);
    }
}
