package org.claimscope.pipeline.normalize;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;

/**
 * Finds the main article text of an HTML page. Boilerplate containers (navigation, cookie banners, share bars,
 * related lists, captions, bylines, ads) are dropped by tag, ARIA role and class/id hints; the remaining
 * paragraph-like blocks vote for their ancestors by text length and comma count; the best ancestor, discounted by
 * its link density and adjusted by class/id hints, is the article, together with siblings that score well.
 * Paragraph breaks are kept: every block element becomes its own paragraph. Stateless and thread-safe; it
 * modifies the document it is given.
 */
public final class HtmlMainText {

    private static final Set<String> JUNK_TAGS = Set.of("script", "style", "noscript", "template", "iframe", "svg",
            "canvas", "button", "input", "select", "textarea", "label", "nav", "aside", "footer", "figure",
            "figcaption", "picture", "video", "audio", "object", "embed", "dialog", "menu", "link", "meta", "header",
            "form", "math", "map", "source", "track");

    private static final Set<String> JUNK_ROLES = Set.of("navigation", "banner", "contentinfo", "complementary",
            "dialog", "alertdialog", "search", "menu", "menubar", "toolbar", "alert", "tablist", "form");

    private static final Pattern NEGATIVE = Pattern.compile(
            "(?:^|[\\s_-])(?:nav|navbar|navigation|menu|footer|sidebar|widget|widgets|cookie|cookies|consent|gdpr"
            + "|banner|share|sharing|sharebar|social|socials|related|recommended|recommendations|newsletter"
            + "|subscribe|subscription|signup|promo|promotion|advert|advertisement|ad|ads|adslot|ad-slot|dfp"
            + "|sponsor|sponsored|comment|comments|disqus|breadcrumb|breadcrumbs|byline|author|authors|tags|tag"
            + "|taglist|popup|modal|overlay|caption|credit|credits|popular|most-read|mostread|trending|outbrain"
            + "|taboola|paywall|print|toolbar|pagination|pager|skip|masthead|header|topbar|rail|teaser|teasers"
            + "|more-stories|read-more|readmore|hidden|visually-hidden|sr-only|meta|timestamp|dateline|login"
            + "|signin|follow|subnav|tooltip|toc|jump-link|bio|about-author|newsletters|hide|shoutbox|sponsors"
            + "|slideshow|gallery|carousel|video|player|inline-related|also-read|see-also|embed)(?:$|[\\s_-])");

    private static final Pattern POSITIVE = Pattern.compile(
            "(?:^|[\\s_-])(?:article|articlebody|article-body|article-content|content|entry|entry-content|post"
            + "|post-body|post-content|postbody|story|story-body|storybody|text|body|main|blog|news|prose|rich-text"
            + "|richtext|markdown|page-content)(?:$|[\\s_-])");

    private static final Set<String> BLOCK_TAGS = Set.of("p", "div", "section", "article", "main", "li", "ul", "ol",
            "dl", "dt", "dd", "blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "table", "tr", "td", "th",
            "tbody", "thead", "center", "address", "hr", "body", "figure", "details", "summary");

    private static final Set<String> SCORED_TAGS = Set.of("p", "pre", "td", "blockquote", "div", "section", "li");

    private HtmlMainText() {
    }

    /** Deeper nesting than this is flattened: no real page needs it, and hostile pages use it to blow stacks. */
    static final int MAX_DEPTH = 200;

    /** The main text, paragraphs separated by a blank line (not yet run through {@link PlainTextCleaner}). */
    public static String extract(Document doc) {
        Element body = doc.body();
        if (body == null) {
            return "";
        }
        capDepth(body);
        removeJunk(body);
        Element top = bestCandidate(body);
        List<Element> parts = withSiblings(top);
        StringBuilder out = new StringBuilder();
        for (Element part : parts) {
            write(part, out);
            out.append("\n\n");
        }
        return String.join("\n\n", trimEdges(out.toString()));
    }

