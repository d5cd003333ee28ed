package dev.lensc.runtime.stream;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import dev.lensc.runtime.json.JsonPointers;
import dev.lensc.runtime.json.JsonValues;
import dev.lensc.runtime.json.StrictJson;
import dev.lensc.runtime.lens.LensException;
import dev.lensc.runtime.schema.Field;
import dev.lensc.runtime.schema.Hints;
import dev.lensc.runtime.schema.SchemaValidator;
import dev.lensc.runtime.schema.Type;
import dev.lensc.runtime.schema.Types;
import dev.lensc.runtime.schema.Violation;
import java.io.IOException;
import java.util.List;

/**
 * What generated streaming translators call besides {@link TypeStream}: where the parser is (as a
 * JSON pointer into the input), the failures of a document that does not fit its version (the
 * messages {@code SchemaValidator} gives a tree), and the few values they buffer as trees.
 * Pointers are computed only when something fails.
 */
public final class StreamChecks {
    private static final String SOURCE = "the stream";

    private StreamChecks() {}

    /** Moves a fresh parser to its first token; a parser already on a value stays there. */
    public static void begin(JsonParser p) throws IOException {
        if (p.currentToken() == null && p.nextToken() == null) {
            throw new LensException("no JSON document (the input is empty)", "", null);
        }
    }

    /** The JSON pointer of the value at the parser's current token (the token that starts or ends it). */
    public static String pointer(JsonParser p) {
        JsonStreamContext c = p.getParsingContext();
        JsonToken t = p.currentToken();
        // a container just opened has its place in the parent; at its end the parser is back there
        return pointerOf(t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY ? c.getParent() : c);
    }

    /** The pointer of the object being read, the parser at the end of one of its values. */
    public static String objectPointer(JsonParser p) {
        JsonStreamContext c = p.getParsingContext();
        return pointerOf(c.getParent());
    }

    /** A value of the wrong kind: {@code expected a string, found number 3}. */
    public static LensException misfit(JsonParser p, String context, String expected) throws IOException {
        String at = pointer(p);
        JsonNode found = p.currentToken() == null || p.currentToken() == JsonToken.FIELD_NAME
                ? null : StrictJson.readValue(p, SOURCE);
        return new LensException(context + ": expected " + expected + ", found " + JsonValues.kind(found)
                + (found == null || found.isNull() ? "" : " " + JsonValues.brief(found)), at, null);
    }

    /** A key the object's version does not declare; the parser is at the key. */
    public static LensException undeclared(JsonParser p, String context, String key, Type type) {
        String hint = Hints.didYouMean(key, ((Type.ObjectType) Type.nonNull(type)).fieldNames());
        return new LensException(context + ": field '" + key + "' is not declared in this version"
                + (hint == null ? "" : " (" + hint + ")"), childOfOpenObject(p, key), null);
    }

    /**
     * Marks declared field {@code index} (bit {@code index} of {@code seen}) as seen in the object
     * being read, at its key; a key seen before is a duplicate.
     */
    public static long once(JsonParser p, String key, long seen, int index) {
        long bit = 1L << index;
        if ((seen & bit) != 0) {
            throw duplicate(p, key);
        }
        return seen | bit;
    }

    /**
     * {@link #once} for the key at the current token, then moves to its value: what every declared
     * key of a streamed object starts with, in one call.
     */
    public static long enter(JsonParser p, String key, long seen, int index) throws IOException {
        long marked = once(p, key, seen, index);
        p.nextToken();
        return marked;
    }

    /**
     * Throws where the object or array starting at the current token nests deeper than
     * {@link StrictJson#MAX_DEPTH}, as the strict reader refuses it (and as a tree could not hold it).
     */
    public static void requireDepth(JsonParser p) {
        if (p.getParsingContext().getNestingDepth() > StrictJson.MAX_DEPTH) {
            throw new LensException("the document nests deeper than " + StrictJson.MAX_DEPTH + " levels, Lensc's limit",
                    pointer(p), null);
        }
    }

    /**
     * Throws where the string at the current token holds half of a UTF-16 pair (from a {@code \\u}
     * escape), as the strict reader refuses it: it is not Unicode text, and no writer can write it.
     */
    public static void requireWholeText(JsonParser p) throws IOException {
        char[] text = p.getTextCharacters();
        int end = p.getTextOffset() + p.getTextLength();
        for (int i = p.getTextOffset(); i < end; i++) {
            if (Character.isSurrogate(text[i])) {
                int lone = loneSurrogate(new String(text, p.getTextOffset(), p.getTextLength()));
                if (lone >= 0) {
                    throw new LensException(lonely("a string", lone), pointer(p), null);
                }
                return;
            }
        }
    }

    /** {@link #requireWholeText} of a key of the object being read; the parser is at the key. */
    public static void requireWholeKey(JsonParser p, String key) {
        int lone = loneSurrogate(key);
        if (lone >= 0) {
            throw new LensException(lonely("a key", lone), childOfOpenObject(p, key), null);
        }
    }

