package org.claimscope.pipeline.eval.polnear;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.claimscope.model.Span;

/**
 * Reads a PolNeAR split ({@code DIR/data/<split>} or {@code DIR/<split>}): {@code text/<name>.txt},
 * {@code attributions/<name>_<annotator>.ann} and, when present, {@code corenlp/<name>.txt.xml} (used only for the
 * gold speakers' full names). Articles annotated by several annotators use the annotation of the annotator whose
 * id sorts first. Articles are returned sorted by name.
 */
public final class PolnearCorpus {

    private PolnearCorpus() {
    }

    /** The folder of {@code split} under {@code dir} (which may be the repository root or its {@code data}). */
    public static Path splitDir(Path dir, String split) {
        Path d = dir.resolve("data").resolve(split);
        return Files.isDirectory(d) ? d : dir.resolve(split);
    }

    /** Article names of a split, sorted, with the chosen annotation file of each. */
    public static Map<String, Path> annotations(Path splitDir) throws IOException {
        Map<String, Path> chosen = new TreeMap<>();
        try (Stream<Path> files = Files.list(splitDir.resolve("attributions"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".ann")).sorted().toList()) {
                String base = f.getFileName().toString().replaceFirst("\\.ann$", "");
                int us = base.lastIndexOf('_');
                String name = base.substring(0, us);
                Path prev = chosen.get(name);
                if (prev == null || annotator(f).compareTo(annotator(prev)) < 0) {
                    chosen.put(name, f);
                }
            }
        }
        return chosen;
    }

    static String annotator(Path ann) {
        String base = ann.getFileName().toString().replaceFirst("\\.ann$", "");
        return base.substring(base.lastIndexOf('_') + 1);
    }

    /** Loads the first {@code limit} articles (all when {@code limit <= 0}) of {@code split}. */
    public static List<PolnearArticle> load(Path dir, String split, int limit) throws IOException {
        Path splitDir = splitDir(dir, split);
        List<PolnearArticle> out = new ArrayList<>();
        for (Map.Entry<String, Path> e : annotations(splitDir).entrySet()) {
            if (limit > 0 && out.size() >= limit) {
                break;
            }
            Path textFile = splitDir.resolve("text").resolve(e.getKey() + ".txt");
            if (!Files.isRegularFile(textFile)) {
                continue;
            }
            String text = Files.readString(textFile, StandardCharsets.UTF_8);
            Path xmlFile = splitDir.resolve("corenlp").resolve(e.getKey() + ".txt.xml");
            CoreNlpXml xml = Files.isRegularFile(xmlFile) ? CoreNlpXml.read(xmlFile) : null;
            String ann = Files.readString(e.getValue(), StandardCharsets.UTF_8);
            out.add(article(e.getKey(), annotator(e.getValue()), text, ann, xml));
        }
        return out;
    }

    /** Builds one article from its text, {@code .ann} content and (nullable) CoreNLP XML. */
    public static PolnearArticle article(String id, String annotator, String text, String ann, CoreNlpXml xml) {
        BratAnn brat = BratAnn.parse(ann, text);
        QuoteMask mask = new QuoteMask(text);
        FullNames names = new FullNames(text, xml);
        List<GoldAttribution> gold = new ArrayList<>();
        for (BratAnn.Event ev : brat.events()) {
            if (!ev.type().startsWith("Attribution")) {
                continue;
            }
            List<Span> content = spans(brat, ev.role("Content"));
            if (content.isEmpty()) {
                continue;
            }
            List<Span> sources = spans(brat, ev.role("Source"));
            List<Span> cue = spans(brat, ev.role("Cue"));
            Span source = sources.isEmpty() ? null
                    : new Span(sources.getFirst().start(), sources.stream().mapToInt(Span::end).max().orElseThrow());
            String sourceText = source == null ? null : clean(source.of(text));
            String fullName = source == null ? null : names.fullName(source).orElse(null);
            String cueText = cue.isEmpty() ? "" : String.join(" ", cue.stream().map(s -> clean(s.of(text))).toList());
            gold.add(new GoldAttribution(ev.id(), content, source, cue, mask.direct(text, content), sourceText,
                    cueText, fullName));
        }
        gold.sort(Comparator.comparing(GoldAttribution::envelope));
        return new PolnearArticle(id, annotator, text, gold);
    }

    private static List<Span> spans(BratAnn brat, List<String> ids) {
        List<Span> out = new ArrayList<>();
        for (String id : ids) {
            BratAnn.Entity e = brat.entities().get(id);
            if (e != null) {
                out.addAll(e.fragments());
            }
        }
        out.sort(null);
        return out;
    }

    static String clean(String s) {
        return s.replaceAll("\\s+", " ").trim();
    }
}
