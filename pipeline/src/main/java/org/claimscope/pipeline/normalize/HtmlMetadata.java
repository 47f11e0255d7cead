package org.claimscope.pipeline.normalize;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Article metadata from an HTML page: JSON-LD (NewsArticle and friends) first, then Open Graph / article:* meta,
 * then generic meta tags and markup. Thread-safe (the shared ObjectMapper is only used for reading).
 */
public final class HtmlMetadata {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> ARTICLE_TYPES = Set.of("article", "newsarticle", "reportagenewsarticle",
            "blogposting", "analysisnewsarticle", "opinionnewsarticle", "webpage", "report", "liveblogposting",
            "socialmediaposting", "scholarlyarticle", "techarticle", "backgroundnewsarticle", "reviewnewsarticle");

    /** Metadata found on a page; any field may be null. */
    public record Info(String url, String title, String author, String published, String siteName, String lang) {
    }

    private HtmlMetadata() {
    }

    public static Info extract(Document doc) {
        JsonNode ld = articleJsonLd(doc);
        String siteName = first(meta(doc, "og:site_name"), ld == null ? null : name(ld.get("publisher")),
                meta(doc, "application-name"));
        String title = first(ld == null ? null : text(ld.get("headline")), meta(doc, "og:title"),
                meta(doc, "twitter:title"), stripSiteSuffix(doc.title(), siteName));
        if (title != null) {
            title = stripSiteSuffix(title, siteName);
        }
        String author = first(ld == null ? null : names(ld.get("author")), notUrl(meta(doc, "author")),
                metaAll(doc, "article:author"), notUrl(meta(doc, "parsely-author")), notUrl(meta(doc, "dc.creator")),
                relAuthor(doc));
        String published = first(ld == null ? null : text(ld.get("datePublished")),
                meta(doc, "article:published_time"), meta(doc, "og:article:published_time"),
                meta(doc, "datePublished"), meta(doc, "date"), meta(doc, "pubdate"), meta(doc, "publishdate"),
                meta(doc, "dc.date"), meta(doc, "dc.date.issued"), meta(doc, "dcterms.created"),
                meta(doc, "sailthru.date"), timeDatetime(doc));
        String url = first(canonical(doc), meta(doc, "og:url"), ld == null ? null : text(ld.get("url")));
        String lang = first(doc.selectFirst("html") == null ? null : blankToNull(doc.selectFirst("html").attr("lang")),
                meta(doc, "og:locale"), meta(doc, "content-language"), meta(doc, "language"));
        return new Info(url, title, author, Dates.toIso(published), siteName, lang);
    }

    /**
     * The text that carries a publication date written in the page rather than in its markup: a short element whose
     * text labels a date as the publication date ("Publicado em 12/03/2025"), else the text of a {@code <time>}
     * element without a datetime attribute. Null when there is none. The date itself is read with
     * {@link TextMetadata} once the text's language is known (day/month order).
     */
    static String dateTextInPage(Document doc) {
        int seen = 0;
        for (Element e : doc.body().getAllElements()) {
            if (++seen > 5000) {
                break;
            }
            String tag = e.tagName();
            if (tag.equals("script") || tag.equals("style") || !e.hasText()
                    || (e.ownText().isBlank() && e.childrenSize() > 4)) {
                continue;
            }
            String text = e.text();
            if (text.length() <= 160 && TextMetadata.labelledDate(text, null) != null) {
                return text;
            }
        }
        for (Element t : doc.select("time")) {
            String text = t.text();
            if (!text.isBlank() && text.length() <= 80 && TextMetadata.publishedDate(List.of(text), null) != null) {
                return text;
            }
        }
        return null;
    }

    /** The name in the first short element of the page that is a byline ("Por Ana Lima"), or null. */
    static String bylineInPage(Document doc) {
        int seen = 0;
        for (Element e : doc.body().getAllElements()) {
            if (++seen > 5000) {
                break;
            }
            String own = e.ownText();
            if (own.isBlank() || own.length() > 90) {
                continue;
            }
            String name = TextMetadata.bylineName(e.text());
            if (name != null) {
                return name;
            }
        }
        return null;
    }

    /** The first JSON-LD object whose @type is an article-like type (searching @graph and arrays). */
    static JsonNode articleJsonLd(Document doc) {
        JsonNode fallback = null;
        for (Element script : doc.select("script[type=application/ld+json]")) {
            JsonNode root;
            try {
                root = JSON.readTree(script.data().strip());
            } catch (Exception e) {
                continue; // malformed JSON-LD is common; ignore it
            }
            List<JsonNode> nodes = new ArrayList<>();
            collect(root, nodes, 0);
            for (JsonNode n : nodes) {
                String type = typeOf(n);
                if (type == null) {
                    continue;
                }
                if (!type.equals("webpage") && ARTICLE_TYPES.contains(type)) {
                    return n;
                }
                if (type.equals("webpage") && fallback == null && n.has("headline")) {
                    fallback = n;
                }
            }
        }
        return fallback;
    }

