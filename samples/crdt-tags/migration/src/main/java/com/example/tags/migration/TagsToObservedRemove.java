package com.example.tags.migration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lensc.runtime.lens.CustomLens;
import dev.lensc.runtime.schema.Field;
import dev.lensc.runtime.schema.Type;
import dev.lensc.runtime.sync.StableIds;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * v1 {@code tags: [string]} (an add-only set) ⇄ v2 {@code tags: {adds: {tag: [dot]}, removes: [dot]}}
 * (an observed-remove set). Forward, a tag the stored v2 set already shows keeps its dots; any other
 * tag gets the migration's deterministic dot ({@code migration:tags-v2:<tag>}), so a backfill run
 * twice writes the same bytes and a re-sent old set mints no fresh adds (a tombstoned migration dot
 * stays tombstoned). Backward, v1 sees the visible tags: those with a dot not removed.
 */
public final class TagsToObservedRemove implements CustomLens {
    public static final String MIGRATION = "tags-v2";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Override
    public JsonNode forward(JsonNode value, JsonNode base) {
        ObjectNode out = NODES.objectNode();
        ObjectNode adds = out.putObject("adds");
        ArrayNode removes = out.putArray("removes");
        Set<String> wanted = new LinkedHashSet<>();
        value.forEach(t -> wanted.add(t.textValue()));
        Set<String> removed = new HashSet<>();
        if (base != null && base.isObject()) {
            base.path("removes").forEach(d -> {
                removes.add(d.textValue());
                removed.add(d.textValue());
            });
            for (Iterator<Map.Entry<String, JsonNode>> it = base.path("adds").fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                adds.set(e.getKey(), e.getValue().deepCopy());
                if (!wanted.contains(e.getKey())) {
                    // a tag the v1 writer no longer has: it removed it, so its dots are tombstoned
                    e.getValue().forEach(d -> {
                        if (removed.add(d.textValue())) {
                            removes.add(d.textValue());
                        }
                    });
                }
            }
        }
        for (String tag : wanted) {
            if (!visible(adds.path(tag), removed)) {
                ArrayNode dots = adds.has(tag) ? (ArrayNode) adds.get(tag) : adds.putArray(tag);
                String dot = StableIds.dot(MIGRATION, tag);
                if (!contains(dots, dot)) {
                    dots.add(dot);
                }
            }
        }
        return out;
    }

    @Override
    public JsonNode backward(JsonNode value, JsonNode base) {
        Set<String> removed = new HashSet<>();
        value.path("removes").forEach(d -> removed.add(d.textValue()));
        Set<String> visible = new LinkedHashSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = value.path("adds").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            if (visible(e.getValue(), removed)) {
                visible.add(e.getKey());
            }
        }
        ArrayNode out = NODES.arrayNode();
        Set<String> written = new HashSet<>();
        if (base != null && base.isArray()) {
            base.forEach(t -> { // the stored order, duplicates included, of the tags still visible
                if (visible.contains(t.textValue())) {
                    out.add(t.textValue());
                    written.add(t.textValue());
                }
            });
        }
        visible.stream().filter(t -> !written.contains(t)).forEach(out::add);
        return out;
    }

    @Override
    public Type forwardType(Type sourceType) {
        Type strings = new Type.ArrayType(new Type.StringType());
        return new Type.ObjectType(List.of(new Field("adds", new Type.MapType(strings), null),
                new Field("removes", strings, null)));
    }

    @Override
    public Type backwardType(Type targetType) {
        return new Type.ArrayType(new Type.StringType());
    }

    private static boolean visible(JsonNode dots, Set<String> removed) {
        for (JsonNode d : dots) {
            if (!removed.contains(d.textValue())) {
                return true;
            }
        }
        return false;
    }

    private static boolean contains(ArrayNode dots, String dot) {
        for (JsonNode d : dots) {
            if (dot.equals(d.textValue())) {
                return true;
            }
        }
        return false;
    }
}
