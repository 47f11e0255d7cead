package org.claimscope.pipeline.normalize;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.Office;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.ContentHandlerDecorator;
import org.apache.tika.sax.ToXMLContentHandler;
import org.apache.tika.sax.WriteOutContentHandler;
import org.claimscope.model.Source;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * {@link Normalizer} for HTML, PDF, DOCX/DOC, ODT, RTF, EML/MSG, EPUB and plain text in any encoding. HTML and
 * plain text are handled here (own charset rules, own main-content extraction); the other formats go through
 * Tika's parsers, whose XHTML is flattened to paragraphs. Every text ends in {@link PlainTextCleaner} and the
 * {@link LanguageDetector}. Thread-safe: all fields are immutable or thread-safe Tika objects.
 */
public final class TikaNormalizer implements Normalizer {

    /** Formats parsed by Tika, with the short name used in messages. */
    private static final Map<String, String> TIKA_FORMATS = Map.ofEntries(
            Map.entry("application/pdf", "PDF"),
            Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "DOCX"),
            Map.entry("application/vnd.ms-word.document.macroenabled.12", "DOCM"),
            Map.entry("application/msword", "DOC"),
            Map.entry("application/vnd.oasis.opendocument.text", "ODT"),
            Map.entry("application/rtf", "RTF"),
            Map.entry("message/rfc822", "EML"),
            Map.entry("application/vnd.ms-outlook", "MSG"),
            Map.entry("application/epub+zip", "EPUB"));

    /** Format expected from a file name, to explain a file that does not parse as what it claims to be. */
    private static final Map<String, String> EXTENSIONS = Map.of("pdf", "PDF", "docx", "DOCX", "doc", "DOC",
            "odt", "ODT", "rtf", "RTF", "eml", "EML", "msg", "MSG", "epub", "EPUB");

    private static final Pattern NAME_AND_ADDRESS = Pattern.compile("^\\s*\"?([^\"<]+?)\"?\\s*<[^>]*>\\s*$");

    /** Parsing threads, so that a parse can be given up after a timeout; daemons, so they never block exit. */
    private static final ExecutorService WORKERS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "claimscope-normalize");
        t.setDaemon(true);
        return t;
    });

    private final NormalizerOptions options;
    private final LanguageDetector languageDetector;
    private final PlainTextCleaner cleaner = new PlainTextCleaner();
    private final Detector detector;
    private final AutoDetectParser parser;

    public TikaNormalizer() {
        this(NormalizerOptions.defaults());
    }

    public TikaNormalizer(NormalizerOptions options) {
        this(options, new LinguaLanguageDetector());
    }

    public TikaNormalizer(NormalizerOptions options, LanguageDetector languageDetector) {
        this.options = options;
        this.languageDetector = languageDetector;
        TikaConfig config = TikaConfig.getDefaultConfig();
        this.detector = config.getDetector();
        this.parser = new AutoDetectParser(config);
    }

    @Override
    public NormalizedArticle normalize(Path file) throws NormalizationException {
        return bounded(() -> parse(read(file), file, false)).get(0);
    }

    /**
     * All articles in a file: for an e-mail (.eml/.msg) the body first, then each attachment that is a supported
     * document, with a source path like {@code mail.eml#attachment-1-report.pdf} (attachments are numbered in the
     * order of the message, counting every attachment, so the numbers do not change when one is skipped). Other
     * files give one article, as {@link #normalize(Path)}. Attachments that cannot be normalized (images,
     * unsupported or broken files) are left out.
     */
    public List<NormalizedArticle> normalizeAll(Path file) throws NormalizationException {
        return bounded(() -> parse(read(file), file, true));
    }

    /** Runs a parse on a worker thread and gives up after the configured timeout. */
    private <T> T bounded(Callable<T> work) throws NormalizationException {
        Duration limit = options.timeout();
        if (limit.isZero()) {
            return call(work);
        }
        Future<T> future = WORKERS.submit(work);
        try {
            return future.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true); // interrupts the worker; Tika and PDF parsing check the flag as they write text
            throw new NormalizationException(String.format(Locale.ROOT, "timed out after %s s", seconds(limit)));
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new NormalizationException("interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof NormalizationException ne) {
                throw ne;
            }
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new NormalizationException("cannot read file: " + oneLine(String.valueOf(cause.getMessage())));
        }
    }

    private static <T> T call(Callable<T> work) throws NormalizationException {
        try {
            return work.call();
        } catch (NormalizationException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new NormalizationException("cannot read file: " + oneLine(e.getMessage()));
        }
    }

    private static String seconds(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? Long.toString(ms / 1000) : String.format(Locale.ROOT, "%.1f", ms / 1000.0);
    }

    private List<NormalizedArticle> parse(byte[] bytes, Path file, boolean attachments)
            throws NormalizationException {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        return parse(bytes, name, file.toString(), attachments);
    }

    /** One file's articles; the first is the file's own text (the body, for e-mail). */
    private List<NormalizedArticle> parse(byte[] bytes, String name, String path, boolean attachments)
            throws NormalizationException {
        if (isBlank(bytes)) {
            throw new NormalizationException("empty file");
        }
        String mime = detect(bytes, name);
        List<NormalizedArticle> articles;
        try {
            if (mime.equals("text/html") || mime.equals("application/xhtml+xml")) {
                articles = List.of(fromHtml(bytes, path));
            } else if (TIKA_FORMATS.containsKey(mime)) {
                articles = viaTika(bytes, name, path, mime, attachments);
            } else if (mime.startsWith("text/")) {
                articles = List.of(fromText(Charsets.decode(bytes, false), path, null));
            } else {
                String claimed = EXTENSIONS.get(extension(name));
                if (claimed != null && isGenericContainer(mime)) {
                    throw new NormalizationException("corrupt " + claimed + ": not a valid " + claimed
                            + " file (content detected as " + mime + ")");
                }
                throw new NormalizationException("unsupported format " + mime);
            }
        } catch (StackOverflowError e) {
            throw new NormalizationException("corrupt or too deeply nested document (" + mime + ")");
        }
        if (articles.get(0).text().isEmpty()) {
            String format = TIKA_FORMATS.getOrDefault(mime, mime.equals("text/html") ? "HTML" : "file");
            throw new NormalizationException("no text found in " + format
                    + (format.equals("PDF") ? " (scanned image? OCR is not supported)" : ""));
        }
        return articles;
    }

    /**
     * Normalizes text given programmatically (e.g. a JSON Lines record): same cleanup and language detection as
     * for a .txt file. A null or blank {@code languageOrNull} means "detect it". A publication date or a byline
     * written at the top of the text is taken as metadata.
     */
    public NormalizedArticle fromText(String text, String path, String languageOrNull) {
        String cleaned = cleaner.clean(text == null ? "" : text);
        String lang = languageOrNull == null || languageOrNull.isBlank()
                ? languageDetector.detect(cleaned)
                : languageOrNull.strip().toLowerCase(Locale.ROOT);
        Source source = new Source(path, null, null, TextMetadata.byline(cleaned), TextMetadata.publishedDate(
                cleaned, lang), null);
        return article(source, lang, cleaned);
    }

    /**
     * Normalizes an HTML page given as raw bytes (charset detected). Metadata: JSON-LD, Open Graph and meta tags,
     * {@code <time datetime>}, then a labelled date or byline written in the page, then one at the top of the
     * main text.
     */
    public NormalizedArticle fromHtml(byte[] html, String path) {
        Document doc = Jsoup.parse(Charsets.decode(html, true));
        return fromHtmlDocument(doc, path, null);
    }

    private NormalizedArticle fromHtmlDocument(Document doc, String path, Source fallback) {
        HtmlMetadata.Info info = HtmlMetadata.extract(doc);
        // dates and bylines written in the page are looked for before main-content extraction prunes the page
        String dateText = info.published() == null ? HtmlMetadata.dateTextInPage(doc) : null;
        String pageByline = info.author() == null ? HtmlMetadata.bylineInPage(doc) : null;
        String text = cleaner.clean(HtmlMainText.extract(doc));
        String lang = languageDetector.detect(text, info.lang());
        String pageDate = dateText == null ? null
                : first(TextMetadata.labelledDate(dateText, lang), TextMetadata.publishedDate(List.of(dateText), lang));
        String published = first(info.published(), pageDate, TextMetadata.publishedDate(text, lang));
        String author = first(info.author(), pageByline, TextMetadata.byline(text));
        Source source = new Source(path, info.url(), info.title(), author, published, info.siteName());
        if (fallback != null) {
            source = new Source(path, first(source.url(), fallback.url()), first(fallback.title(), source.title()),
                    first(fallback.author(), source.author()), first(published, fallback.published()),
                    first(source.siteName(), fallback.siteName()));
        }
        return article(source, lang, text);
    }

    /** The article with each paragraph's own language (the article language when a paragraph is unclear). */
    private NormalizedArticle article(Source source, String lang, String text) {
        List<Paragraph> spans = NormalizedArticle.spans(text, lang);
        List<Paragraph> paragraphs = new ArrayList<>(spans.size());
        for (Paragraph p : spans) {
            String own = languageDetector.detectParagraph(p.text(text), lang);
            paragraphs.add(new Paragraph(p.start(), p.end(), own == null ? lang : own));
        }
        return new NormalizedArticle(source, lang, text, paragraphs);
    }

    private byte[] read(Path file) throws NormalizationException {
        try {
            if (!Files.exists(file)) {
                throw new NormalizationException("file not found: " + file);
            }
            if (!Files.isRegularFile(file)) {
                throw new NormalizationException("not a regular file: " + file);
            }
            long size = Files.size(file);
            if (size == 0) {
                throw new NormalizationException("empty file");
            }
            if (size > options.maxBytes()) {
                throw tooLarge(size);
            }
            try (InputStream in = Files.newInputStream(file)) {
                // Read at most one byte past the limit: the file may have grown since size() was asked.
                byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, options.maxBytes() + 1));
                if (bytes.length > options.maxBytes()) {
                    throw tooLarge(bytes.length);
                }
                return bytes;
            }
        } catch (AccessDeniedException e) {
            throw new NormalizationException("permission denied: " + file);
        } catch (NoSuchFileException e) {
            throw new NormalizationException("file not found: " + file);
        } catch (IOException e) {
            throw new NormalizationException("cannot read file: " + oneLine(e.getMessage()));
        }
    }

    private NormalizationException tooLarge(long size) {
        return new NormalizationException(String.format(Locale.ROOT, "file too large (%.1f MB > %.1f MB)",
                size / 1048576.0, options.maxBytes() / 1048576.0));
    }

    private String detect(byte[] bytes, String name) {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
        try (TikaInputStream in = TikaInputStream.get(bytes)) {
            MediaType type = detector.detect(in, metadata);
            return type.getBaseType().toString();
        } catch (IOException | RuntimeException e) {
            return "application/octet-stream";
        }
    }

    private List<NormalizedArticle> viaTika(byte[] bytes, String name, String path, String mime,
            boolean withAttachments) throws NormalizationException {
        String format = TIKA_FORMATS.get(mime);
        boolean mail = format.equals("EML") || format.equals("MSG");
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
        ToXMLContentHandler xhtml = new ToXMLContentHandler();
        ContentHandler limited = new InterruptibleHandler(new WriteOutContentHandler(xhtml, options.maxChars()));
        MailParts parts = mail ? new MailParts(options.maxBytes()) : null;
        try (TikaInputStream in = TikaInputStream.get(bytes)) {
            parser.parse(in, limited, metadata, parseContext(parts));
        } catch (EncryptedDocumentException e) {
            throw new NormalizationException("encrypted " + format + " (password-protected)");
        } catch (Exception e) {
            if (WriteLimitReachedException.isWriteLimitReached(e)) {
                // keep what was read so far: the document is longer than any article
            } else if (isEncrypted(e)) {
                throw new NormalizationException("encrypted " + format + " (password-protected)");
            } else if (Thread.currentThread().isInterrupted()) {
                throw new NormalizationException("interrupted");
            } else {
                throw new NormalizationException("corrupt " + format + ": " + reason(e));
            }
        }
        String title = blankToNull(metadata.get(TikaCoreProperties.TITLE));
        String author = author(metadata);
        String documentDate = published(metadata);
        if (mail && parts.isEmpty()) {
            // a single-part message: Tika writes its body straight to the handler, so take the raw part
            parts.addSinglePartBody(bytes, metadata.get("Message:Raw-Header:Content-Type"),
                    metadata.get("Message:Raw-Header:Content-Transfer-Encoding"));
        }
        if (mail && parts.hasHtmlOnlyBody()) {
            // an HTML-only message body is a web page: main-content extraction and its own metadata
            Source mailSource = new Source(path, null, title, author, documentDate, null);
            List<NormalizedArticle> out = new ArrayList<>();
            out.add(fromHtmlDocument(Jsoup.parse(parts.htmlBody()), path, mailSource));
            if (withAttachments) {
                out.addAll(attachments(parts, path));
            }
            return out;
        }
        String raw = mail && parts.plainBody() != null ? parts.plainBody() : flatten(xhtml.toString(), mime);
        if (format.equals("PDF")) {
            raw = pdfText(bytes, raw);
        }
        String text = cleaner.clean(raw);
        String hint = metadata.get(TikaCoreProperties.LANGUAGE);
        String lang = languageDetector.detect(text, hint);
        // An explicit date in the text ("Publicado em …", a dateline) wins over the document's creation date,
        // which is when the file was made, not when the article was published.
        String published = first(TextMetadata.publishedDate(text, lang), documentDate);
        Source source = new Source(path, null, title, first(author, TextMetadata.byline(text)), published, null);
        List<NormalizedArticle> out = new ArrayList<>();
        out.add(article(source, lang, text));
        if (mail && withAttachments) {
            out.addAll(attachments(parts, path));
        }
        return out;
    }

    /** The column-aware PDF text; Tika's text when the layout pass fails or finds nothing. */
    private String pdfText(byte[] bytes, String tikaText) throws NormalizationException {
        try {
            String text = PdfLayout.text(bytes, options.maxChars());
            return text.isBlank() ? tikaText : text;
        } catch (IOException | RuntimeException e) {
            if (Thread.currentThread().isInterrupted()) {
                throw new NormalizationException("interrupted");
            }
            return tikaText;
        }
    }

    private List<NormalizedArticle> attachments(MailParts parts, String path) {
        List<NormalizedArticle> out = new ArrayList<>();
        int n = 0;
        for (MailParts.Part a : parts.attachments()) {
            n++;
            String name = a.name() == null ? "attachment" : a.name();
            String safe = name.replaceAll("[\\s/\\\\#]+", "-");
            String attachmentPath = path + "#attachment-" + n + "-" + safe;
            try {
                out.add(parse(a.bytes(), name, attachmentPath, false).get(0));
            } catch (NormalizationException e) {
                // not a document we read (image, archive, broken file): not an article
            }
        }
        return out;
    }

    private ParseContext parseContext(MailParts mailParts) {
        ParseContext context = new ParseContext();
        PDFParserConfig pdf = new PDFParserConfig();
        pdf.setSortByPosition(false); // reading order comes from PdfLayout; Tika's text is only a fallback
        pdf.setExtractInlineImages(false);
        pdf.setExtractAnnotationText(false);
        pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
        context.set(PDFParserConfig.class, pdf);
        if (mailParts != null) {
            context.set(org.apache.tika.parser.Parser.class, parser);
        }
        context.set(EmbeddedDocumentExtractor.class, mailParts != null ? mailParts : new SkipEmbedded());
        return context;
    }

    /** Attachments and embedded files are not part of the article. */
    private static final class SkipEmbedded implements EmbeddedDocumentExtractor {
        @Override
        public boolean shouldParseEmbedded(Metadata metadata) {
            return false;
        }

        @Override
        public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml) {
            // skipped on purpose
        }
    }

    /** Stops a parse whose thread was interrupted (after a timeout), at the next piece of text it writes. */
    private static final class InterruptibleHandler extends ContentHandlerDecorator {
        InterruptibleHandler(ContentHandler handler) {
            super(handler);
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            if (Thread.currentThread().isInterrupted()) {
                throw new SAXException("interrupted");
            }
            super.characters(ch, start, length);
        }

        @Override
        public void startElement(String uri, String localName, String name, org.xml.sax.Attributes atts)
                throws SAXException {
            if (Thread.currentThread().isInterrupted()) {
                throw new SAXException("interrupted");
            }
            super.startElement(uri, localName, name, atts);
        }
    }

    /** Tika's XHTML to text: a blank line around every block element, line breaks inside blocks kept. */
    static String flatten(String xhtml, String mime) {
        Document doc = Jsoup.parse(xhtml);
        HtmlMainText.capDepth(doc.body());
        StringBuilder out = new StringBuilder();
        flattenInto(doc.body(), out);
        return out.toString();
    }

    private static void flattenInto(Element root, StringBuilder out) {
        for (Node child : root.childNodes()) {
            if (child instanceof TextNode t) {
                out.append(t.getWholeText());
            } else if (child instanceof Element e) {
                String tag = e.tagName();
                if (tag.equals("br")) {
                    out.append('\n');
                } else if (tag.equals("head") || tag.equals("script") || tag.equals("style")) {
                    continue;
                } else if (e.isBlock() || tag.equals("li") || tag.equals("td")) {
                    out.append("\n\n");
                    flattenInto(e, out);
                    out.append("\n\n");
                } else {
                    flattenInto(e, out);
                }
            }
        }
    }

    private static String author(Metadata metadata) {
        String a = blankToNull(metadata.get(TikaCoreProperties.CREATOR));
        if (a == null) {
            a = blankToNull(metadata.get(Office.AUTHOR));
        }
        if (a == null) {
            a = blankToNull(metadata.get("Message-From"));
        }
        if (a == null) {
            return null;
        }
        Matcher m = NAME_AND_ADDRESS.matcher(a);
        return m.matches() ? m.group(1).strip() : a;
    }

    private static String published(Metadata metadata) {
        String d = blankToNull(metadata.get(TikaCoreProperties.CREATED));
        if (d == null) {
            d = blankToNull(metadata.get(TikaCoreProperties.MODIFIED));
        }
        return Dates.toIso(d);
    }

    private static boolean isEncrypted(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof EncryptedDocumentException
                    || t.getClass().getName().endsWith("InvalidPasswordException")
                    || t.getClass().getName().endsWith("EncryptedDocumentException")) {
                return true;
            }
        }
        return false;
    }

    /** The most specific one-line reason in a cause chain, without class names or stack traces. */
    private static String reason(Throwable e) {
        String reason = null;
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = oneLine(t.getMessage());
            if (!m.isEmpty()) {
                reason = m;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return reason == null ? "the parser could not read it" : reason;
    }

    private static String oneLine(String s) {
        if (s == null) {
            return "";
        }
        String line = s.strip().replaceAll("\\s+", " ");
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }

    private static boolean isGenericContainer(String mime) {
        return mime.equals("application/octet-stream") || mime.equals("application/zip")
                || mime.equals("application/x-tika-ooxml") || mime.equals("application/x-tika-msoffice")
                || mime.equals("text/plain");
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t' && b != 0) {
                return false;
            }
        }
        return true;
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
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
