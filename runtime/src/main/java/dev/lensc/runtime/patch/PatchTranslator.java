package dev.lensc.runtime.patch;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lensc.runtime.json.JsonPointers;
import dev.lensc.runtime.json.JsonValues;
import dev.lensc.runtime.lens.Lens;
import dev.lensc.runtime.lens.LensException;
import dev.lensc.runtime.lens.LensOp;
import dev.lensc.runtime.schema.Type;
import java.util.ArrayList;
import java.util.List;

/**
 * Translates JSON Patches across a lens, in one of two modes.
 *
 * <p><b>Path-level</b> ({@link #forward(Lens, JsonPatch)}, {@link #backward(Lens, JsonPatch)}): from
 * each op's path and value alone, as Cambria does, for sync layers that see edits without the
 * document; where the meaning depends on data the patch does not carry it takes Cambria's reading
 * and says so in a {@link PatchTranslation.Warning}.
 *
 * <p><b>Document-aware</b> (the methods taking the source document): exact. For a source document
 * {@code d} and a patch {@code p} valid on it:
 * <pre>
 *   forward:  get(apply(p, d))            == apply(forward(lens, p, d), get(d))
 *   onto a base b of the target version: forward(apply(p, d), b) == apply(forward(lens, p, d, b), b)
 *   backward: put(apply(q, get(d)), d)    == apply(backward(lens, q, d), d)
 * </pre>
 *
 * <p>Why the source document is an argument: what an op means in the target depends on the data it
 * lands on. Removing item 0 of an array whose head the target keeps makes item 1 the new value; an
 * append to an empty array sets it; a value written through {@code convert} keeps a base's value
 * when that maps to the same image; a new object needs the target's defaults filled in; an index
 * {@code -} needs the array's length. A schema knows none of this.
 *
 * <p>How: each op is applied to the source, and the source before and after it is translated. The
 * path-level translation of the op is kept where it turns the target before into the target after
 * (one engine: the document only confirms or corrects it). Otherwise the
 * op's paths are mapped through the lens ops (rename, hoist, plunge, wrap/head index 0, in, map)
 * and the op is rebuilt there with the value the target really holds afterwards (so nested
 * renames, defaults and converted values are in it). The rebuilt op is kept only if it turns the
 * target before into the target after, or does so together with writes elsewhere (a whole write
 * of a hoist's host also writes the hoisted field); otherwise the smallest diff between the two is
 * used. So the law holds whenever the lens can translate the documents at all. An op whose change
 * does not show in the target (a write to a removed field, to item 3 of a head'ed array), a test
 * with no counterpart are reported as dropped with the reason; an op after which the lens rejects
 * the document (a value it cannot map) is rejected. A patch that does not apply to the source throws a
 * {@link LensException} naming the op's index and pointer.
 *
 * <p>Cost: every op translates the whole document once or twice; meant for edits, not bulk loads.
 */
public final class PatchTranslator {
    private PatchTranslator() {}

    /**
     * Path-level mode: a patch on a document of the lens's input, translated to its output from the
     * ops' paths and values alone, without the document (see {@link PathLevelTranslator}).
     */
    public static PatchTranslation forward(Lens lens, JsonPatch patch) {
        return pathLevel(lens).translate(patch);
    }

    /**
     * A path-level translator through {@code lens} (forward), to keep for a stream of patches. The
     * last one made is reused for the same lens instance, so {@link #forward(Lens, JsonPatch)} in a
     * loop does not rebuild it.
     */
    public static PathLevelTranslator pathLevel(Lens lens) {
        Kept kept = lastKept;
        if (kept != null && kept.lens() == lens) {
            return kept.translator();
        }
        PathLevelTranslator made = new PathLevelTranslator(lens.ops(), null, false);
        lastKept = new Kept(lens, made);
        return made;
    }

    private record Kept(Lens lens, PathLevelTranslator translator) {}

    private static volatile Kept lastKept;

