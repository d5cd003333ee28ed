package dev.lensc.runtime.stream;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.databind.JsonNode;
import dev.lensc.runtime.schema.Field;
import dev.lensc.runtime.schema.Type;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An object streamed in one pass over its keys, as a table: each declared field of the table is
 * copied (under its name or a new one), dropped (only checked) or handed to a {@link ValueStream};
 * then the constants appended. Generated streaming translators hold one per object level instead of
 * a {@code case} per field; a level whose fields hand values to each other (hoist, plunge) keeps
 * code for those fields and calls {@link #field} for the others. Fields are checked against the
 * object type as {@link TypeStream} checks them, with the same messages. Immutable and thread-safe:
 * each method adding to the table returns a new one.
 */
public final class LevelStream implements ValueStream {
    /** One field of the table: written as {@code name} (null: dropped), by {@code stream} or copied. */
    private record Entry(int index, SerializableString name, TypeStream values, ValueStream stream) {}

    private record Appended(SerializableString name, Constant value) {}

    private final Type type;
    private final Type.ObjectType object;
    private final String context;
    private final Map<String, Entry> entries;
    /** {@code entries} as an open-addressing table: a key at its hash or after it, null where none is. */
    private final String[] keys;
    private final Entry[] slots;
    private final List<Appended> appended;
    private final Appended[] appendedArray;
    private final long required;
    private final boolean nullable;
    /** Whether every declared field is in the table, as {@link #stream} needs. */
    private final boolean complete;

    private LevelStream(Type type, String context, Map<String, Entry> entries, List<Appended> appended) {
        this.type = type;
        this.object = (Type.ObjectType) Type.nonNull(type);
        this.context = context;
        this.entries = entries;
        int size = Integer.highestOneBit(Math.max(1, entries.size()) * 2) * 2;
        this.keys = new String[size];
        this.slots = new Entry[size];
        entries.forEach((key, entry) -> {
            int i = key.hashCode() & (size - 1);
            while (keys[i] != null) {
                i = (i + 1) & (size - 1);
            }
            keys[i] = key;
            slots[i] = entry;
        });
        this.appended = appended;
        this.appendedArray = appended.toArray(Appended[]::new);
        this.nullable = type.isNullable();
        this.complete = entries.size() == object.fields().size();
        long mask = 0;
        List<Field> fields = object.fields();
        for (int i = 0; i < fields.size(); i++) {
            mask |= fields.get(i).required() ? 1L << i : 0;
        }
        this.required = mask;
    }

    /**
     * An empty table for objects of {@code type} (up to 64 fields; nullable or not); {@code context}
     * opens the message of every misfit.
     */
    public static LevelStream of(Type type, String context) {
        if (!(Type.nonNull(type) instanceof Type.ObjectType o) || o.fields().size() > 64) {
            throw new IllegalArgumentException("not an object type of up to 64 fields: " + type);
        }
        return new LevelStream(type, context, Map.of(), List.of());
    }

    /** The table with declared fields {@code keys} copied as they are. */
    public LevelStream copy(String... keys) {
        LevelStream t = this;
        for (String key : keys) {
            t = t.with(key, key, null);
        }
        return t;
    }

    /** The table with declared field {@code key} copied as {@code name}. */
    public LevelStream rename(String key, String name) {
        return with(key, name, null);
    }

    /** The table with declared fields {@code keys} only checked, not written. */
    public LevelStream drop(String... keys) {
        LevelStream t = this;
        for (String key : keys) {
            t = t.with(key, null, null);
        }
        return t;
    }

    /** The table with declared field {@code key} written as {@code name}, its value through {@code value}. */
    public LevelStream stream(String key, String name, ValueStream value) {
        return with(key, name, value);
    }

    /** The table with field {@code name} appended after the input's fields, set to {@code value}. */
    public LevelStream append(String name, JsonNode value) {
        List<Appended> more = new ArrayList<>(appended);
        more.add(new Appended(WrittenText.of(name), Constant.of(value)));
        return new LevelStream(type, context, entries, List.copyOf(more));
    }

    private LevelStream with(String key, String name, ValueStream stream) {
        int index = object.fieldNames().indexOf(key);
        if (index < 0 || entries.containsKey(key)) {
            throw new IllegalArgumentException("not a declared field, or one already in the table: " + key);
        }
        Map<String, Entry> more = new HashMap<>(entries);
        more.put(key, new Entry(index, name == null ? null : WrittenText.of(name),
                TypeStream.of(object.fields().get(index).type(), context), stream));
        return new LevelStream(type, context, more, appended);
    }

    /**
     * Streams the whole object (or null, where the type allows it): every declared field must be in
     * the table.
     */
    @Override
    public void stream(JsonParser p, JsonGenerator g) throws IOException {
        if (!complete) {
            throw new IllegalStateException("fields outside the table: " + object.fieldNames());
        }
        if (nullable && p.currentToken() == JsonToken.VALUE_NULL) {
            g.writeNull();
            return;
        }
        begin(p, g);
        long seen = 0;
        String key;
        // the next key in one call (null at the object's end: nothing else can follow a value in an object)
        while ((key = p.nextFieldName()) != null) {
            seen = field(p, g, key, seen);
        }
        requirePresent(p, seen);
        for (Appended a : appendedArray) {
            g.writeFieldName(a.name);
            a.value.write(g);
        }
        g.writeEndObject();
    }

    /** Checks that the parser is at an object's start and writes one. */
    public void begin(JsonParser p, JsonGenerator g) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw StreamChecks.misfit(p, context, "an object");
        }
        g.writeStartObject();
    }

    /**
     * Streams the field whose key ({@code key}) is the parser's current token, through the table;
     * {@code seen} has bit {@code i} set for each declared field {@code i} read so far in this object,
     * and the result adds this one. A key the type does not declare, or one seen before, fails.
     */
    public long field(JsonParser p, JsonGenerator g, String key, long seen) throws IOException {
        Entry e = lookup(key);
        if (e == null) {
            throw object.has(key) ? new IllegalStateException("field outside the table: " + key)
                    : StreamChecks.undeclared(p, context, key, object);
        }
        long marked = StreamChecks.enter(p, key, seen, e.index);
        if (e.stream != null) {
            g.writeFieldName(e.name);
            e.stream.stream(p, g);
        } else if (e.name != null) {
            g.writeFieldName(e.name);
            e.values.copyDirect(p, g);
        } else {
            e.values.copyDirect(p, null);
        }
        return marked;
    }

    /** The entry of {@code key}, or null; keys from the parser are mostly the very strings of the table. */
    private Entry lookup(String key) {
        int mask = keys.length - 1;
        for (int i = key.hashCode() & mask; ; i = (i + 1) & mask) {
            String k = keys[i];
            if (k == key) {
                return slots[i];
            }
            if (k == null) {
                return null;
            }
            if (k.equals(key)) {
                return slots[i];
            }
        }
    }

    /** Fails for the first required field that {@code seen} lacks; the parser is at the object's end. */
    public void requirePresent(JsonParser p, long seen) {
        if ((seen & required) != required) {
            StreamChecks.requirePresent(p, context, object, seen);
        }
    }
}
