package claimcheck.extract;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * Sentences, tokens and part-of-speech tags (Universal Dependencies tags: NOUN, PROPN, VERB, ADJ,
 * ...) from Apache OpenNLP's English models, the Maven artifacts opennlp-models-*-en, read from
 * the classpath once. OpenNLP's tools are not thread-safe, so {@link #analyse} is synchronized.
 */
public final class Nlp {
    private static final String SENTENCES = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    private static final String TOKENS = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    private static final String TAGS = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

    /** A token: chars {@code [start, end)} of the whole text, its words and its tag. */
    public record Token(int start, int end, String text, String tag) {
        public boolean is(String... tags) {
            for (String t : tags) if (t.equals(tag)) return true;
            return false;
        }
    }

    /** A sentence: chars {@code [start, end)} of the whole text, and its tokens. */
    public record Sentence(int start, int end, List<Token> tokens) {
        public Sentence {
            tokens = List.copyOf(tokens);
        }

        public boolean contains(int offset) { return start <= offset && offset < end; }
    }

    private final SentenceDetectorME sentences;
    private final TokenizerME tokenizer;
    private final POSTaggerME tagger;

    private Nlp() {
        sentences = new SentenceDetectorME(Nlp.<SentenceModel>model(SENTENCES, SentenceModel::new));
        tokenizer = new TokenizerME(Nlp.<TokenizerModel>model(TOKENS, TokenizerModel::new));
        tagger = new POSTaggerME(Nlp.<POSModel>model(TAGS, POSModel::new));
    }

    private static final class English {
        static final Nlp INSTANCE = new Nlp();
    }

    public static Nlp english() { return English.INSTANCE; }

    /** The sentences of {@code text} (each line break also ends one), with their tagged tokens. */
    public synchronized List<Sentence> analyse(String text) {
        List<Sentence> out = new ArrayList<>();
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int nl = text.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? text.length() : nl;
            String line = text.substring(lineStart, lineEnd);
            for (opennlp.tools.util.Span s : sentences.sentPosDetect(line)) {
                String sentence = line.substring(s.getStart(), s.getEnd());
                opennlp.tools.util.Span[] spans = tokenizer.tokenizePos(sentence);
                String[] words = opennlp.tools.util.Span.spansToStrings(spans, sentence);
                String[] tags = tagger.tag(words);
                List<Token> tokens = new ArrayList<>();
                int base = lineStart + s.getStart();
                for (int i = 0; i < spans.length; i++)
                    tokens.add(new Token(base + spans[i].getStart(), base + spans[i].getEnd(), words[i], tags[i]));
                out.add(new Sentence(base, lineStart + s.getEnd(), tokens));
            }
            if (nl < 0) break;
            lineStart = nl + 1;
        }
        return out;
    }

    private interface Reader<M> {
        M read(InputStream in) throws IOException;
    }

    private static <M> M model(String resource, Reader<M> reader) {
        try (InputStream in = Nlp.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing OpenNLP model " + resource + " (the opennlp-models-*-en artifacts)");
            return reader.read(in);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read OpenNLP model " + resource, e);
        }
    }
}