    /**
     * Path-level mode: a patch on a document of the lens's output, translated back onto its input (a
     * whole write that the lens fills with defaults says so in a warning: the input may hold more).
     */
    public static PatchTranslation backward(Lens lens, JsonPatch patch) {
        return new PathLevelTranslator(lens.reverse().ops(), null, true).translate(patch);
    }

    /** {@link #backward(Lens, JsonPatch)}, with the type of the lens's output checked first. */
    public static PatchTranslation backward(Lens lens, JsonPatch patch, Type targetType) {
        return new PathLevelTranslator(lens.reverse().ops(), new SourceVersionCheck(targetType), true)
                .translate(patch);
    }

    /**
     * Path-level mode with the type of the documents the patch applies to: an op whose path that
     * type does not have, or whose value does not fit it, is rejected before translation.
     */
    public static PatchTranslation forward(Lens lens, JsonPatch patch, Type sourceType) {
        return new PathLevelTranslator(lens.ops(), new SourceVersionCheck(sourceType), false).translate(patch);
    }

    /** A patch on a document of the op's input, translated to the op's output. */
    public static PatchTranslation forward(LensOp op, JsonPatch patch, JsonNode source) {
        return forward(Lens.of(op), patch, source, null);
    }

    /** A patch on {@code op}'s output of {@code source}, translated back onto {@code source}. */
    public static PatchTranslation backward(LensOp op, JsonPatch patch, JsonNode source) {
        return backward(Lens.of(op), patch, source);
    }

    /** A patch on {@code source} (lens input), translated to apply to {@code lens.forward(source)}. */
    public static PatchTranslation forward(Lens lens, JsonPatch patch, JsonNode source) {
        return forward(lens, patch, source, null);
    }

    /**
     * A patch on {@code source}, translated to apply to {@code targetBase}, an existing document of
     * the lens output (whose data the target keeps where the source has no say), or to
     * {@code lens.forward(source)} when {@code targetBase} is null.
     */
    public static PatchTranslation forward(Lens lens, JsonPatch patch, JsonNode source, JsonNode targetBase) {
        JsonNode target = targetBase != null ? targetBase : lens.forward(source);
        return run(lens, patch, source, target, targetBase);
    }

    /**
     * A patch on the view {@code lens.forward(source)}, translated to apply to {@code source}: the
     * result of applying it is {@code lens.backward(apply(patch, view), source)}.
     */
    public static PatchTranslation backward(Lens lens, JsonPatch patch, JsonNode source) {
        JsonNode view = lens.forward(source);
        return run(lens.reverse(), patch, view, source, source);
    }

