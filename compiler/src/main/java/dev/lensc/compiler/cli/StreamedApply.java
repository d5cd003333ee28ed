package dev.lensc.compiler.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lensc.runtime.graph.DocumentType;
import dev.lensc.runtime.json.JsonPointers;
import dev.lensc.runtime.json.JsonReadException;
import dev.lensc.runtime.json.StrictJson;
import dev.lensc.runtime.json.StrictJsonStream;
import dev.lensc.runtime.lens.Interpreter;
import dev.lensc.runtime.lens.LensException;
import dev.lensc.runtime.schema.SchemaValidator;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code lensc apply} of a large document file, streamed: through the {@link StreamedDocument
 * streaming plan} when the lens streams at the document's top level; else, when its bulk is in
 * arrays the lens translates item by item ({@link ArraySplice}), with the items never all in
 * memory. The first pass reads the document strictly, keeps everything but those arrays as a tree (the skeleton), and checks and translates
 * each item on its own, keeping none; the skeleton is then translated as a whole. The second pass
 * writes the skeleton's translation, reading the file again at each array and writing each item's
 * translation in its place. Output and messages are those of translating the whole tree (a failing
 * item is translated again inside the skeleton, so the message names the same op, with the item's
 * index), and nothing is written unless every item translates.
 */
final class StreamedApply {
    /** Documents from this size on stream when they can (the property {@code lensc.stream.above} overrides). */
    static final long DEFAULT_ABOVE_BYTES = 16L << 20;
    /** Failing items a message names at most (as many as the violations a whole-document check lists). */
    static final int REPORTED_FAILURES = 5;

    private final DocumentType type;
    private final int from;
    private final int to;
    private final Path file;
    private final List<ArraySplice> splices;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private StreamedApply(DocumentType type, int from, int to, Path file, List<ArraySplice> splices) {
        this.type = type;
        this.from = from;
        this.to = to;
        this.file = file;
        this.splices = splices;
    }

    /**
     * Translates the input file of {@code lensc apply} to {@code out} when it is large and can
     * stream: a {@code .lens} translation without {@code --base}, an array the lens translates item by item.
     *
     * @return false when it does not apply (nothing read, nothing written)
     */
    static boolean run(LensSource lens, Selection s, Arguments a, Context c) {
        if (a.operands().isEmpty() || a.operands().get(0).equals("-")) {
            return false;
        }
        Path file = Path.of(a.operands().get(0));
        try {
            if (Files.size(file) < Long.getLong("lensc.stream.above", DEFAULT_ABOVE_BYTES)) {
                return false;
            }
        } catch (IOException e) {
            return false;
        }
        DocumentType t = streamable(lens, s, a);
        if (t == null) {
            return false;
        }
        c.json().streaming(file);
        if (StreamedDocument.run(t, s.from(), s.to(), file, c.out())) {
            return true;
        }
        List<ArraySplice> splices = ArraySplice.find(t.path(s.from(), s.to()).ops(), t.schema(s.from()).get(),
                t.schema(s.to()).get());
        if (splices.isEmpty()) {
            return false;
        }
        new StreamedApply(t, s.from(), s.to(), file, splices).translate(c.out());
        return true;
    }

    /**
     * The document type of a translation that may stream: a {@code .lens} file's type without an
     * envelope, {@code --from} and {@code --to} of connected versions whose schemas are known, no
     * {@code --base} or {@code --schema}; else null (the tree translation says what is wrong, if anything).
     */
    static DocumentType streamable(LensSource lens, Selection s, Arguments a) {
        if (!(lens instanceof DocumentTypeLensSource types) || a.has("base") || a.has("schema") || s.from() == null
                || s.to() == null) {
            return null;
        }
        try {
            DocumentType t = lens.documentType(s, a.command());
            if (!t.versions().contains(s.from()) || !t.versions().contains(s.to()) || t.schema(s.from()).isEmpty()
                    || t.schema(s.to()).isEmpty() || types.envelopes(s, a.command())) {
                return null;
            }
            t.path(s.from(), s.to());
            return t;
        } catch (LensException | UsageException e) {
            return null;
        }
    }

