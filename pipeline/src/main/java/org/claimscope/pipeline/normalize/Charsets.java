package org.claimscope.pipeline.normalize;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.txt.Icu4jEncodingDetector;

/**
 * Decodes raw bytes to text. Order: byte-order mark, then strict UTF-8 (bytes that decode as UTF-8 almost never
 * are anything else, while statistical detectors often call such text Latin-1), then a charset the document
 * declares, then statistical detection. ISO-8859-1 is widened to windows-1252 so that cp1252 "smart quotes"
 * (0x93/0x94) and dashes survive.
 */
public final class Charsets {

    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]{0,200}?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]{2,40})", Pattern.CASE_INSENSITIVE);
    private static final Pattern XML_ENCODING = Pattern.compile(
            "<\\?xml[^>]{0,100}?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]{2,40})", Pattern.CASE_INSENSITIVE);
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private Charsets() {
    }

    /** Decodes {@code bytes}; {@code markup} says whether to look for an HTML/XML charset declaration. */
    public static String decode(byte[] bytes, boolean markup) {
        Charset charset = detect(bytes, markup);
        int skip = bomLength(bytes, charset);
        return new String(bytes, skip, bytes.length - skip, charset);
    }

    /** The charset {@link #decode} would use. */
    public static Charset detect(byte[] bytes, boolean markup) {
        Charset bom = fromBom(bytes);
        if (bom != null) {
            return bom;
        }
        if (isValidUtf8(bytes)) {
            return StandardCharsets.UTF_8;
        }
        if (markup) {
            Charset declared = declared(bytes);
            // A page declaring UTF-8 whose bytes are not UTF-8 is nearly always really cp1252.
            if (declared != null && !declared.equals(StandardCharsets.UTF_8)) {
                return widen(declared);
            }
        }
        return widen(statistical(bytes));
    }

    static boolean isValidUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static Charset fromBom(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    private static int bomLength(byte[] b, Charset charset) {
        Charset bom = fromBom(b);
        if (bom == null || !bom.equals(charset)) {
            return 0;
        }
        return bom.equals(StandardCharsets.UTF_8) ? 3 : 2;
    }

    private static Charset declared(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 8192), StandardCharsets.ISO_8859_1);
        for (Pattern p : new Pattern[] {META_CHARSET, XML_ENCODING}) {
            Matcher m = p.matcher(head);
            if (m.find()) {
                Charset c = forName(m.group(1));
                if (c != null) {
                    return c;
                }
            }
        }
        return null;
    }

    private static Charset statistical(byte[] bytes) {
        try {
            Metadata metadata = new Metadata();
            Charset c = new Icu4jEncodingDetector().detect(
                    new ByteArrayInputStream(bytes, 0, Math.min(bytes.length, 65536)), metadata);
            if (c != null) {
                return c;
            }
        } catch (IOException | RuntimeException e) {
            // fall through to the Western-European default
        }
        return WINDOWS_1252;
    }

    private static Charset widen(Charset c) {
        String name = c.name().toUpperCase(Locale.ROOT);
        if (name.equals("ISO-8859-1") || name.equals("US-ASCII") || name.equals("ISO-8859-15")) {
            return WINDOWS_1252;
        }
        return c;
    }

    private static Charset forName(String name) {
        try {
            return Charset.forName(name.trim());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }
}