    private static PatchTranslation run(Lens lens, JsonPatch patch, JsonNode source, JsonNode target, JsonNode base) {
        JsonNode s = source.deepCopy();
        JsonNode t = target.deepCopy();
        List<PatchOp> out = new ArrayList<>();
        List<PatchTranslation.Dropped> dropped = new ArrayList<>();
        List<PatchTranslation.Rejected> rejected = new ArrayList<>();
        PathLevelTranslator pathLevel = new PathLevelTranslator(lens.ops(), null, base != null);
        List<PatchOp> ops = patch.ops();
        for (int i = 0; i < ops.size(); i++) {
            PatchOp op = ops.get(i);
            JsonNode sNext = PatchApplier.applyOne(op, s.deepCopy(), i);
            if (op instanceof PatchOp.Test test) {
                translateTest(lens, base, test, i, s, t, out, dropped);
                continue;
            }
            JsonNode tNext;
            try {
                tNext = lens.forward(sNext, base);
            } catch (LensException e) {
                rejected.add(new PatchTranslation.Rejected(i, op.path(), op, PatchTranslation.Cause.UNMAPPABLE_VALUE,
                        "the target version cannot hold the result: " + e.getMessage()));
                s = sNext;
                continue;
            }
            // one engine: the path-level translation, kept where the document confirms it
            PatchTranslation byPath = pathLevel.translate(JsonPatch.of(op));
            JsonNode afterByPath = byPath.isRejected() ? null : applyOrNull(byPath.ops(), t);
            if (afterByPath != null && JsonValues.equal(afterByPath, tNext)) {
                out.addAll(byPath.ops());
                for (PatchTranslation.Dropped d : byPath.dropped()) {
                    dropped.add(new PatchTranslation.Dropped(i, d.pointer(), op, d.reason()));
                }
                s = sNext;
                t = tNext;
                continue;
            }
            List<PatchOp> candidate = candidate(lens, op, s, t, tNext);
            JsonNode afterCandidate = candidate == null ? null : applyOrNull(candidate, t);
            List<PatchOp> rest = afterCandidate == null ? null : PatchDiff.diff(afterCandidate, tNext);
            if (rest != null && rest.isEmpty()) {
                out.addAll(candidate);
            } else if (rest != null && disjoint(candidate, rest)) {
                // e.g. a whole write of a hoist's host: the host's write plus the hoisted field's write
                out.addAll(candidate);
                out.addAll(rest);
            } else if (JsonValues.equal(t, tNext)) {
                // a write to a field the target lacks is reported even when it rewrites the same value
                String gone = goneReason(lens, op, s);
                if (gone != null || !JsonValues.equal(s, sNext)) {
                    dropped.add(new PatchTranslation.Dropped(i, op,
                            gone != null ? gone : "the change does not show in the target version"));
                }
            } else {
                out.addAll(PatchDiff.diff(t, tNext));
            }
            if (op instanceof PatchOp.Move move && !JsonValues.equal(t, tNext)) {
                String gone = goneReason(lens, move, s);
                if (gone != null) {
                    dropped.add(new PatchTranslation.Dropped(i, op, "the value leaves the target version: it moves to "
                            + move.path() + ", and " + gone));
                }
            }
            s = sNext;
            t = tNext;
        }
        return new PatchTranslation(new JsonPatch(out), dropped, rejected, List.of());
    }

    /**
     * A test becomes tests of the target values that depend on the tested one: those that change
     * when the tested value is taken out of the source. Where they all sit at the mapped path, one
     * test there (the image of the tested value); otherwise one per value (a hoist's host and the
     * hoisted field). A tested value nothing in the target depends on is dropped.
     */
    private static void translateTest(Lens lens, JsonNode base, PatchOp.Test test, int index, JsonNode s,
            JsonNode t, List<PatchOp> out, List<PatchTranslation.Dropped> dropped) {
        PathMapping m = PathMapping.through(lens.ops(), resolve(test.path(), s));
        List<String> dependents = dependents(lens, base, test.path(), s, t);
        if (dependents == null || !m.isGone() && allOverlap(dependents, JsonPointers.join(m.tokens()))) {
            if (m.isGone()) {
                dropped.add(new PatchTranslation.Dropped(index, test, "the tested value has no counterpart: "
                        + m.goneReason()));
                return;
            }
            List<String> tokens = m.tokens();
            JsonNode value = at(t, tokens);
            // a null that wrap made an empty array has no item 0: test the array
            if (value == null && !tokens.isEmpty()) {
                tokens = tokens.subList(0, tokens.size() - 1);
                value = at(t, tokens);
            }
            if (value == null) {
                dropped.add(new PatchTranslation.Dropped(index, test, "the target has no value at "
                        + JsonPointers.join(m.tokens())));
                return;
            }
            out.add(new PatchOp.Test(JsonPointers.join(tokens), value.deepCopy()));
            return;
        }
        if (dependents.isEmpty()) {
            dropped.add(new PatchTranslation.Dropped(index, test, m.isGone()
                    ? "the tested value has no counterpart: " + m.goneReason()
                    : "no value of the target version depends on the tested value"));
            return;
        }
        for (String pointer : dependents) {
            out.add(new PatchOp.Test(pointer, at(t, JsonPointers.parse(pointer)).deepCopy()));
        }
    }