    private void translate(OutputStream out) {
        Skeleton skeleton = readSkeleton();
        if (!skeleton.failures().isEmpty()) {
            throw itemFailure(skeleton);
        }
        JsonNode translated = type.translate(skeleton.root(), from, to, null);
        try {
            JsonGenerator g = StrictJson.prettyGenerator(out);
            write(translated, new ArrayList<>(), g);
            g.close();
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The document without the items of its spliced arrays, and the first items that do not translate. */
    private record Skeleton(JsonNode root, List<Failure> failures) {}

    private record Failure(ArraySplice splice, int index, JsonNode item) {}

    private interface Items {
        void item(ArraySplice splice, int index, JsonNode item);
    }

    // --- the first pass: the skeleton, every item checked and translated ---

    private Skeleton readSkeleton() {
        List<Failure> failures = new ArrayList<>();
        Items check = (splice, index, item) -> {
            if (failures.size() < REPORTED_FAILURES && !translates(splice, index, item)) {
                failures.add(new Failure(splice, index, item));
            }
        };
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
                StrictJsonStream json = StrictJson.stream(in, file.toString())) {
            if (json.next() == null) {
                throw json.error("no JSON document (the input is empty)");
            }
            JsonNode root = read(json, new ArrayList<>(), "", check);
            if (json.next() != null) {
                throw json.error("invalid JSON: more after the end of the document");
            }
            return new Skeleton(root, failures);
        } catch (IOException e) {
            throw new BadInputException("cannot read " + file + ": " + e.getMessage());
        }
    }

    /**
     * The value that starts at the current token: the items of a spliced array go to {@code items}
     * (the array stays empty); objects on the way to one are walked key by key; the rest is read as a tree.
     */
    private JsonNode read(StrictJsonStream json, List<String> path, String at, Items items) {
        JsonToken t = json.current();
        ArraySplice splice = splices.stream().filter(s -> s.in().equals(path)).findFirst().orElse(null);
        if (splice != null && t == JsonToken.START_ARRAY) {
            int index = 0;
            while (more(json, JsonToken.END_ARRAY)) {
                items.item(splice, index, json.value(JsonPointers.child(at, index)));
                index++;
            }
            return NODES.arrayNode();
        }
        boolean onTheWay = splices.stream().anyMatch(s -> s.in().size() > path.size()
                && s.in().subList(0, path.size()).equals(path));
        if (!onTheWay || t != JsonToken.START_OBJECT) {
            return json.value(at);
        }
        ObjectNode object = NODES.objectNode();
        Set<String> keys = new HashSet<>();
        while (more(json, JsonToken.END_OBJECT)) {
            String key = json.name(at);
            json.unique(keys, key, at);
            json.next();
            path.add(key);
            object.set(key, read(json, path, JsonPointers.child(at, key), items));
            path.remove(path.size() - 1);
        }
        return object;
    }

    /** Whether the container goes on: false at its end; the input ending inside it is an error. */
    private static boolean more(StrictJsonStream json, JsonToken end) {
        JsonToken t = json.next();
        if (t == null) {
            throw json.error("invalid JSON: the input ends inside an " + (end == JsonToken.END_ARRAY ? "array" : "object"));
        }
        return t != end;
    }

    private boolean translates(ArraySplice splice, int index, JsonNode item) {
        try {
            return SchemaValidator.fits(item, splice.itemFrom())
                    && SchemaValidator.fits(Interpreter.run(splice.itemOps(), item, null,
                            JsonPointers.child(pointer(splice.in()), index)), splice.itemTo());
        } catch (LensException e) {
            return false;
        }
    }

    /**
     * Why items do not translate, as translating the whole document says it: the skeleton with
     * those items alone in their arrays, translated as a tree, the items' pointers moved to their indexes.
     */
    private LensException itemFailure(Skeleton skeleton) {
        JsonNode alone = skeleton.root().deepCopy();
        java.util.Map<String, List<Integer>> indexes = new java.util.HashMap<>();
        for (Failure f : skeleton.failures()) {
            ((ArrayNode) at(alone, f.splice().in())).add(f.item());
            indexes.computeIfAbsent(pointer(f.splice().in()), k -> new ArrayList<>()).add(f.index());
        }
        try {
            type.translate(alone, from, to, null);
        } catch (LensException e) {
            String pointer = e.pointer() == null ? null : movedItems(e.pointer(), indexes);
            return new LensException(movedItems(e.reason(), indexes), pointer, e.op())
                    .inContext(e.documentType(), e.fromVersion(), e.toVersion());
        }
        Failure first = skeleton.failures().get(0);
        return new LensException("the item does not translate", JsonPointers.child(pointer(first.splice().in()),
                first.index()), null).inContext(type.name(), from, to);
    }

    /** The text with each pointer {@code /array/j} of the items alone turned into {@code /array/index}. */
    private static String movedItems(String text, java.util.Map<String, List<Integer>> indexes) {
        String out = text;
        for (var array : indexes.entrySet()) {
            Matcher m = Pattern.compile(Pattern.quote(array.getKey() + "/") + "(\\d+)(?![0-9])").matcher(out);
            StringBuilder moved = new StringBuilder();
            while (m.find()) {
                int j = Integer.parseInt(m.group(1));
                String index = j < array.getValue().size() ? String.valueOf(array.getValue().get(j)) : m.group(1);
                m.appendReplacement(moved, Matcher.quoteReplacement(array.getKey() + "/" + index));
            }
            m.appendTail(moved);
            out = moved.toString();
        }
        return out;
    }

    // --- the second pass: the translation, each spliced array's items read again and translated in place ---

    private void write(JsonNode value, List<String> path, JsonGenerator g) throws IOException {
        ArraySplice splice = splices.stream().filter(s -> s.out().equals(path)).findFirst().orElse(null);
        if (splice != null) {
            g.writeStartArray();
            writeItems(splice, g);
            g.writeEndArray();
            return;
        }
        boolean onTheWay = splices.stream().anyMatch(s -> s.out().size() > path.size()
                && s.out().subList(0, path.size()).equals(path));
        if (!onTheWay || !(value instanceof ObjectNode object)) {
            StrictJson.write(value, g);
            return;
        }
        g.writeStartObject();
        for (var field : (Iterable<java.util.Map.Entry<String, JsonNode>>) object::fields) {
            g.writeFieldName(field.getKey());
            path.add(field.getKey());
            write(field.getValue(), path, g);
            path.remove(path.size() - 1);
        }
        g.writeEndObject();
    }

    private void writeItems(ArraySplice splice, JsonGenerator g) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
                StrictJsonStream json = StrictJson.stream(in, file.toString())) {
            json.next();
            for (String key : splice.in()) {
                while (json.next() == JsonToken.FIELD_NAME && !json.name("").equals(key)) {
                    json.next();
                    json.skipValue();
                }
                json.next();
            }
            String at = pointer(splice.in());
            int index = 0;
            while (json.next() != JsonToken.END_ARRAY) {
                String itemAt = JsonPointers.child(at, index++);
                StrictJson.write(Interpreter.run(splice.itemOps(), json.value(itemAt), null, itemAt), g);
            }
        }
    }

    private static JsonNode at(JsonNode root, List<String> keys) {
        JsonNode node = root;
        for (String key : keys) {
            node = node.get(key);
        }
        return node;
    }

    private static String pointer(List<String> keys) {
        String at = "";
        for (String key : keys) {
            at = JsonPointers.child(at, key);
        }
        return at;
    }
}