    private static final Pattern COPYRIGHT = Pattern.compile(
            "©|\\(c\\) ?\\d{4}|all rights reserved|todos os direitos|todos los derechos|tous droits|alle rechte",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * Drops what sits around the article inside a too-wide container: short non-sentence lines before the first
     * real paragraph (section labels, bylines, dates) and copyright lines or short fragments after the last one.
     */
    static List<String> trimEdges(String text) {
        List<String> blocks = new ArrayList<>();
        for (String b : text.split("\n\\s*\n")) {
            if (!b.isBlank()) {
                blocks.add(b.strip());
            }
        }
        int start = 0;
        while (start < blocks.size() && isEdgeNoise(blocks.get(start), 80)) {
            start++;
        }
        int end = blocks.size();
        while (end > start && (isEdgeNoise(blocks.get(end - 1), 25)
                || (blocks.get(end - 1).length() < 300 && COPYRIGHT.matcher(blocks.get(end - 1)).find()))) {
            end--;
        }
        return start >= end ? blocks : blocks.subList(start, end);
    }

    private static boolean isEdgeNoise(String block, int maxChars) {
        String t = block.replaceAll("\\s+", " ").strip();
        return t.length() < maxChars && !endsSentence(t);
    }

    /** Unwraps elements nested deeper than {@link #MAX_DEPTH}, keeping their text (iterative, no recursion). */
    static void capDepth(Element root) {
        List<Element> tooDeep = new ArrayList<>();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof Element e && depth > MAX_DEPTH) {
                tooDeep.add(e);
            }
        }, root);
        for (Element e : tooDeep) {
            if (e.parent() != null) {
                e.unwrap();
            }
        }
    }

    private static void removeJunk(Element body) {
        for (Element e : body.select(String.join(",", JUNK_TAGS))) {
            // A few sites wrap the whole page in one <form> or put the article in <header>; keep those.
            if ((e.tagName().equals("form") || e.tagName().equals("header")) && contentChars(e) > 1000
                    && paragraphChars(e) > 500) {
                continue;
            }
            e.remove();
        }
        int total = contentChars(body);
        List<Element> doomed = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            if (e == body) {
                continue;
            }
            if (isHidden(e) || JUNK_ROLES.contains(e.attr("role").toLowerCase(Locale.ROOT))) {
                doomed.add(e);
                continue;
            }
            String hints = hints(e);
            if (!hints.isEmpty() && NEGATIVE.matcher(hints).find() && !e.tagName().equals("article")
                    && !e.tagName().equals("main")) {
                // The class hint may be on a wrapper of the whole article ("content has-sidebar"): spare
                // anything holding a large share of the page's paragraph text.
                int chars = contentChars(e);
                boolean positive = POSITIVE.matcher(hints).find();
                if (chars < 0.3 * total || (!positive && chars < 0.5 * total)) {
                    doomed.add(e);
                }
            }
        }
        for (Element e : doomed) {
            if (e.parent() != null) {
                e.remove();
            }
        }
    }

    private static boolean isHidden(Element e) {
        if (e.hasAttr("hidden") || "true".equalsIgnoreCase(e.attr("aria-hidden"))) {
            return true;
        }
        String style = e.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
        return style.contains("display:none") || style.contains("visibility:hidden");
    }

    private static String hints(Element e) {
        String h = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT).strip();
        return h.length() > 300 ? h.substring(0, 300) : h;
    }

    /** Text outside links: what a reader would read, whatever tags the site uses for paragraphs. */
    private static int contentChars(Element e) {
        int links = 0;
        for (Element a : e.select("a")) {
            links += a.text().length();
        }
        return Math.max(0, e.text().length() - links);
    }

    private static int paragraphChars(Element e) {
        int n = 0;
        for (Element p : e.select("p")) {
            n += p.text().length();
        }
        return n;
    }

    /** Scores ancestors of paragraph-like blocks and returns the best one (the body when nothing scores). */
    private static Element bestCandidate(Element body) {
        // Identity keys, but iterated in document order so that ties resolve the same way on every run.
        Map<Element, Double> scores = new IdentityHashMap<>();
        List<Element> order = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            if (!SCORED_TAGS.contains(e.tagName())) {
                continue;
            }
            if (!e.tagName().equals("p") && !e.tagName().equals("pre") && ownTextLength(e) < 80) {
                continue; // a div counts only when it holds text itself, like a paragraph
            }
            String text = e.tagName().equals("p") || e.tagName().equals("pre") ? e.text() : ownText(e);
            if (text.length() < 25) {
                continue;
            }
            double score = 1 + commas(text) + Math.min(text.length() / 100.0, 3.0);
            Element parent = e.parent();
            double share = 1.0;
            for (int level = 0; level < 3 && parent != null; level++) {
                if (!scores.containsKey(parent)) {
                    order.add(parent);
                }
                scores.merge(parent, score * share, Double::sum);
                share = level == 0 ? 0.5 : share * 0.66;
                if (parent == body) {
                    break;
                }
                parent = parent.parent();
            }
        }
        Element best = body;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (Element e : order) {
            double s = scores.get(e) * (1 - linkDensity(e)) + classWeight(e);
            if (s > bestScore) {
                best = e;
                bestScore = s;
            }
        }
        // A candidate that is the only content child of its parent says nothing the parent does not.
        while (best != body && best.parent() != null && best.parent() != body
                && paragraphChars(best.parent()) > 0 && paragraphChars(best) >= 0.9 * paragraphChars(best.parent())
                && best.parent().text().length() < best.text().length() * 1.15) {
            best = best.parent();
        }
        return best;
    }

    private static double classWeight(Element e) {
        String hints = hints(e);
        double w = 0;
        if (POSITIVE.matcher(hints).find()) {
            w += 25;
        }
        if (NEGATIVE.matcher(hints).find()) {
            w -= 25;
        }
        if (e.tagName().equals("article")) {
            w += 10;
        }
        if ("articleBody".equalsIgnoreCase(e.attr("itemprop"))) {
            w += 40;
        }
        return w;
    }

    /** The best candidate plus sibling blocks that look like more of the same article. */
    private static List<Element> withSiblings(Element top) {
        Element parent = top.parent();
        if (parent == null || top.tagName().equals("body")) {
            return List.of(top);
        }
        List<Element> parts = new ArrayList<>();
        int topChars = paragraphChars(top);
        for (Element sibling : parent.children()) {
            if (sibling == top) {
                parts.add(sibling);
                continue;
            }
            String text = sibling.text();
            double links = linkDensity(sibling);
            boolean paragraphLike = sibling.tagName().equals("p") || sibling.tagName().equals("blockquote");
            if (paragraphLike && text.length() > 80 && links < 0.25) {
                parts.add(sibling);
            } else if (paragraphLike && text.length() > 0 && links == 0 && endsSentence(text)) {
                parts.add(sibling);
            } else if (paragraphChars(sibling) > 0.3 * topChars && links < 0.2 && topChars > 0) {
                parts.add(sibling);
            }
        }
        return parts;
    }

    private static boolean endsSentence(String t) {
        String s = t.strip();
        return !s.isEmpty() && ".!?…\"”»".indexOf(s.charAt(s.length() - 1)) >= 0;
    }

    private static int ownTextLength(Element e) {
        return ownText(e).length();
    }

    private static String ownText(Element e) {
        StringBuilder b = new StringBuilder();
        for (Node n : e.childNodes()) {
            if (n instanceof TextNode t) {
                b.append(t.text());
            } else if (n instanceof Element c && !BLOCK_TAGS.contains(c.tagName())) {
                b.append(c.text());
            }
        }
        return b.toString().strip();
    }

    private static int commas(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '，' || c == '،') {
                n++;
            }
        }
        return n;
    }

    static double linkDensity(Element e) {
        int total = e.text().length();
        if (total == 0) {
            return 0;
        }
        int links = 0;
        for (Element a : e.select("a")) {
            links += a.text().length();
        }
        return Math.min(1.0, links / (double) total);
    }

    /** Writes text with a blank line around every block element and a newline for each {@code <br>}. */
    private static void write(Element root, StringBuilder out) {
        for (Node child : root.childNodes()) {
            if (child instanceof TextNode t) {
                if (root.tagName().equals("pre")) {
                    out.append(t.getWholeText());
                } else {
                    String s = t.text();
                    if (!s.isBlank() || (out.length() > 0 && out.charAt(out.length() - 1) != ' ')) {
                        out.append(s.isBlank() ? " " : s);
                    }
                }
            } else if (child instanceof Element e) {
                String tag = e.tagName();
                if (tag.equals("br")) {
                    out.append('\n');
                } else if (tag.equals("h1")) {
                    continue; // the headline is metadata, not body text
                } else if (BLOCK_TAGS.contains(tag)) {
                    if (isLinkList(e)) {
                        continue;
                    }
                    out.append("\n\n");
                    write(e, out);
                    out.append("\n\n");
                } else {
                    write(e, out);
                }
            }
        }
    }

    /** Lists and short blocks that are mostly links (related articles, tag clouds, "read more"). */
    private static boolean isLinkList(Element e) {
        String text = e.text();
        if (text.isEmpty()) {
            return false;
        }
        double links = linkDensity(e);
        if (e.tagName().equals("ul") || e.tagName().equals("ol")) {
            return links > 0.5;
        }
        return links > 0.6 && text.length() < 300;
    }
}