    /**
     * The pointers of existing target values that change when the value at {@code pointer} is taken
     * out of the source, or null when that cannot be worked out (the root, a lens that rejects it).
     */
    private static List<String> dependents(Lens lens, JsonNode base, String pointer, JsonNode s, JsonNode t) {
        if (pointer.isEmpty()) {
            return null;
        }
        JsonNode without;
        try {
            without = lens.forward(PatchApplier.applyOne(new PatchOp.Remove(pointer), s.deepCopy(), 0), base);
        } catch (LensException e) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (PatchOp op : PatchDiff.diff(t, without)) {
            if (!(op instanceof PatchOp.Add) && !out.contains(op.path())) {
                out.add(op.path());
            }
        }
        return out;
    }

    private static boolean allOverlap(List<String> pointers, String mapped) {
        for (String p : pointers) {
            if (!(p.equals(mapped) || p.startsWith(mapped + "/") || mapped.startsWith(p + "/"))) {
                return false;
            }
        }
        return true;
    }

    /** The op rebuilt at the mapped paths, or null when it has no direct counterpart. */
    private static List<PatchOp> candidate(Lens lens, PatchOp op, JsonNode s, JsonNode t, JsonNode tNext) {
        List<LensOp> ops = lens.ops();
        if (op instanceof PatchOp.Add || op instanceof PatchOp.Replace) {
            PathMapping m = PathMapping.through(ops, resolve(op.path(), s));
            // a write inside a value the lens rewrites whole replaces that value, even if it was an add
            boolean isAdd = op instanceof PatchOp.Add && !m.coarse();
            return m.isGone() ? null : write(isAdd, isAdd && intoArray(op.path(), s), m.tokens(), op.path(), t, tNext);
        } else if (op instanceof PatchOp.Remove) {
            PathMapping m = PathMapping.through(ops, resolve(op.path(), s));
            return m.isGone() ? null : List.of(new PatchOp.Remove(JsonPointers.join(m.tokens())));
        } else if (op instanceof PatchOp.Move move) {
            PathMapping from = PathMapping.through(ops, resolve(move.from(), s));
            JsonNode afterRemoval = PatchApplier.applyOne(new PatchOp.Remove(move.from()), s.deepCopy(), 0);
            PathMapping to = PathMapping.through(ops, resolve(move.path(), afterRemoval));
            return pair(from, to, move.path(), intoArray(move.path(), afterRemoval), t, tNext, true);
        } else if (op instanceof PatchOp.Copy copy) {
            PathMapping from = PathMapping.through(ops, resolve(copy.from(), s));
            PathMapping to = PathMapping.through(ops, resolve(copy.path(), s));
            return pair(from, to, copy.path(), intoArray(copy.path(), s), t, tNext, false);
        }
        return null;
    }

    private static List<PatchOp> pair(PathMapping from, PathMapping to, String sourcePath, boolean insert,
            JsonNode t, JsonNode tNext, boolean isMove) {
        if (from.isGone() && to.isGone()) {
            return null;
        } else if (from.isGone()) {
            // The value comes from a field the target does not have: it arrives as a plain write.
            return write(!to.coarse(), insert && !to.coarse(), to.tokens(), sourcePath, t, tNext);
        } else if (to.isGone()) {
            return isMove ? List.of(new PatchOp.Remove(JsonPointers.join(from.tokens()))) : null;
        }
        String fromPointer = JsonPointers.join(from.tokens());
        String toPointer = pointer(to.tokens(), sourcePath, t);
        PatchOp op = isMove ? new PatchOp.Move(fromPointer, toPointer) : new PatchOp.Copy(fromPointer, toPointer);
        if (!insert && landsInArray(to.tokens(), t) && at(t, to.tokens()) != null) {
            // the source overwrote a member that the target holds as an array item (wrap): take its place
            return List.of(new PatchOp.Remove(toPointer), op);
        }
        return List.of(op);
    }

