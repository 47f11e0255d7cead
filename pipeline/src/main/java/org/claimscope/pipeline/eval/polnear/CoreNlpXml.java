package org.claimscope.pipeline.eval.polnear;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.claimscope.model.Span;

/**
 * The parts of a PolNeAR {@code corenlp/*.txt.xml} file (CoreNLP XML output shipped with the corpus) that the gold
 * speaker names use: token offsets with NER tags, and the coreference chains ({@code dcoref}) with their
 * representative mention.
 */
public record CoreNlpXml(List<List<Tok>> sentences, List<List<Mention>> chains) {

    public record Tok(int begin, int end, String word, String ner) {
    }

    /** A chain mention: 0-based sentence, 0-based token range [start, end). */
    public record Mention(int sentence, int start, int end, boolean representative) {
    }

    /** The character span of a mention. */
    public Span span(Mention m) {
        List<Tok> toks = sentences.get(m.sentence());
        return new Span(toks.get(m.start()).begin(), toks.get(m.end() - 1).end());
    }

    public boolean valid(Mention m) {
        return m.sentence() >= 0 && m.sentence() < sentences.size() && m.start() >= 0 && m.start() < m.end()
                && m.end() <= sentences.get(m.sentence()).size();
    }

    public static CoreNlpXml read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            XMLInputFactory f = XMLInputFactory.newFactory();
            f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
            XMLStreamReader r = f.createXMLStreamReader(in);
            List<List<Tok>> sentences = new ArrayList<>();
            List<List<Mention>> chains = new ArrayList<>();
            List<Tok> tokens = null;
            boolean inToken = false;
            boolean inMention = false;
            boolean representative = false;
            int depthCoref = 0;
            String word = null;
            String ner = "O";
            int begin = 0;
            int end = 0;
            int mSentence = 0;
            int mStart = 0;
            int mEnd = 0;
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    String name = r.getLocalName();
                    switch (name) {
                        case "tokens" -> tokens = new ArrayList<>();
                        case "token" -> {
                            inToken = true;
                            word = null;
                            ner = "O";
                        }
                        case "coreference" -> {
                            depthCoref++;
                            if (depthCoref == 2) {
                                chains.add(new ArrayList<>());
                            }
                        }
                        case "mention" -> {
                            inMention = true;
                            representative = "true".equals(r.getAttributeValue(null, "representative"));
                        }
                        case "word", "CharacterOffsetBegin", "CharacterOffsetEnd", "NER" -> {
                            if (inToken) {
                                String v = r.getElementText();
                                switch (name) {
                                    case "word" -> word = v;
                                    case "CharacterOffsetBegin" -> begin = Integer.parseInt(v.trim());
                                    case "CharacterOffsetEnd" -> end = Integer.parseInt(v.trim());
                                    default -> ner = v.trim();
                                }
                            }
                        }
                        case "sentence", "start", "end" -> {
                            if (inMention) {
                                int v = Integer.parseInt(r.getElementText().trim());
                                switch (name) {
                                    case "sentence" -> mSentence = v - 1;
                                    case "start" -> mStart = v - 1;
                                    default -> mEnd = v - 1;
                                }
                            }
                        }
                        default -> {
                        }
                    }
                } else if (ev == XMLStreamConstants.END_ELEMENT) {
                    switch (r.getLocalName()) {
                        case "token" -> {
                            inToken = false;
                            if (tokens != null) {
                                tokens.add(new Tok(begin, end, word == null ? "" : word, ner));
                            }
                        }
                        case "tokens" -> {
                            sentences.add(List.copyOf(tokens));
                            tokens = null;
                        }
                        case "mention" -> {
                            inMention = false;
                            if (!chains.isEmpty()) {
                                chains.getLast().add(new Mention(mSentence, mStart, mEnd, representative));
                            }
                        }
                        case "coreference" -> depthCoref--;
                        default -> {
                        }
                    }
                }
            }
            r.close();
            return new CoreNlpXml(List.copyOf(sentences), chains.stream().map(List::copyOf).toList());
        } catch (XMLStreamException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }
}
