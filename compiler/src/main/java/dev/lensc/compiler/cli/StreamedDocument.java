package dev.lensc.compiler.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.lensc.compiler.codegen.StreamInterpreter;
import dev.lensc.runtime.graph.DocumentType;
import dev.lensc.runtime.json.JsonReadException;
import dev.lensc.runtime.json.StrictJson;
import dev.lensc.runtime.json.StrictJsonStream;
import dev.lensc.runtime.lens.LensException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code lensc apply} of a large document file through the {@link StreamInterpreter}: the plan the
 * generated streaming translators run, from the file's tokens to stdout, holding only what the plan
 * buffers. A first pass translates to nowhere, so that nothing is written unless the whole document
 * translates; the second writes. A document that fails and would fit in the heap as a tree is left
 * to the tree translation, whose message lists every violation (the stream stops at the first);
 * a larger one fails with the stream's message, which names the same kind of place and op.
 */
final class StreamedDocument {
    /** Heap a document takes as a tree, in multiples of its size, with room for its translation. */
    private static final long TREE_BYTES_PER_BYTE = 16;

    private final StreamInterpreter translation;
    private final Path file;

    private StreamedDocument(StreamInterpreter translation, Path file) {
        this.translation = translation;
        this.file = file;
    }

    /**
     * Translates {@code file} to {@code out} when the translation streams at the document's top level.
     *
     * @return false when it does not stream, or when the document does not translate but fits in
     *     the heap as a tree (nothing written: the tree translation says why)
     */
    static boolean run(DocumentType type, int from, int to, Path file, OutputStream out) {
        StreamInterpreter translation = StreamInterpreter.of(type, from, to);
        if (!translation.streams()) {
            return false;
        }
        StreamedDocument document = new StreamedDocument(translation, file);
        try {
            document.translate(OutputStream.nullOutputStream());
        } catch (LensException | JsonReadException e) {
            if (fitsAsATree(file)) {
                return false;
            }
            throw e;
        } catch (IOException e) {
            throw new BadInputException("cannot read " + file + ": " + e.getMessage());
        }
        try {
            document.translate(out);
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return true;
    }

    private static boolean fitsAsATree(Path file) {
        try {
            return Files.size(file) * TREE_BYTES_PER_BYTE < Runtime.getRuntime().maxMemory();
        } catch (IOException e) {
            return false;
        }
    }

    private void translate(OutputStream out) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
                StrictJsonStream json = StrictJson.stream(in, file.toString())) {
            JsonGenerator g = StrictJson.prettyGenerator(out);
            try {
                translation.translate(json.parser(), g);
            } catch (JsonProcessingException e) {
                throw json.refusal(e);
            }
            g.flush();
            if (json.next() != null) {
                throw json.error("invalid JSON: more after the end of the document");
            }
        }
    }
}
