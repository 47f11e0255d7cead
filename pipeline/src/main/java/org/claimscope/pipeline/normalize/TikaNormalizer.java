package org.claimscope.pipeline.normalize;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.extractor.ParsingEmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.Office;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.ToXMLContentHandler;
import org.apache.tika.sax.WriteOutContentHandler;
import org.claimscope.model.Source;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.xml.sax.ContentHandler;

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

    private final NormalizerOptions options;
    private final LanguageDetector languageDetector;
    private final PlainTextCleaner cleaner = new PlainTextCleaner();
    private final Detector detector;
    private final AutoDetectParser parser;

    public TikaNormalizer() {
        this(NormalizerOptions.defaults());
    }

    public TikaNormalizer(NormalizerOptions options) {
        this(options, new StopwordLanguageDetector());
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
        byte[] bytes = read(file);
        String path = file.toString();
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        if (isBlank(bytes)) {
            throw new NormalizationException("empty file");
        }
        String mime = detect(bytes, name);
        NormalizedArticle article;
        try {
            if (mime.equals("text/html") || mime.equals("application/xhtml+xml")) {
                article = fromHtml(bytes, path);
            } else if (TIKA_FORMATS.containsKey(mime)) {
                article = viaTika(bytes, name, path, mime);
            } else if (mime.startsWith("text/")) {
                article = fromText(Charsets.decode(bytes, false), path, null);
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
        if (article.text().isEmpty()) {
            String format = TIKA_FORMATS.getOrDefault(mime, mime.equals("text/html") ? "HTML" : "file");
            throw new NormalizationException("no text found in " + format
                    + (format.equals("PDF") ? " (scanned image? OCR is not supported)" : ""));
        }
        return article;
    }

    /**
     * Normalizes text given programmatically (e.g. a JSON Lines record): same cleanup and language detection as
     * for a .txt file. A null or blank {@code languageOrNull} means "detect it".
     */
    public NormalizedArticle fromText(String text, String path, String languageOrNull) {
        String cleaned = cleaner.clean(text == null ? "" : text);
        String lang = languageOrNull == null || languageOrNull.isBlank()
                ? languageDetector.detect(cleaned)
                : languageOrNull.strip().toLowerCase(Locale.ROOT);
        return new NormalizedArticle(Source.ofPath(path), lang, cleaned);
    }

    /** Normalizes an HTML page given as raw bytes (charset detected). */
    public NormalizedArticle fromHtml(byte[] html, String path) {
        Document doc = Jsoup.parse(Charsets.decode(html, true));
        HtmlMetadata.Info info = HtmlMetadata.extract(doc);
        String text = cleaner.clean(HtmlMainText.extract(doc));
        String lang = languageDetector.detect(text, info.lang());
        return new NormalizedArticle(
                new Source(path, info.url(), info.title(), info.author(), info.published(), info.siteName()),
                lang, text);
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

    private NormalizedArticle viaTika(byte[] bytes, String name, String path, String mime)
            throws NormalizationException {
        String format = TIKA_FORMATS.get(mime);
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
        ToXMLContentHandler xhtml = new ToXMLContentHandler();
        ContentHandler limited = new WriteOutContentHandler(xhtml, options.maxChars());
        try (TikaInputStream in = TikaInputStream.get(bytes)) {
            parser.parse(in, limited, metadata, parseContext(format));
        } catch (EncryptedDocumentException e) {
            throw new NormalizationException("encrypted " + format + " (password-protected)");
        } catch (Exception e) {
            if (WriteLimitReachedException.isWriteLimitReached(e)) {
                // keep what was read so far: the document is longer than any article
            } else if (isEncrypted(e)) {
                throw new NormalizationException("encrypted " + format + " (password-protected)");
            } else {
                throw new NormalizationException("corrupt " + format + ": " + reason(e));
            }
        }
        String text = cleaner.clean(flatten(xhtml.toString(), mime));
        String hint = metadata.get(TikaCoreProperties.LANGUAGE);
        String lang = languageDetector.detect(text, hint);
        return new NormalizedArticle(new Source(path, null, blankToNull(metadata.get(TikaCoreProperties.TITLE)),
                author(metadata), published(metadata), null), lang, text);
    }

    private ParseContext parseContext(String format) {
        ParseContext context = new ParseContext();
        PDFParserConfig pdf = new PDFParserConfig();
        pdf.setSortByPosition(true); // reading order for multi-column and oddly generated PDFs
        pdf.setExtractInlineImages(false);
        pdf.setExtractAnnotationText(false);
        pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
        context.set(PDFParserConfig.class, pdf);
        boolean mail = format.equals("EML") || format.equals("MSG");
        if (mail) {
            context.set(org.apache.tika.parser.Parser.class, parser); // parses the body parts
        }
        context.set(EmbeddedDocumentExtractor.class, mail ? new MailBodyOnly(context) : new SkipEmbedded());
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

    /** In e-mail the body arrives as embedded text parts; named parts (attachments) are skipped. */
    private static final class MailBodyOnly implements EmbeddedDocumentExtractor {
        private final ParsingEmbeddedDocumentExtractor delegate;

        MailBodyOnly(ParseContext context) {
            this.delegate = new ParsingEmbeddedDocumentExtractor(context);
        }

        @Override
        public boolean shouldParseEmbedded(Metadata metadata) {
            String type = metadata.get(Metadata.CONTENT_TYPE);
            boolean text = type != null && (type.startsWith("text/plain") || type.startsWith("text/html"));
            String disposition = metadata.get("Content-Disposition");
            boolean attachment = disposition != null && disposition.toLowerCase(Locale.ROOT).contains("attachment");
            return text && !attachment && metadata.get(TikaCoreProperties.RESOURCE_NAME_KEY) == null;
        }

        @Override
        public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml)
                throws org.xml.sax.SAXException, IOException {
            delegate.parseEmbedded(stream, handler, metadata, outputHtml);
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

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
