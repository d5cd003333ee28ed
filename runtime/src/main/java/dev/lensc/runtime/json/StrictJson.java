package dev.lensc.runtime.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * JSON read strictly and exactly, and written back the same way.
 *
 * <p>Reading refuses what Jackson's defaults let through silently: duplicate keys (Jackson keeps
 * the last), bytes that are not UTF-8 (U+FFFD in their place), lone surrogates from {@code \}u
 * escapes, trailing content. Numbers keep their text: {@code -0.0}, {@code 1e400}, {@code 1.0} and
 * {@code 1} print back as written, integers of any size stay exact (no double on the way). Depth
 * is limited to {@link #MAX_DEPTH} and numbers to {@link #MAX_NUMBER_LENGTH} characters; strings
 * and documents only by the heap. Every refusal is a {@link JsonReadException} whose message names
 * the source and the line:column (or byte offset).
 *
 * <p>Reading and writing need no deep stack (no recursion); translating a deeply nested value
 * may: see {@link DeepStack}.
 */
public final class StrictJson {
    /** Nesting levels of objects and arrays a document may have. */
    public static final int MAX_DEPTH = 100_000;
    /** Characters a number may have (parsing longer ones costs time that grows with the square). */
    public static final int MAX_NUMBER_LENGTH = 100_000;
    /**
     * Levels that indent further when printing indented: deeper values still take a line each,
     * at this indentation, so the text of a deep value grows with its depth, not with its square.
     */
    public static final int MAX_INDENT_LEVELS = 100;

    private static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            // our own check in TreeReader comes first and names the place
                            .maxNestingDepth(Integer.MAX_VALUE)
                            .maxNumberLength(MAX_NUMBER_LENGTH)
                            .maxStringLength(Integer.MAX_VALUE)
                            .maxNameLength(Integer.MAX_VALUE)
                            .maxDocumentLength(-1)
                            .maxTokenCount(-1)
                            .build())
                    .streamWriteConstraints(StreamWriteConstraints.builder().maxNestingDepth(Integer.MAX_VALUE).build())
                    .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
                    .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
                    .build())
            .build();
    private static final DefaultPrettyPrinter PRETTY;

    static {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n") {
            private static final long serialVersionUID = 1L;

            @Override
            public void writeIndentation(JsonGenerator g, int level) throws IOException {
                super.writeIndentation(g, Math.min(level, MAX_INDENT_LEVELS));
            }
        };
        PRETTY = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                        .withObjectEmptySeparator("")
                        .withArrayEmptySeparator(""));
        PRETTY.indentArraysWith(indenter);
        PRETTY.indentObjectsWith(indenter);
    }

    private StrictJson() {}

    /**
     * Reads one JSON document from UTF-8 bytes (the stream is not closed).
     *
     * @param source the name of the input in messages ({@code doc.json}, {@code <stdin>})
     * @throws JsonReadException for input that is not strictly JSON, or that cannot be read
     */
    public static JsonNode read(InputStream in, String source) {
        return parse(new StrictUtf8Reader(in, source), source);
    }

    /**
     * Reads the JSON documents of UTF-8 bytes, one after another, separated by whitespace (JSON Lines,
     * or a single document), each as strictly as {@link #read(InputStream, String)} reads one;
     * messages name the line and column in the whole input. The stream is not closed.
     *
     * @param each gets every document as soon as it is read
     * @return how many documents there were (0 for an input of whitespace only)
     */
    public static long readEach(InputStream in, String source, Consumer<JsonNode> each) {
        return parse(new StrictUtf8Reader(in, source), source, reader -> reader.readEach(each));
    }

    /** Reads one JSON document from a UTF-8 file; the file's name is the source in messages. */
    public static JsonNode read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new JsonReadException(file + ": cannot read: " + e.getMessage(), 0, 0);
        }
    }

    /** Reads one JSON document from text. */
    public static JsonNode read(String text, String source) {
        return parse(new StringReader(text), source);
    }

    private static JsonNode parse(Reader reader, String source) {
        return parse(reader, source, TreeReader::read);
    }

    /** What is read from one parser. */
    private interface Reading<T> {
        T from(TreeReader reader) throws IOException;
    }

    private static <T> T parse(Reader reader, String source, Reading<T> reading) {
        try (JsonParser parser = MAPPER.createParser(reader)) {
            try {
                return reading.from(new TreeReader(parser, source, MAX_DEPTH));
            } catch (JsonProcessingException e) {
                throw refusal(source, parser, e);
            }
        } catch (IOException e) {
            throw new JsonReadException(source + ": cannot read: " + e.getMessage(), 0, 0);
        }
    }

    /**
     * A strict reader of one document from UTF-8 bytes, token by token (the stream is not closed),
     * for documents too large to read as one tree.
     */
    public static StrictJsonStream stream(InputStream in, String source) {
        try {
            return new StrictJsonStream(MAPPER.createParser(new StrictUtf8Reader(in, source)), source);
        } catch (IOException e) {
            throw new JsonReadException(source + ": cannot read: " + e.getMessage(), 0, 0);
        }
    }

    /**
     * A generator that writes UTF-8 JSON as {@link #writePretty} does, for output written piece by
     * piece ({@link #write}); closing it flushes, and leaves {@code out} open.
     */
    public static JsonGenerator prettyGenerator(OutputStream out) throws IOException {
        return MAPPER.createGenerator(out).setPrettyPrinter(PRETTY.createInstance());
    }

    /**
     * Reads the value at the parser's current token (after advancing to the first one when the
     * parser has none yet) as {@link #read(InputStream, String)} reads a document, and leaves the
     * parser at the value's last token: a document of a stream, or one value inside a document.
     *
     * @throws JsonReadException for input that is not strictly JSON, or none at all
     */
    public static JsonNode readValue(JsonParser parser, String source) throws IOException {
        try {
            if (parser.currentToken() == null && parser.nextToken() == null) {
                throw new JsonReadException(source + ": no JSON document (the input is empty)", 0, 0);
            }
            return new TreeReader(parser, source, MAX_DEPTH).readCurrent();
        } catch (JsonProcessingException e) {
            throw refusal(source, parser, e);
        }
    }

    /** What Jackson refused, as Lensc's positioned error; a number's length is the only limit left to Jackson (see MAPPER). */
    private static JsonReadException refusal(String source, JsonParser parser, JsonProcessingException e) {
        if (e instanceof StreamConstraintsException) {
            return positioned(source, parser.currentLocation(), "a number longer than " + MAX_NUMBER_LENGTH
                    + " characters, Lensc's limit");
        }
        return positioned(source, e.getLocation() != null ? e.getLocation() : parser.currentLocation(),
                "invalid JSON: " + e.getOriginalMessage());
    }

    /** Writes a value to a generator as the other writers here do: numbers as read, at any depth. */
    public static void write(JsonNode value, JsonGenerator g) throws IOException {
        TreeWriter.write(value, g);
    }

    /**
     * A parser of UTF-8 JSON with Lensc's limits (as {@link #read(InputStream, String)}; not
     * closing {@code in}), for the streaming translators; strictness beyond Jackson's (duplicate
     * keys, lone surrogates) is the reader's: generated streaming translators check duplicates.
     */
    public static JsonParser parser(InputStream in) throws IOException {
        return MAPPER.createParser(in);
    }

    /** {@link #parser(InputStream)} over bytes. */
    public static JsonParser parser(byte[] utf8) throws IOException {
        return MAPPER.createParser(utf8);
    }

    /** A generator of compact UTF-8 JSON with Lensc's limits (not closing {@code out}). */
    public static JsonGenerator generator(OutputStream out) throws IOException {
        return MAPPER.createGenerator(out);
    }

    private static JsonReadException positioned(String source, JsonLocation at, String message) {
        return new JsonReadException(source + ":" + at.getLineNr() + ":" + at.getColumnNr() + ": " + message,
                at.getLineNr(), at.getColumnNr());
    }

    /**
     * Writes UTF-8 JSON, indented as {@code JSON.stringify(value, null, 2)} does up to
     * {@link #MAX_INDENT_LEVELS} levels (no newline at the end).
     */
    public static void writePretty(JsonNode value, OutputStream out) throws IOException {
        try (JsonGenerator g = MAPPER.createGenerator(out).setPrettyPrinter(PRETTY.createInstance())) {
            TreeWriter.write(value, g);
        }
    }

    /** The value as indented JSON text, as {@link #writePretty} writes it. */
    public static String pretty(JsonNode value) {
        return text(value, true);
    }

    /** The value as JSON text without whitespace, numbers as read. */
    public static String compact(JsonNode value) {
        return text(value, false);
    }

    /** Writes JSON text without whitespace, numbers as read. */
    public static void writeCompact(JsonNode value, Writer out) throws IOException {
        try (JsonGenerator g = MAPPER.createGenerator(out)) {
            TreeWriter.write(value, g);
        }
    }

    /** Writes UTF-8 JSON without whitespace, numbers as read (the stream is not closed). */
    public static void writeCompact(JsonNode value, OutputStream out) throws IOException {
        try (JsonGenerator g = MAPPER.createGenerator(out)) {
            TreeWriter.write(value, g);
        }
    }

    /**
     * The start of the value's compact text, at most {@code maxChars} characters, without writing
     * the rest (for messages about values of any size).
     */
    public static String compactPrefix(JsonNode value, int maxChars) {
        StringBuilder text = new StringBuilder();
        Writer bounded = new Writer() {
            @Override
            public void write(char[] chars, int offset, int length) throws IOException {
                text.append(chars, offset, Math.min(length, maxChars - text.length()));
                if (text.length() >= maxChars) {
                    throw new Enough();
                }
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        try {
            writeCompact(value, bounded);
        } catch (Enough e) {
            // the prefix is complete
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    /** Stops writing once a prefix is long enough. */
    private static final class Enough extends IOException {
        private static final long serialVersionUID = 1L;

        Enough() {
            super("enough");
        }

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;
        }
    }

    private static String text(JsonNode value, boolean pretty) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = MAPPER.createGenerator(out)) {
            if (pretty) {
                g.setPrettyPrinter(PRETTY.createInstance());
            }
            TreeWriter.write(value, g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
