package dev.lensc.runtime.patch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/**
 * One operation of a JSON Patch (RFC 6902). Paths are JSON pointers (RFC 6901) as text, escaped
 * ({@code ~0} for {@code ~}, {@code ~1} for {@code /}); {@code -} as the last token of an array
 * path means "after the last item".
 */
public sealed interface PatchOp {

    /** The op's name as RFC 6902 spells it: add, remove, replace, move, copy, test. */
    String name();

    /** The target location. */
    String path();

    /** The op as a JSON object. */
    default ObjectNode toJson() {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        out.put("op", name());
        if (this instanceof Move m) {
            out.put("from", m.from());
        } else if (this instanceof Copy c) {
            out.put("from", c.from());
        }
        out.put("path", path());
        if (this instanceof Add a) {
            out.set("value", a.value().deepCopy());
        } else if (this instanceof Replace r) {
            out.set("value", r.value().deepCopy());
        } else if (this instanceof Test t) {
            out.set("value", t.value().deepCopy());
        }
        return out;
    }

    record Add(String path, JsonNode value) implements PatchOp {
        public Add {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(value, "value (use NullNode for null)");
        }

        @Override
        public String name() {
            return "add";
        }
    }

    record Remove(String path) implements PatchOp {
        public Remove {
            Objects.requireNonNull(path, "path");
        }

        @Override
        public String name() {
            return "remove";
        }
    }

    record Replace(String path, JsonNode value) implements PatchOp {
        public Replace {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(value, "value (use NullNode for null)");
        }

        @Override
        public String name() {
            return "replace";
        }
    }

    record Move(String from, String path) implements PatchOp {
        public Move {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(path, "path");
        }

        @Override
        public String name() {
            return "move";
        }
    }

    record Copy(String from, String path) implements PatchOp {
        public Copy {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(path, "path");
        }

        @Override
        public String name() {
            return "copy";
        }
    }

    record Test(String path, JsonNode value) implements PatchOp {
        public Test {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(value, "value (use NullNode for null)");
        }

        @Override
        public String name() {
            return "test";
        }
    }
}
