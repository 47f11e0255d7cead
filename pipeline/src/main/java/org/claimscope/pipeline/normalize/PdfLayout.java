package org.claimscope.pipeline.normalize;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * PDF text in reading order for news layouts. Glyphs are grouped into rows (same baseline) and rows into segments
 * (runs of text without a wide gap). A <em>gutter</em> is a vertical strip that the text of most rows leaves empty
 * while there is text on both sides; rows that do not cross it are read column by column (all of the left column,
 * then the right one, recursively for three or more columns), rows that cross it (a headline, a full-width
 * paragraph) are read where they stand. Within a column, lines are separated by a line break and paragraphs (a
 * larger vertical gap or an indented first line after a sentence end) by a blank line; re-joining wrapped lines and
 * hyphenated words is left to {@link PlainTextCleaner}. One instance per document (not thread-safe).
 */
final class PdfLayout extends PDFTextStripper {

    private final StringBuilder out = new StringBuilder();

    private PdfLayout() throws IOException {
        setSortByPosition(false);
        setSuppressDuplicateOverlappingText(true);
    }

    /** The text of a PDF in reading order, at most {@code maxChars} characters. */
    static String text(byte[] pdf, int maxChars) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PdfLayout layout = new PdfLayout();
            layout.getText(doc);
            String s = layout.out.toString();
            return s.length() > maxChars ? s.substring(0, maxChars) : s;
        }
    }

    @Override
    protected void writePage() {
        if (Thread.currentThread().isInterrupted()) {
            throw new IllegalStateException("interrupted");
        }
        List<Glyph> glyphs = new ArrayList<>();
        for (List<TextPosition> article : getCharactersByArticle()) {
            for (TextPosition t : article) {
                String u = t.getUnicode();
                if (u == null || u.isEmpty()) {
                    continue;
                }
                float size = Math.max(1f, Math.max(t.getFontSizeInPt(), t.getHeightDir()));
                glyphs.add(new Glyph(t.getXDirAdj(), t.getYDirAdj(), t.getWidthDirAdj(), size, u));
            }
        }
        List<Row> rows = rows(glyphs);
        List<List<Row>> flows = new ArrayList<>();
        layout(rows, flows, 0);
        for (List<Row> flow : flows) {
            String text = flowText(flow);
            if (text.isBlank()) {
                continue;
            }
            appendFlow(text);
        }
    }

    /** Joins a flow to what came before: a blank line, unless a sentence visibly continues (column/page break). */
    private void appendFlow(String text) {
        if (out.length() > 0) {
            char last = lastNonSpace(out);
            char first = text.strip().charAt(0);
            boolean continues = (Character.isLowerCase(first) || last == '-' || last == ',')
                    && ".!?:\"”»".indexOf(last) < 0;
            out.append(continues ? "\n" : "\n\n");
        }
        out.append(text.strip());
    }

    private static char lastNonSpace(CharSequence s) {
        for (int i = s.length() - 1; i >= 0; i--) {
            if (!Character.isWhitespace(s.charAt(i))) {
                return s.charAt(i);
            }
        }
        return ' ';
    }

    private record Glyph(float x, float y, float w, float size, String text) {
        float end() {
            return x + w;
        }
    }

    /** Text between wide gaps on one row. */
    private record Segment(float x0, float x1, float size, String text) {
    }

    private record Row(float y, float size, List<Segment> segments) {
        float x0() {
            return segments.get(0).x0;
        }

        Row only(List<Segment> segs) {
            return new Row(y, size, segs);
        }
    }

    private static List<Row> rows(List<Glyph> glyphs) {
        glyphs.sort(Comparator.comparingDouble(Glyph::y).thenComparingDouble(Glyph::x));
        List<List<Glyph>> groups = new ArrayList<>();
        List<Glyph> current = null;
        float rowY = 0;
        for (Glyph g : glyphs) {
            float tol = Math.max(1.5f, g.size * 0.3f);
            if (current == null || Math.abs(g.y - rowY) > tol) {
                current = new ArrayList<>();
                groups.add(current);
                rowY = g.y;
            }
            current.add(g);
        }
        List<Row> rows = new ArrayList<>();
        for (List<Glyph> group : groups) {
            group.sort(Comparator.comparingDouble(Glyph::x));
            float size = median(group.stream().map(Glyph::size).toList());
            List<Segment> segs = new ArrayList<>();
            StringBuilder text = new StringBuilder();
            float x0 = group.get(0).x;
            float x1 = group.get(0).x;
            Glyph prev = null;
            for (Glyph g : group) {
                if (prev != null) {
                    float gap = g.x - prev.end();
                    if (gap > size * 1.0f && !g.text.isBlank()) {
                        addSegment(segs, x0, x1, size, text);
                        text.setLength(0);
                        x0 = g.x;
                    } else if (gap > size * 0.2f && !prev.text.isBlank() && !g.text.isBlank()) {
                        text.append(' ');
                    }
                }
                if (text.length() == 0 && g.text.isBlank()) {
                    x0 = g.end();
                } else {
                    text.append(g.text);
                    if (!g.text.isBlank()) {
                        x1 = Math.max(x1, g.end());
                    }
                }
                prev = g;
            }
            addSegment(segs, x0, x1, size, text);
            if (!segs.isEmpty()) {
                rows.add(new Row(group.get(0).y, size, segs));
            }
        }
        return rows;
    }

    private static void addSegment(List<Segment> segs, float x0, float x1, float size, StringBuilder text) {
        String t = text.toString().strip();
        if (!t.isEmpty()) {
            segs.add(new Segment(x0, Math.max(x0, x1), size, t));
        }
    }

    /** Splits rows into flows in reading order (see the class comment). */
    private static void layout(List<Row> rows, List<List<Row>> flows, int depth) {
        float[] gutter = depth > 6 || rows.size() < 4 ? null : gutter(rows);
        if (gutter == null) {
            if (!rows.isEmpty()) {
                flows.add(rows);
            }
            return;
        }
        float a = gutter[0];
        float b = gutter[1];
        float size = median(rows.stream().map(Row::size).toList());
        int i = 0;
        while (i < rows.size()) {
            boolean crossing = crosses(rows.get(i), a, b);
            int j = i + 1;
            // a run ends where rows start or stop crossing the gutter, or at a wide vertical gap (a footer)
            while (j < rows.size() && crosses(rows.get(j), a, b) == crossing
                    && rows.get(j).y - rows.get(j - 1).y <= size * 4) {
                j++;
            }
            List<Row> run = rows.subList(i, j);
            if (crossing) {
                layout(new ArrayList<>(run), flows, depth + 1);
            } else {
                List<Row> left = new ArrayList<>();
                List<Row> right = new ArrayList<>();
                for (Row r : run) {
                    List<Segment> l = r.segments.stream().filter(s -> s.x1 <= a).toList();
                    List<Segment> rt = r.segments.stream().filter(s -> s.x0 >= b).toList();
                    if (!l.isEmpty()) {
                        left.add(r.only(l));
                    }
                    if (!rt.isEmpty()) {
                        right.add(r.only(rt));
                    }
                }
                layout(left, flows, depth + 1);
                layout(right, flows, depth + 1);
            }
            i = j;
        }
    }

    private static boolean crosses(Row r, float a, float b) {
        for (Segment s : r.segments) {
            if (s.x0 < b && s.x1 > a) {
                return true;
            }
        }
        return false;
    }

    /**
     * The widest strip [a, b] that at most 15% of the rows cover, with text of at least 30% of the rows on each
     * side and at least three rows having text on both sides; null when there is none.
     */
    private static float[] gutter(List<Row> rows) {
        float min = Float.MAX_VALUE;
        float max = -Float.MAX_VALUE;
        for (Row r : rows) {
            for (Segment s : r.segments) {
                min = Math.min(min, s.x0);
                max = Math.max(max, s.x1);
            }
        }
        int bins = (int) Math.ceil(max - min);
        if (bins < 20 || bins > 5000) {
            return null;
        }
        int[] cover = new int[bins + 1];
        for (Row r : rows) {
            boolean[] hit = new boolean[bins + 1];
            for (Segment s : r.segments) {
                for (int x = (int) (s.x0 - min); x < (int) Math.ceil(s.x1 - min) && x <= bins; x++) {
                    hit[x] = true;
                }
            }
            for (int x = 0; x <= bins; x++) {
                if (hit[x]) {
                    cover[x]++;
                }
            }
        }
        float size = median(rows.stream().map(Row::size).toList());
        int minWidth = Math.max(4, Math.round(size * 0.8f));
        int allowed = (int) Math.floor(rows.size() * 0.15);
        float[] best = null;
        int x = 0;
        while (x <= bins) {
            if (cover[x] > allowed) {
                x++;
                continue;
            }
            int start = x;
            while (x <= bins && cover[x] <= allowed) {
                x++;
            }
            int end = x; // exclusive
            if (start == 0 || end > bins || end - start < minWidth) {
                continue;
            }
            float a = min + start;
            float b = min + end;
            int leftRows = 0;
            int rightRows = 0;
            int both = 0;
            for (Row r : rows) {
                boolean l = r.segments.stream().anyMatch(s -> s.x1 <= a);
                boolean rt = r.segments.stream().anyMatch(s -> s.x0 >= b);
                leftRows += l ? 1 : 0;
                rightRows += rt ? 1 : 0;
                both += l && rt ? 1 : 0;
            }
            boolean columns = leftRows >= rows.size() * 0.3 && rightRows >= rows.size() * 0.3 && both >= 3;
            if (columns && (best == null || b - a > best[1] - best[0])) {
                best = new float[] {a, b};
            }
        }
        return best;
    }

    /** The lines of one column: a line break between rows, a blank line between paragraphs. */
    private static String flowText(List<Row> flow) {
        List<Float> steps = new ArrayList<>();
        float left = Float.MAX_VALUE;
        for (int i = 0; i < flow.size(); i++) {
            left = Math.min(left, flow.get(i).x0());
            if (i > 0) {
                steps.add(flow.get(i).y - flow.get(i - 1).y);
            }
        }
        float step = steps.size() >= 2 ? median(steps) : Float.MAX_VALUE;
        StringBuilder sb = new StringBuilder();
        Row prev = null;
        for (Row r : flow) {
            String line = String.join(" ", r.segments.stream().map(Segment::text).toList());
            if (prev != null) {
                float dy = r.y - prev.y;
                char end = lastNonSpace(sb);
                boolean gap = dy > Math.min(step * 1.4f, Float.MAX_VALUE) || dy > r.size * 2.2f;
                boolean indent = r.x0() - left > r.size * 0.8f && ".!?\"”»".indexOf(end) >= 0;
                sb.append(gap || indent ? "\n\n" : "\n");
            }
            sb.append(line);
            prev = r;
        }
        return sb.toString();
    }

    private static float median(List<Float> values) {
        if (values.isEmpty()) {
            return 10f;
        }
        List<Float> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get(sorted.size() / 2);
    }
}