    /**
     * The write of the target's new value at {@code tokens}, of the source op's kind where that
     * means the same there: an insert where the source inserted into an array; where the source set
     * an object member that the target holds as an array item (wrap), a replace of that item.
     */
    private static List<PatchOp> write(boolean isAdd, boolean insert, List<String> tokens, String sourcePath,
            JsonNode t, JsonNode tNext) {
        JsonNode value = at(tNext, tokens);
        if (value == null) {
            return null;
        }
        String pointer = pointer(tokens, sourcePath, t);
        boolean exists = at(t, tokens) != null;
        boolean replace = tokens.isEmpty() || (landsInArray(tokens, t) ? exists && !insert : exists && !isAdd);
        return List.of(replace ? new PatchOp.Replace(pointer, value.deepCopy()) : new PatchOp.Add(pointer, value.deepCopy()));
    }

    private static boolean landsInArray(List<String> tokens, JsonNode doc) {
        if (tokens.isEmpty()) {
            return false;
        }
        JsonNode parent = at(doc, tokens.subList(0, tokens.size() - 1));
        return parent != null && parent.isArray();
    }

    /** Whether the source op inserts into an array (rather than setting an object member). */
    private static boolean intoArray(String pointer, JsonNode doc) {
        return landsInArray(JsonPointers.parse(pointer), doc);
    }

    /** The target pointer; an append stays an append ({@code -}) where it lands at the end of an array. */
    private static String pointer(List<String> tokens, String sourcePath, JsonNode t) {
        if (sourcePath.endsWith("/-") && !tokens.isEmpty()) {
            JsonNode parent = at(t, tokens.subList(0, tokens.size() - 1));
            String last = tokens.get(tokens.size() - 1);
            if (parent != null && parent.isArray() && last.equals(String.valueOf(parent.size()))) {
                List<String> out = new ArrayList<>(tokens.subList(0, tokens.size() - 1));
                out.add("-");
                return JsonPointers.join(out);
            }
        }
        return JsonPointers.join(tokens);
    }

    /** Why the op's target location has no counterpart, or null when it has one. */
    private static String goneReason(Lens lens, PatchOp op, JsonNode s) {
        PathMapping m = PathMapping.through(lens.ops(), resolve(op.path(), s));
        return m.isGone() ? m.goneReason() : null;
    }

    private static JsonNode applyOrNull(List<PatchOp> ops, JsonNode t) {
        JsonNode r = t.deepCopy();
        try {
            for (int i = 0; i < ops.size(); i++) {
                r = PatchApplier.applyOne(ops.get(i), r, i);
            }
            return r;
        } catch (LensException e) {
            return null;
        }
    }

    /** Whether no op of {@code b} touches a location at, above or below one that {@code a} writes. */
    private static boolean disjoint(List<PatchOp> a, List<PatchOp> b) {
        for (PatchOp x : a) {
            for (PatchOp y : b) {
                if (overlap(x.path(), y.path()) || x instanceof PatchOp.Move m && overlap(m.from(), y.path())) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean overlap(String p, String q) {
        return p.equals(q) || p.startsWith(q + "/") || q.startsWith(p + "/") || p.isEmpty() || q.isEmpty();
    }

    /** The pointer's tokens, with a final {@code -} replaced by the array's length in {@code doc}. */
    static List<String> resolve(String pointer, JsonNode doc) {
        List<String> tokens = new ArrayList<>(JsonPointers.parse(pointer));
        if (!tokens.isEmpty() && tokens.get(tokens.size() - 1).equals("-")) {
            JsonNode parent = at(doc, tokens.subList(0, tokens.size() - 1));
            if (parent != null && parent.isArray()) {
                tokens.set(tokens.size() - 1, String.valueOf(parent.size()));
            }
        }
        return tokens;
    }

    static JsonNode at(JsonNode doc, List<String> tokens) {
        JsonNode at = doc;
        for (String token : tokens) {
            if (at == null) {
                return null;
            }
            if (at.isObject()) {
                at = at.get(token);
            } else if (at.isArray()) {
                if (!token.matches("0|[1-9][0-9]{0,8}")) {
                    return null;
                }
                at = at.get(Integer.parseInt(token));
            } else {
                return null;
            }
        }
        return at;
    }
}
