package org.claimscope.pipeline.extract;

import java.util.List;
import org.claimscope.model.Claim;
import org.claimscope.model.Figure;
import org.claimscope.model.Quote;
import org.claimscope.model.Speaker;

/** What the extract stage finds in one annotated text. */
public record Extraction(List<Speaker> speakers, List<Quote> quotes, List<Figure> figures, List<Claim> claims) {
}
