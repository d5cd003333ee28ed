package dev.lensc.runtime.patch;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lensc.runtime.json.JsonPointers;
import dev.lensc.runtime.schema.Field;
import dev.lensc.runtime.schema.SchemaValidator;
import dev.lensc.runtime.schema.Type;
import dev.lensc.runtime.schema.Types;
import dev.lensc.runtime.schema.Violation;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whether one patch op is an edit of the source version, from its paths and values alone: every
 * path is one the version has (declared fields, map keys, array indexes, {@code -} to append), a
 * written value fits the type there, and a removed (or moved away) field is not required. Presence
 * is the field's own ({@link Field#optional()}), never inferred from nullability.
 *
 * <p>Used by both modes: path-level translation has nothing else to go on, and the document-aware
 * mode reports the same invalid edits the same way before it looks at the document.
 */
final class SourceVersionCheck {
    private static final int REMEMBERED_PATHS = 4096;

    private final Type root;
    /** What {@link #typeAt} found per path, for writes that may append and for other ops. */
    private final Map<String, At> appendable = new ConcurrentHashMap<>();
    private final Map<String, At> existing = new ConcurrentHashMap<>();

    SourceVersionCheck(Type root) {
        this.root = root;
    }

    /** The op's rejection, or null when it is an edit of the version. */
    PatchTranslation.Rejected rejection(int index, PatchOp op) {
        Issue issue = issue(op);
        return issue == null ? null : new PatchTranslation.Rejected(index, op.path(), op, issue.cause(), issue.text());
    }

    private record Issue(PatchTranslation.Cause cause, String text) {}

    private Issue issue(PatchOp op) {
        if (op instanceof PatchOp.Add a) {
            return write(a.path(), a.value(), true);
        } else if (op instanceof PatchOp.Replace r) {
            return write(r.path(), r.value(), false);
        } else if (op instanceof PatchOp.Remove r) {
            return removable(r.path());
        } else if (op instanceof PatchOp.Test t) {
            return typeAt(t.path(), false).issue;
        } else if (op instanceof PatchOp.Move m) {
            Issue gone = removable(m.from());
            return gone != null ? gone : sameType(m.from(), m.path());
        } else if (op instanceof PatchOp.Copy c) {
            Issue from = typeAt(c.from(), false).issue;
            return from != null ? from : sameType(c.from(), c.path());
        }
        throw new IllegalStateException("unknown patch op " + op);
    }

    private Issue write(String path, JsonNode value, boolean isAdd) {
        At at = typeAt(path, isAdd);
        if (at.issue != null) {
            return at.issue;
        }
        List<Violation> violations = SchemaValidator.validate(value, at.type);
        if (violations.isEmpty()) {
            return null;
        }
        Violation first = violations.get(0);
        return wrongType((first.pointer().isEmpty() ? "" : "at " + first.pointer() + " of it: ") + first.message());
    }

    private Issue removable(String path) {
        if (path.isEmpty()) {
            return new Issue(PatchTranslation.Cause.REQUIRED_FIELD, "the whole document cannot be removed");
        }
        At at = typeAt(path, false);
        if (at.issue != null) {
            return at.issue;
        }
        if (at.field != null && at.field.required()) {
            return new Issue(PatchTranslation.Cause.REQUIRED_FIELD, "the field '" + at.field.name()
                    + "' is required in this version; it can be replaced, not removed");
        }
        return null;
    }

    private Issue sameType(String from, String to) {
        At source = typeAt(from, false);
        At target = typeAt(to, true);
        if (target.issue != null) {
            return target.issue;
        }
        if (source.type != null && !Types.assignable(source.type, target.type)) {
            return wrongType(Types.display(source.type) + " from " + pointer(from) + " cannot be written where "
                    + Types.display(target.type) + " is declared");
        }
        return null;
    }

    private static Issue wrongType(String what) {
        return new Issue(PatchTranslation.Cause.WRONG_TYPE, "a value of the wrong type: " + what);
    }

    /**
     * The type at a path (the items' type for an array index), the field it names, or the problem;
     * remembered for up to {@value #REMEMBERED_PATHS} paths, since a stream of edits writes the same
     * few paths over and over.
     */
    private At typeAt(String path, boolean appendAllowed) {
        Map<String, At> known = appendAllowed ? appendable : existing;
        At at = known.get(path);
        if (at == null) {
            at = resolve(path, appendAllowed);
            if (known.size() < REMEMBERED_PATHS) {
                known.put(path, at);
            }
        }
        return at;
    }

    private At resolve(String path, boolean appendAllowed) {
        List<String> tokens = JsonPointers.parse(path);
        Type t = root;
        Field field = null;
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            Type inner = Type.nonNull(t);
            field = null;
            if (inner instanceof Type.AnyType) {
                return new At(inner, null, null);
            } else if (inner instanceof Type.ObjectType o) {
                field = o.field(token).orElse(null);
                if (field == null) {
                    return problem("this version has no field '" + token + "' at " + shown(tokens, i) + " (fields: "
                            + String.join(", ", o.fieldNames()) + ")");
                }
                t = field.type();
            } else if (inner instanceof Type.MapType m) {
                t = m.values();
            } else if (inner instanceof Type.ArrayType a) {
                boolean last = i == tokens.size() - 1;
                if (!(token.matches("0|[1-9][0-9]{0,8}") || token.equals("-") && last && appendAllowed)) {
                    return problem("'" + token + "' is not an index of the array at " + shown(tokens, i));
                }
                t = a.items();
            } else {
                return problem("the value at " + shown(tokens, i) + " is " + Types.display(t) + ": it has no '" + token
                        + "' inside");
            }
        }
        return new At(t, field, null);
    }

    private static At problem(String text) {
        return new At(null, null, new Issue(PatchTranslation.Cause.NO_SUCH_PATH, text));
    }

    /** The pointer to the value holding token {@code i}, as a problem's text shows it. */
    private static String shown(List<String> tokens, int i) {
        return pointer(JsonPointers.join(tokens.subList(0, i)));
    }

    private static String pointer(String p) {
        return p.isEmpty() ? "/" : p;
    }

    private record At(Type type, Field field, Issue issue) {}
}
