package dev.lensc.runtime.patch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lensc.runtime.json.JsonPointers;
import dev.lensc.runtime.json.JsonValues;
import dev.lensc.runtime.lens.LensException;
import java.util.List;

/** RFC 6902 semantics on a private copy of the document. */
final class PatchApplier {
    private PatchApplier() {}

    static JsonNode apply(JsonPatch patch, JsonNode doc) {
        JsonNode root = doc.deepCopy();
        List<PatchOp> ops = patch.ops();
        for (int i = 0; i < ops.size(); i++) {
            root = applyOne(ops.get(i), root, i);
        }
        return root;
    }

    /** Applies one op to {@code root}, which it may change in place; returns the new root. */
    static JsonNode applyOne(PatchOp op, JsonNode root, int index) {
        Step step = new Step(op, index);
        if (op instanceof PatchOp.Add a) {
            return step.add(root, a.path(), a.value().deepCopy());
        } else if (op instanceof PatchOp.Remove r) {
            step.remove(root, r.path());
            return root;
        } else if (op instanceof PatchOp.Replace r) {
            if (r.path().isEmpty()) {
                return r.value().deepCopy();
            }
            step.replace(root, r.path(), r.value().deepCopy());
            return root;
        } else if (op instanceof PatchOp.Move m) {
            if (m.path().startsWith(m.from() + "/")) {
                throw step.fail(m.path(), "cannot move a value into itself (from " + m.from() + ")");
            }
            JsonNode value = step.find(root, m.from());
            if (m.from().equals(m.path())) {
                return root;
            }
            step.remove(root, m.from());
            return step.add(root, m.path(), value);
        } else if (op instanceof PatchOp.Copy c) {
            return step.add(root, c.path(), step.find(root, c.from()).deepCopy());
        } else {
            PatchOp.Test t = (PatchOp.Test) op;
            JsonNode actual = step.find(root, t.path());
            if (!JsonValues.equal(actual, t.value())) {
                throw step.fail(t.path(), "test failed: expected " + JsonValues.brief(t.value()) + ", found "
                        + JsonValues.brief(actual));
            }
            return root;
        }
    }

    private record Step(PatchOp op, int index) {

        LensException fail(String pointer, String reason) {
            return new LensException("patch op " + index + " (" + op.name() + "): " + reason, pointer, null);
        }

        List<String> tokens(String pointer) {
            try {
                return JsonPointers.parse(pointer);
            } catch (IllegalArgumentException e) {
                throw fail(pointer, e.getMessage());
            }
        }

        JsonNode find(JsonNode root, String pointer) {
            JsonNode at = root;
            for (String token : tokens(pointer)) {
                at = child(at, token, pointer);
            }
            return at;
        }

        private JsonNode child(JsonNode container, String token, String pointer) {
            JsonNode next = null;
            if (container.isObject()) {
                next = container.get(token);
            } else if (container.isArray()) {
                int i = index(token, pointer);
                next = i < container.size() ? container.get(i) : null;
            } else {
                throw fail(pointer, "cannot step into " + JsonValues.kind(container) + " with '" + token + "'");
            }
            if (next == null) {
                throw fail(pointer, "no value at the path");
            }
            return next;
        }

        private JsonNode parent(JsonNode root, List<String> tokens, String pointer) {
            JsonNode at = root;
            for (int i = 0; i < tokens.size() - 1; i++) {
                at = child(at, tokens.get(i), pointer);
            }
            return at;
        }

        int index(String token, String pointer) {
            if (token.equals("-")) {
                throw fail(pointer, "'-' (after the last item) names no existing item");
            }
            if (!token.matches("0|[1-9][0-9]{0,8}")) {
                throw fail(pointer, "'" + token + "' is not an array index");
            }
            return Integer.parseInt(token);
        }

        JsonNode add(JsonNode root, String pointer, JsonNode value) {
            List<String> tokens = tokens(pointer);
            if (tokens.isEmpty()) {
                return value;
            }
            JsonNode parent = parent(root, tokens, pointer);
            String last = tokens.get(tokens.size() - 1);
            if (parent instanceof ObjectNode o) {
                o.set(last, value);
            } else if (parent instanceof ArrayNode a) {
                int i = last.equals("-") ? a.size() : index(last, pointer);
                if (i > a.size()) {
                    throw fail(pointer, "index " + i + " is past the end of an array of " + a.size());
                }
                a.insert(i, value);
            } else {
                throw fail(pointer, "cannot add into " + JsonValues.kind(parent));
            }
            return root;
        }

        /** Replaces the value at {@code pointer} where it stands: a member keeps its place among the others. */
        void replace(JsonNode root, String pointer, JsonNode value) {
            List<String> tokens = tokens(pointer);
            JsonNode parent = parent(root, tokens, pointer);
            String last = tokens.get(tokens.size() - 1);
            child(parent, last, pointer);
            if (parent instanceof ObjectNode o) {
                o.set(last, value);
            } else {
                ((ArrayNode) parent).set(index(last, pointer), value);
            }
        }

        void remove(JsonNode root, String pointer) {
            List<String> tokens = tokens(pointer);
            if (tokens.isEmpty()) {
                throw fail(pointer, "cannot remove the whole document");
            }
            JsonNode parent = parent(root, tokens, pointer);
            child(parent, tokens.get(tokens.size() - 1), pointer);
            String last = tokens.get(tokens.size() - 1);
            if (parent instanceof ObjectNode o) {
                o.remove(last);
            } else {
                ((ArrayNode) parent).remove(index(last, pointer));
            }
        }
    }
}
