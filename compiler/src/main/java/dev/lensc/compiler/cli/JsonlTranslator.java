package dev.lensc.compiler.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import dev.lensc.compiler.codegen.StreamInterpreter;
import dev.lensc.runtime.json.JsonReadException;
import dev.lensc.runtime.json.StrictJson;
import dev.lensc.runtime.json.StrictJsonStream;
import dev.lensc.runtime.lens.LensException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Translates the lines of a batch, each read strictly ({@link StrictJson}) and written as compact
 * JSON on one line: streamed token by token when the translation streams ({@link StreamInterpreter}),
 * else as trees. A line that is not JSON or that the lens cannot translate becomes a
 * {@link JsonlReject} (a line that fails to stream is translated again as a tree, so that its
 * reason is the tree's, which names every misfit); anything else (a usage error, out of memory)
 * ends the run.
 */
final class JsonlTranslator {
    private final UnaryOperator<JsonNode> translation;
    private final StreamInterpreter streaming;
    private final String inputName;

    /**
     * @param streaming the same translation, streaming, or null
     * @param inputName the input in messages ({@code items.jsonl}, {@code <stdin>})
     */
    JsonlTranslator(UnaryOperator<JsonNode> translation, StreamInterpreter streaming, String inputName) {
        this.translation = translation;
        this.streaming = streaming;
        this.inputName = inputName;
    }

    /** Lines written one after another; a line that fails is cut off again. */
    private static final class Lines extends ByteArrayOutputStream {
        Lines(int size) {
            super(size);
        }

        void cutTo(int size) {
            count = size;
        }
    }

    JsonlBatchResult translate(JsonlBatch batch) {
        Lines out = new Lines((int) Math.min(Integer.MAX_VALUE - 8, batch.bytes() + 64));
        List<JsonlReject> rejects = new ArrayList<>(0);
        int translated = 0;
        long number = batch.firstLine();
        for (byte[] line : batch.lines()) {
            String reason = translateLine(line, number, out);
            if (reason == null) {
                translated++;
            } else {
                rejects.add(new JsonlReject(number, reason, line, out.size()));
            }
            number++;
        }
        return new JsonlBatchResult(out.toByteArray(), translated, rejects, batch);
    }

    /** Appends the line's translation and a newline to {@code out}; returns null, or why it cannot. */
    private String translateLine(byte[] line, long number, Lines out) {
        String source = inputName + ":" + number;
        if (streaming != null && streamLine(line, source, out)) {
            return null;
        }
        try {
            JsonNode doc = StrictJson.read(new ByteArrayInputStream(line), source);
            JsonNode result = translation.apply(doc);
            try {
                StrictJson.writeCompact(result, out);
            } catch (IOException e) {
                // a ByteArrayOutputStream does not throw
                throw new UncheckedIOException(e);
            }
            out.write('\n');
            return null;
        } catch (JsonReadException e) {
            return readProblem(e, source);
        } catch (LensException | BadInputException e) {
            return e.getMessage();
        } catch (OutOfMemoryError e) {
            // the line's trees are unreachable here again; say which line, and how large it was
            throw new BadInputException("out of memory translating " + source + " (a line of " + line.length
                    + " bytes); give lensc more heap: LENSC_JAVA_OPTS=-Xmx" + Lensc.moreHeap(line.length)
                    + ", or use fewer --threads");
        }
    }

    /** Appends the line's streamed translation and a newline to {@code out}; false (nothing appended) when it fails. */
    private boolean streamLine(byte[] line, String source, Lines out) {
        int start = out.size();
        try (StrictJsonStream json = StrictJson.stream(new ByteArrayInputStream(line), source);
                JsonGenerator g = StrictJson.generator(out)) {
            streaming.translate(json.parser(), g);
            g.flush();
            if (json.next() == null) {
                out.write('\n');
                return true;
            }
        } catch (LensException | JsonReadException | IOException e) {
            // the tree translation says why
        }
        out.cutTo(start);
        return false;
    }

    /**
     * The message of a line that is not strictly JSON, without the source StrictJson put in front:
     * {@code column 5: duplicate key ...} (each line is line 1 of its own document).
     */
    static String readProblem(JsonReadException e, String source) {
        String message = e.getMessage();
        if (e.line() > 0) {
            String prefix = source + ":" + e.line() + ":" + e.column() + ": ";
            if (message.startsWith(prefix)) {
                return "column " + e.column() + ": " + message.substring(prefix.length());
            }
        }
        return message.startsWith(source + ": ") ? message.substring(source.length() + 2) : message;
    }
}