    /** The first char of {@code text} that is half of a UTF-16 pair without its other half, or -1. */
    private static int loneSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return c;
            }
        }
        return -1;
    }

    private static String lonely(String what, int surrogate) {
        return String.format("%s with a lone surrogate \\u%04x (half of a UTF-16 pair is not a Unicode character)",
                what, surrogate);
    }

    /** A key seen twice in one object; the parser is at the second. */
    public static LensException duplicate(JsonParser p, String key) {
        return new LensException("duplicate key \"" + key + "\" (each key may appear once in an object)",
                childOfOpenObject(p, key), null);
    }

    /**
     * Throws for the first required field (in declared order) of {@code type} that {@code seen} lacks:
     * bit {@code i} of {@code seen} stands for declared field {@code i}. The parser is at the object's end.
     */
    public static void requirePresent(JsonParser p, String context, Type.ObjectType type, long[] seen) {
        List<Field> fields = type.fields();
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).required() && (seen[i >>> 6] & (1L << i)) == 0) {
                throw missing(p, context, fields.get(i));
            }
        }
    }

    /** {@link #requirePresent(JsonParser, String, Type.ObjectType, long[])} for objects of up to 64 fields. */
    public static void requirePresent(JsonParser p, String context, Type type, long seen) {
        requirePresent(p, context, (Type.ObjectType) Type.nonNull(type), new long[] {seen});
    }

    private static LensException missing(JsonParser p, String context, Field f) {
        return new LensException(context + ": missing field '" + f.name() + "' of type " + Types.display(f.type()),
                JsonPointers.child(pointer(p), f.name()), null);
    }

    /**
     * An op's failure on the value at the parser's current token, named by that value's pointer in
     * the input plus the pointer the failure gives inside it.
     */
    public static LensException at(LensException e, String valuePointer) {
        return new LensException(e.reason(), valuePointer + (e.pointer() == null ? "" : e.pointer()), e.op());
    }

    /** An op's failure on the value at the parser's current token (or its end), named by that value's pointer. */
    public static LensException failedAt(LensException e, JsonParser p) {
        return new LensException(e.reason(), pointer(p), e.op());
    }

    /**
     * Copies one document of {@code version} from {@code in} to {@code out}, checked against the
     * version's {@code type}: the streaming translation of a version to itself.
     */
    public static void copyDocument(JsonParser in, JsonGenerator out, TypeStream type, String documentType,
            int version) throws IOException {
        translate(in, out, type::copy, documentType, version, version);
    }

    /**
     * Streams one document from {@code in} (at its first token, or before it) through {@code root}
     * to {@code out}: the streaming translation of {@code documentType} version {@code from} to
     * {@code to}, whose failures name the versions. An op's failure is held until the document has
     * been read ({@link HeldFailure}): one that does not fit its version fails for that first.
     */
    public static void translate(JsonParser in, JsonGenerator out, ValueStream root, String documentType, int from,
            int to) throws IOException {
        HeldFailure held = HeldFailure.current();
        HeldFailure outer = held.open();
        try {
            begin(in);
            root.stream(in, out);
            held.throwHeld();
        } catch (LensException e) {
            throw e.inContext(documentType, from, to);
        } finally {
            held.close(outer);
        }
    }

    /**
     * Reads the value at the parser's current token into a tree (for the few values a streaming
     * translator buffers) and checks it against {@code type}.
     */
    public static JsonNode read(JsonParser p, Type type, String context) throws IOException {
        String at = pointer(p);
        JsonNode value = StrictJson.readValue(p, SOURCE);
        requireFits(value, type, context, at, null);
        return value;
    }

    /**
     * Throws a {@link LensException} naming the first place where {@code value} (found at
     * {@code at}) does not fit {@code type}; {@code op} names the op that made it, when known.
     */
    public static void requireFits(JsonNode value, Type type, String context, String at, String op) {
        List<Violation> violations = SchemaValidator.validate(value, type);
        if (!violations.isEmpty()) {
            Violation first = violations.get(0);
            throw new LensException(context + ": " + first.message(), at + first.pointer(), op);
        }
    }

    /**
     * A generator that writes nowhere: where a dropped field's value is streamed only for what it
     * hands on (the fields hoisted out of it) and for the failures of its changes.
     */
    public static JsonGenerator nowhere() throws IOException {
        return StrictJson.generator(java.io.OutputStream.nullOutputStream());
    }

    /** Writes a buffered or constant value. */
    public static void write(JsonNode value, JsonGenerator g) throws IOException {
        StrictJson.write(value, g);
    }

    /** The pointer of {@code key} in the object the parser is reading, at the key. */
    private static String childOfOpenObject(JsonParser p, String key) {
        return JsonPointers.child(pointerOf(p.getParsingContext().getParent()), key);
    }

    private static String pointerOf(JsonStreamContext context) {
        StringBuilder out = new StringBuilder();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            String token = c.inObject() ? JsonPointers.escape(c.getCurrentName() == null ? "" : c.getCurrentName())
                    : Integer.toString(c.getCurrentIndex());
            out.insert(0, token).insert(0, '/');
        }
        return out.toString();
    }
}
