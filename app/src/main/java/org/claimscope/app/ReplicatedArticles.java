package org.claimscope.app;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.claimscope.model.Article;
import org.claimscope.model.Source;

/**
 * Copies of analysed articles under new ids, paths, titles and dates, so that {@code bench} can grow an index to
 * a million quotes without hours of analysis. Text, speakers, quotes, figures and claims are kept as analysed: the
 * index holds real analysis output, only more of it, and every copy is a separate source for the facets.
 */
final class ReplicatedArticles {

    private static final LocalDate EPOCH = LocalDate.of(2016, 1, 1);
    private static final int DAYS = 10 * 365;

    private ReplicatedArticles() {
    }

    /** Copy {@code k} (k ≥ 1) of {@code a}: a distinct id, path and title, and a date spread over ten years. */
    static Article copy(Article a, int k) {
        if (k < 1) {
            throw new IllegalArgumentException("copy number must be at least 1: " + k);
        }
        Source s = a.source();
        String path = "replica-" + k + "/" + (s.path() == null ? a.id() : s.path());
        String title = s.title() == null ? null : s.title() + " (" + k + ")";
        String published = shiftedDate(s.published(), a.id(), k);
        Source copy = new Source(path, s.url(), title, s.author(), published, s.siteName());
        return new Article(a.schema(), a.id() + "-" + k, copy, a.language(), a.text(), a.speakers(), a.quotes(),
                a.stances(), a.figures(), a.claims());
    }

    private static String shiftedDate(String published, String id, int k) {
        LocalDate base = EPOCH;
        if (published != null && published.length() >= 10) {
            try {
                base = LocalDate.parse(published.substring(0, 10));
            } catch (DateTimeParseException ignored) {
                // an unparsable date is spread from the epoch like an undated one
            }
        }
        // A fixed, well-mixed offset per (article, copy): the same run always builds the same index.
        int offset = Math.floorMod(id.hashCode() * 31 + k * 7919, DAYS);
        return String.format(Locale.ROOT, "%sT09:00:00Z", base.minusDays(offset));
    }
}
