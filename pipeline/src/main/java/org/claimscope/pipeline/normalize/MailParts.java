package org.claimscope.pipeline.normalize;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.xml.sax.ContentHandler;

/**
 * Collects the parts of an e-mail as Tika hands them over: unnamed inline text/plain and text/html parts are the
 * body, every other part is an attachment (kept as bytes, to be normalized as a document of its own). One instance
 * per message; not thread-safe.
 */
final class MailParts implements EmbeddedDocumentExtractor {

    record Part(String name, String type, byte[] bytes) {
    }

    private static final Pattern CHARSET = Pattern.compile("charset\\s*=\\s*\"?([^\";\\s]+)", Pattern.CASE_INSENSITIVE);

    private final long maxBytes;
    private final List<String> plain = new ArrayList<>();
    private final List<String> html = new ArrayList<>();
    private final List<Part> attachments = new ArrayList<>();

    MailParts(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public boolean shouldParseEmbedded(Metadata metadata) {
        return true;
    }

    @Override
    public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml)
            throws IOException {
        byte[] bytes = stream.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (bytes.length > maxBytes) {
            return; // an attachment larger than any accepted file is skipped
        }
        String type = lower(metadata.get(Metadata.CONTENT_TYPE));
        String name = metadata.get(TikaCoreProperties.RESOURCE_NAME_KEY);
        String disposition = lower(metadata.get("Content-Disposition"));
        boolean attachment = disposition.contains("attachment") || (name != null && !name.isBlank());
        if (!attachment && type.startsWith("text/plain")) {
            plain.add(decode(bytes, type, false));
        } else if (!attachment && type.startsWith("text/html")) {
            html.add(decode(bytes, type, true));
        } else {
            attachments.add(new Part(name == null || name.isBlank() ? null : name.strip(), type, bytes));
        }
    }

    boolean isEmpty() {
        return plain.isEmpty() && html.isEmpty() && attachments.isEmpty();
    }

    /**
     * Takes the body of a single-part message (no MIME parts) from the raw message: an HTML body is kept as HTML
     * for main-content extraction. Other bodies are left to Tika's text.
     */
    void addSinglePartBody(byte[] message, String contentType, String transferEncoding) {
        String type = lower(contentType);
        if (!type.startsWith("text/html")) {
            return;
        }
        int start = bodyStart(message);
        if (start < 0) {
            return;
        }
        InputStream raw = new java.io.ByteArrayInputStream(message, start, message.length - start);
        String cte = lower(transferEncoding).strip();
        try (InputStream in = cte.equals("quoted-printable")
                ? new org.apache.james.mime4j.codec.QuotedPrintableInputStream(raw, false)
                : cte.equals("base64") ? new org.apache.james.mime4j.codec.Base64InputStream(raw, false) : raw) {
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes));
            html.add(decode(body, type, true));
        } catch (IOException | RuntimeException e) {
            // undecodable body: Tika's text stands
        }
    }

    /** Offset just after the blank line that ends the headers, or -1. */
    private static int bodyStart(byte[] m) {
        for (int i = 0; i + 1 < m.length; i++) {
            if (m[i] == '\n' && m[i + 1] == '\n') {
                return i + 2;
            }
            if (m[i] == '\n' && m[i + 1] == '\r' && i + 2 < m.length && m[i + 2] == '\n') {
                return i + 3;
            }
        }
        return -1;
    }

    /** The plain-text body parts, joined; null when the message has none. */
    String plainBody() {
        return plain.isEmpty() ? null : String.join("\n\n", plain);
    }

    boolean hasHtmlOnlyBody() {
        return plain.isEmpty() && !html.isEmpty();
    }

    String htmlBody() {
        return String.join("\n", html);
    }

    List<Part> attachments() {
        return attachments;
    }

    private static String decode(byte[] bytes, String type, boolean html) {
        Matcher m = CHARSET.matcher(type);
        if (m.find()) {
            try {
                return new String(bytes, Charset.forName(m.group(1)));
            } catch (RuntimeException e) {
                // unknown charset name: detect it instead
            }
        }
        return Charsets.decode(bytes, html);
    }

    private static String lower(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT);
    }
}