    private static void collect(JsonNode node, List<JsonNode> out, int depth) {
        if (node == null || depth > 4) {
            return;
        }
        if (node.isArray()) {
            node.forEach(n -> collect(n, out, depth + 1));
        } else if (node.isObject()) {
            out.add(node);
            collect(node.get("@graph"), out, depth + 1);
            collect(node.get("mainEntity"), out, depth + 1);
        }
    }

    private static String typeOf(JsonNode n) {
        JsonNode t = n.get("@type");
        if (t == null) {
            return null;
        }
        if (t.isArray()) {
            for (JsonNode x : t) {
                String s = x.asText().toLowerCase(Locale.ROOT);
                if (ARTICLE_TYPES.contains(s)) {
                    return s;
                }
            }
            return null;
        }
        return t.asText().toLowerCase(Locale.ROOT);
    }

    private static String text(JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.isArray()) {
            return n.isEmpty() ? null : text(n.get(0));
        }
        if (n.isObject()) {
            return text(n.has("@value") ? n.get("@value") : n.get("name"));
        }
        return blankToNull(n.asText());
    }

    private static String name(JsonNode n) {
        if (n == null) {
            return null;
        }
        if (n.isArray()) {
            return n.isEmpty() ? null : name(n.get(0));
        }
        return n.isObject() ? text(n.get("name")) : text(n);
    }

    /** All author names, comma-separated. */
    private static String names(JsonNode n) {
        if (n == null) {
            return null;
        }
        Set<String> all = new LinkedHashSet<>();
        if (n.isArray()) {
            n.forEach(a -> {
                String s = name(a);
                if (s != null) {
                    all.add(s.strip());
                }
            });
        } else {
            String s = name(n);
            if (s != null) {
                all.add(s.strip());
            }
        }
        return all.isEmpty() ? null : String.join(", ", all);
    }

    private static String meta(Document doc, String key) {
        for (Element m : doc.select("meta[content]")) {
            String k = first(blankToNull(m.attr("property")), blankToNull(m.attr("name")),
                    blankToNull(m.attr("itemprop")), blankToNull(m.attr("http-equiv")));
            if (k != null && k.equalsIgnoreCase(key)) {
                String v = blankToNull(m.attr("content"));
                if (v != null) {
                    return v;
                }
            }
        }
        return null;
    }

    private static String notUrl(String s) {
        return s == null || s.startsWith("http") || s.startsWith("/") ? null : s;
    }

    /** Every value of a repeated meta (article:author may appear once per author); URLs are skipped. */
    private static String metaAll(Document doc, String key) {
        Set<String> all = new LinkedHashSet<>();
        for (Element m : doc.select("meta[property=" + key + "], meta[name=" + key + "]")) {
            String v = blankToNull(m.attr("content"));
            if (v != null && !v.startsWith("http")) {
                all.add(v.strip());
            }
        }
        return all.isEmpty() ? null : String.join(", ", all);
    }

    private static String relAuthor(Document doc) {
        Element a = doc.selectFirst("a[rel=author], [itemprop=author] [itemprop=name], [itemprop=author]");
        return a == null ? null : blankToNull(a.text());
    }

    private static String canonical(Document doc) {
        Element link = doc.selectFirst("link[rel=canonical][href]");
        return link == null ? null : blankToNull(link.attr("href"));
    }

    private static String timeDatetime(Document doc) {
        Element t = doc.selectFirst("article time[datetime], time[pubdate][datetime], time[datetime]");
        return t == null ? null : blankToNull(t.attr("datetime"));
    }

    /** "Headline | Site" or "Headline - Site" → "Headline" when the suffix is the site name (or short). */
    static String stripSiteSuffix(String title, String siteName) {
        String t = blankToNull(title);
        if (t == null) {
            return null;
        }
        t = t.strip().replaceAll("\\s+", " ");
        for (String sep : new String[] {" | ", " - ", " – ", " — ", " :: ", " · ", " « ", " » "}) {
            int i = t.lastIndexOf(sep);
            if (i > 0) {
                String suffix = t.substring(i + sep.length()).strip();
                boolean isSite = siteName != null && (suffix.equalsIgnoreCase(siteName)
                        || siteName.toLowerCase(Locale.ROOT).contains(suffix.toLowerCase(Locale.ROOT)));
                if (isSite || (suffix.split(" ").length <= 3 && i > suffix.length() * 2)) {
                    return t.substring(0, i).strip();
                }
            }
        }
        return t;
    }

    @SafeVarargs
    private static <T> T first(T... values) {
        for (T v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
