package org.claimscope.pipeline.extract;

import java.util.List;
import org.claimscope.model.Claim;
import org.claimscope.model.Figure;
import org.claimscope.model.Quote;
import org.claimscope.model.Speaker;
import org.claimscope.model.Stance;

/** What the extract stage finds in one annotated text. */
public record Extraction(List<Speaker> speakers, List<Quote> quotes, List<Stance> stances,
                         List<Figure> figures, List<Claim> claims) {
}
