package org.claimscope.pipeline.extract;

import java.util.List;
import org.claimscope.model.Span;

/** Finds in one sentence a stance that speech did not take: one implementation per language that has a list. */
interface StanceFinder {

    /** The first stance with its source in tokens [a, end) outside the {@code taken} spans, or null. */
    StanceVerbs.Found find(int a, int end, List<Span> taken);

    /** A belief held by no one named ("is expected to …"), where the language's rules can tell one; else null. */
    default StanceVerbs.Found passive(int a, int end, List<Span> taken) {
        return null;
    }
}
