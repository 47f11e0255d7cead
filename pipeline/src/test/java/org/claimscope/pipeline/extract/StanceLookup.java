package org.claimscope.pipeline.extract;

import org.claimscope.model.Article;
import org.claimscope.model.Stance;

/** Finds the stance a test asks about by its words, in either language's stance tests. */
final class StanceLookup {

    private StanceLookup() {
    }

    static Stance stance(Article a, String words) {
        return a.stances().stream().filter(s -> s.text().contains(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no stance with \"" + words + "\" in " + a.stances()));
    }

    static String sourceOf(Stance s) {
        return s.source() == null ? null : s.source().name();
    }
}
