package dev.lensc.runtime.patch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lensc.runtime.json.JsonPointers;
import dev.lensc.runtime.lens.Interpreter;
import dev.lensc.runtime.lens.LensException;
import dev.lensc.runtime.lens.LensOp;
import dev.lensc.runtime.lens.LensOps;
import dev.lensc.runtime.lens.OpTraits;
import dev.lensc.runtime.lens.Steps;
import dev.lensc.runtime.lens.ValueMapping;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Path-level patch translation: each op from its path and value alone, through every lens op, with
 * no document. Paths are rewritten (rename, hoist, plunge, in, map, wrap/head item 0), written values
 * are translated through the lens as values (so a new object gets the fields an {@code add} gives it,
 * a {@code convert} maps the value), and an edit of a field the target lacks is dropped.
 *
 * <p>Where the meaning depends on data the patch does not carry, the translation takes Cambria's
 * reading and warns (see the README's table). Where it cannot be translated at all (a move whose
 * value changes shape on the way, an edit inside a converted value), the op is rejected, naming the
 * document as what is missing.
 *
 * <p>Get one from {@link PatchTranslator#pathLevel}; it is thread-safe, and one instance serves any
 * number of patches (a stream of edits translates without rebuilding it).
 */
public final class PathLevelTranslator {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    enum Kind { ADD, REPLACE, REMOVE, TEST }

    /**
     * One edit on its way through the lens ops: {@code value} is null for a probe (a move's or
     * copy's location), which records the value transforms it passes instead of running them.
     */
    record Edit(Kind kind, List<String> path, JsonNode value, List<Object> transforms) {
        Edit with(List<String> p) {
            return new Edit(kind, p, value, transforms);
        }

        Edit with(Kind k, List<String> p, JsonNode v) {
            return new Edit(k, p, v, transforms);
        }
    }

    /**
     * What is learnt while one source op goes through: drops and warnings. {@code readings} are
     * warnings about the data alone (which stored item an edit meets), which leave a move or copy
     * one op; {@code warnings} about its shape make it need the document.
     */
    private static final class Notes {
        final List<String> drops = new ArrayList<>(0);
        final List<String> warnings = new ArrayList<>(0);
        final List<String> readings = new ArrayList<>(0);
        /** The op (described) that wrote a value anew where onto the stored document it keeps stored data, if any. */
        String fromScratch;
        /** The first op a probe (a move's or copy's location) passed that may refuse the value, if any. */
        LensOp mayRefuse;

        void warn(String text) {
            if (!warnings.contains(text)) {
                warnings.add(text);
            }
        }

        void read(String text) {
            if (!readings.contains(text)) {
                readings.add(text);
            }
        }
    }

    /** An op that cannot be translated; no stack trace: it is an answer, not a bug. */
    private static final class Rejection extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient PatchTranslation.Cause cause;

        Rejection(PatchTranslation.Cause cause, String reason) {
            super(reason, null, false, false);
            this.cause = cause;
        }
    }

    private static final int REMEMBERED = 64;
    private static final int REMEMBERED_PATHS = 4096;
    private static final Object UNTOUCHED = new Object();

    private final List<LensOp> ops;
    private final SourceVersionCheck check;
    private final boolean ontoBase;
    /** Per convert op (by identity, filled at construction and only read after): values seen, their images. */
    private final IdentityHashMap<LensOp, Map<JsonNode, JsonNode>> convertImages = new IdentityHashMap<>();
    /** The field names the top-level ops read or write; a path starting elsewhere passes unchanged. */
    private final Set<String> topLevelNames = new HashSet<>();
    private final Map<ReadingKey, String> readings = new ConcurrentHashMap<>();
    private final boolean touchesEveryPath;
    private final Map<String, Object> paths = new ConcurrentHashMap<>();
    private final Map<List<String>, String> joined = new ConcurrentHashMap<>();

    /**
     * @param check the source version's check, or null when its type is unknown
     * @param ontoBase whether the target is a stored document the lens puts onto (going back), whose
     *     own values of fields the source lacks a whole write cannot know
     */
    PathLevelTranslator(List<LensOp> ops, SourceVersionCheck check, boolean ontoBase) {
        this.ops = List.copyOf(ops);
        this.check = check;
        this.ontoBase = ontoBase;
        rememberConverts(this.ops);
        boolean all = false;
        for (LensOp op : this.ops) {
            if (op instanceof LensOp.Map) {
                all = true;
            } else if (op instanceof LensOp.Rename r) {
                topLevelNames.add(r.from());
                topLevelNames.add(r.to());
            } else if (op instanceof LensOp.Hoist h) {
                topLevelNames.add(h.host());
                topLevelNames.add(h.name());
            } else if (op instanceof LensOp.Plunge p) {
                topLevelNames.add(p.host());
                topLevelNames.add(p.name());
            } else if (splitFields(op) != null) {
                topLevelNames.addAll(splitFields(op));
            } else {
                topLevelNames.add(fieldOf(op));
            }
        }
        touchesEveryPath = all;
    }

    /**
     * Whether no lens op can change the op: one path (not a move or copy) whose first token no
     * top-level op names. Such ops, most of a typical patch, are kept without parsing their path.
     */
    private boolean untouched(PatchOp op) {
        if (touchesEveryPath || op instanceof PatchOp.Move || op instanceof PatchOp.Copy) {
            return false;
        }
        String path = op.path();
        return !path.isEmpty() && pathInfo(path) == UNTOUCHED;
    }

    /**
     * A path's tokens, or {@link #UNTOUCHED} when no top-level op names its first one. A stream of
     * edits writes the same few paths over and over, so up to {@value #REMEMBERED_PATHS} of them are
     * remembered (a String's hash is computed once per string, parsing on every op is not).
     */
    private Object pathInfo(String path) {
        Object known = paths.get(path);
        if (known != null) {
            return known;
        }
        List<String> tokens = tokens(path);
        Object info = !touchesEveryPath && !tokens.isEmpty() && !topLevelNames.contains(tokens.get(0))
                ? UNTOUCHED : tokens;
        if (paths.size() < REMEMBERED_PATHS) {
            paths.put(path, info);
        }
        return info;
    }

    @SuppressWarnings("unchecked")
    private List<String> parsed(String path) {
        Object info = pathInfo(path);
        return info == UNTOUCHED ? tokens(path) : (List<String>) info;
    }

    private void rememberConverts(List<LensOp> list) {
        for (LensOp op : list) {
            if (op instanceof LensOp.Convert) {
                convertImages.put(op, new ConcurrentHashMap<>());
            } else if (op instanceof LensOp.In in) {
                rememberConverts(in.ops());
            } else if (op instanceof LensOp.Map m) {
                rememberConverts(m.ops());
            }
        }
    }

    /** The patch translated; see {@link PatchTranslation} for what each note means. */
    public PatchTranslation translate(JsonPatch patch) {
        List<PatchOp> out = new ArrayList<>(patch.ops().size());
        List<PatchTranslation.Dropped> dropped = new ArrayList<>(0);
        List<PatchTranslation.Rejected> rejected = new ArrayList<>(0);
        List<PatchTranslation.Warning> warnings = new ArrayList<>(0);
        List<PatchOp> source = patch.ops();
        for (int i = 0; i < source.size(); i++) {
            PatchOp op = source.get(i);
            PatchTranslation.Rejected invalid = check == null ? null : check.rejection(i, op);
            if (invalid != null) {
                rejected.add(invalid);
                continue;
            }
            if (untouched(op)) {
                out.add(op);
                continue;
            }
            Notes notes = new Notes();
            try {
                out.addAll(one(op, notes));
            } catch (Rejection r) {
                rejected.add(new PatchTranslation.Rejected(i, op.path(), op, r.cause, r.getMessage()));
                continue;
            }
            if (!notes.drops.isEmpty()) {
                dropped.add(new PatchTranslation.Dropped(i, op.path(), op, String.join("; ", notes.drops)));
            }
            for (String w : notes.warnings) {
                warnings.add(new PatchTranslation.Warning(i, op.path(), w));
            }
            for (String w : notes.readings) {
                warnings.add(new PatchTranslation.Warning(i, op.path(), w));
            }
        }
        return new PatchTranslation(new JsonPatch(out), dropped, rejected, warnings);
    }

    private List<PatchOp> one(PatchOp op, Notes notes) {
        if (op instanceof PatchOp.Add a) {
            return single(op, new Edit(Kind.ADD, parsed(a.path()), a.value(), List.of()), notes);
        } else if (op instanceof PatchOp.Replace r) {
            return single(op, new Edit(Kind.REPLACE, parsed(r.path()), r.value(), List.of()), notes);
        } else if (op instanceof PatchOp.Remove r) {
            if (r.path().isEmpty()) {
                throw new Rejection(PatchTranslation.Cause.REQUIRED_FIELD, "the whole document cannot be removed");
            }
            return single(op, new Edit(Kind.REMOVE, parsed(r.path()), null, List.of()), notes);
        } else if (op instanceof PatchOp.Test t) {
            List<PatchOp> out = single(op, new Edit(Kind.TEST, parsed(t.path()), t.value(), List.of()), notes);
            if (out.isEmpty()) {
                notes.drops.replaceAll(d -> "the tested value has no counterpart: " + d);
            }
            return out;
        } else if (op instanceof PatchOp.Move m) {
            return moveOrCopy(m.from(), m.path(), true, notes);
        } else if (op instanceof PatchOp.Copy c) {
            return moveOrCopy(c.from(), c.path(), false, notes);
        }
        throw new IllegalStateException("unknown patch op " + op);
    }

    /** An op of one path through the lens; one that no lens op touches is kept as it is. */
    private List<PatchOp> single(PatchOp op, Edit e, Notes notes) {
        List<Edit> edits = run(e, notes);
        return edits.size() == 1 && edits.get(0) == e ? List.of(op) : toOps(edits);
    }

    /**
     * A move or copy stays one where both ends map plainly and the value changes alike on the way to
     * either; where the value leaves the target, a move is the removal of its source. Otherwise the
     * value the target needs is in the document only.
     */
    private List<PatchOp> moveOrCopy(String from, String path, boolean isMove, Notes notes) {
        Notes probeNotes = new Notes();
        List<Edit> to = run(new Edit(Kind.ADD, parsed(path), null, List.of()), probeNotes);
        if (to.isEmpty() && probeNotes.mayRefuse != null) {
            // the value leaves the target, but only after an op that the document's translation may fail at
            throw new Rejection(PatchTranslation.Cause.NEEDS_DOCUMENT, "cannot translate without the document: the value "
                    + (isMove ? "moved" : "copied") + " to " + path + " meets '" + LensOps.describe(probeNotes.mayRefuse)
                    + "', which may refuse it, before it leaves the target");
        }
        if (to.isEmpty()) {
            probeNotes.warnings.forEach(notes::warn);
            probeNotes.readings.forEach(notes::read);
            if (!isMove) {
                notes.drops.addAll(probeNotes.drops);
                return List.of();
            }
            notes.drops.add("the value leaves the target version: it moves to " + path + ", and "
                    + String.join("; ", probeNotes.drops));
            return toOps(run(new Edit(Kind.REMOVE, parsed(from), null, List.of()), notes));
        }
        List<Edit> source = run(new Edit(Kind.REPLACE, parsed(from), null, List.of()), probeNotes);
        List<Edit> removal = isMove ? run(new Edit(Kind.REMOVE, parsed(from), null, List.of()), probeNotes) : source;
        boolean plain = to.size() == 1 && source.size() == 1 && removal.size() == 1 && probeNotes.warnings.isEmpty()
                && probeNotes.drops.isEmpty() && to.get(0).transforms().equals(source.get(0).transforms())
                && removal.get(0).kind() == (isMove ? Kind.REMOVE : Kind.REPLACE);
        if (!plain) {
            throw new Rejection(PatchTranslation.Cause.NEEDS_DOCUMENT, "cannot translate without the document: the value " + (isMove ? "moved" : "copied")
                    + " from " + from + " reaches " + path + " in the target only through data the patch does not"
                    + " carry" + (probeNotes.drops.isEmpty() ? "" : " (" + String.join("; ", probeNotes.drops) + ")"));
        }
        probeNotes.readings.forEach(notes::read);
        String f = join(source.get(0).path());
        String t = join(to.get(0).path());
        return List.of(isMove ? new PatchOp.Move(f, t) : new PatchOp.Copy(f, t));
    }

    private List<Edit> run(Edit e, Notes notes) {
        return through(ops, e, notes);
    }

    /** The edit through {@code ops} in order, each op on every edit the previous ones made. */
    private List<Edit> through(List<LensOp> lensOps, Edit e, Notes notes) {
        List<Edit> current = List.of(e);
        for (int i = 0; i < lensOps.size(); i++) {
            LensOp op = lensOps.get(i);
            if (current.size() == 1 && !touches(op, current.get(0).path())) {
                continue;
            }
            if (op instanceof LensOp.Plunge pl) {
                requireLostFieldUnread(pl, current, lensOps.subList(i + 1, lensOps.size()));
            }
            if (current.size() == 1) {
                current = one(op, current.get(0), notes);
            } else {
                List<Edit> next = new ArrayList<>(current.size() + 1);
                for (Edit x : current) {
                    next.addAll(one(op, x, notes));
                }
                current = next;
            }
            if (current.isEmpty()) {
                return current;
            }
        }
        return current;
    }

    /**
     * A write of the whole host of {@code pl} loses the target's {@code host.f}, whose value the
     * patch does not carry ({@link #plungeHost}); where a later op reads it, what that op makes
     * depends on the value, so the write needs the document.
     */
    private static void requireLostFieldUnread(LensOp.Plunge pl, List<Edit> edits, List<LensOp> later) {
        for (Edit x : edits) {
            if (x.value() == null || x.kind() == Kind.REMOVE || x.kind() == Kind.TEST
                    || !x.path().equals(List.of(pl.host()))) {
                continue;
            }
            for (LensOp op : later) {
                for (List<String> t : OpTraits.touched(op)) {
                    if (t.size() > 1 && t.get(0).equals(pl.host()) && t.get(1).equals(pl.name())) {
                        throw new Rejection(PatchTranslation.Cause.NEEDS_DOCUMENT, "cannot translate without the"
                                + " document: '" + LensOps.describe(pl) + "' puts '" + pl.name() + "' into the written /"
                                + JsonPointers.escape(pl.host()) + ", whose value the patch does not carry, and '"
                                + LensOps.describe(op) + "' reads it");
                    }
                }
            }
        }
    }

    /** Whether {@code op} can change an edit at {@code path} (a cheap test that skips most pairs). */
    private static boolean touches(LensOp op, List<String> path) {
        if (path.isEmpty() || op instanceof LensOp.Map) {
            return true;
        }
        String first = path.get(0);
        if (op instanceof LensOp.Rename r) {
            return first.equals(r.from()) || first.equals(r.to());
        } else if (op instanceof LensOp.Hoist h) {
            return first.equals(h.host()) || first.equals(h.name());
        } else if (op instanceof LensOp.Plunge p) {
            return first.equals(p.host()) || first.equals(p.name());
        } else if (splitFields(op) != null) {
            return splitFields(op).contains(first);
        }
        return first.equals(fieldOf(op));
    }

    /** The text field and the parts of a split or merge; null for other ops. */
    private static List<String> splitFields(LensOp op) {
        if (op instanceof LensOp.Split s) {
            return splitFields(s.name(), s.parts());
        } else if (op instanceof LensOp.Merge m) {
            return splitFields(m.name(), m.parts());
        }
        return null;
    }

    private static List<String> splitFields(String name, List<dev.lensc.runtime.lens.Splitting.Part> parts) {
        List<String> out = new ArrayList<>(parts.size() + 1);
        out.add(name);
        parts.forEach(p -> out.add(p.name()));
        return out;
    }

    private static String fieldOf(LensOp op) {
        if (op instanceof LensOp.Add a) {
            return a.name();
        } else if (op instanceof LensOp.Remove r) {
            return r.name();
        } else if (op instanceof LensOp.Wrap w) {
            return w.name();
        } else if (op instanceof LensOp.Head h) {
            return h.name();
        } else if (op instanceof LensOp.In in) {
            return in.name();
        } else if (op instanceof LensOp.Convert c) {
            return c.name();
        } else if (op instanceof LensOp.Custom c) {
            return c.name();
        }
        throw new IllegalStateException("an op of no field: " + op);
    }

    /** One lens op on one edit, at the level the op runs on; the edit's path is relative to it. */
    private List<Edit> one(LensOp op, Edit e, Notes notes) {
        List<String> p = e.path();
        if (p.isEmpty()) {
            // the whole value this op runs on is written: translate it as a value
            return List.of(e.kind() == Kind.REMOVE ? e : transformed(e, op, v -> apply(op, v), notes));
        }
        String first = p.get(0);
        return op.accept(new LensOp.Visitor<List<Edit>>() {
            public List<Edit> rename(LensOp.Rename r) {
                if (first.equals(r.to())) {
                    throw noField(r.to(), r);
                }
                return List.of(first.equals(r.from()) ? e.with(replaceFirst(p, r.to())) : e);
            }

            public List<Edit> add(LensOp.Add a) {
                if (first.equals(a.name())) {
                    throw noField(a.name(), a);
                }
                return List.of(e);
            }

            public List<Edit> remove(LensOp.Remove r) {
                if (first.equals(r.name())) {
                    notes.drops.add("the target version has no field '" + r.name() + "' ('" + LensOps.describe(r)
                            + "')");
                    return List.of();
                }
                return List.of(e);
            }

            public List<Edit> hoist(LensOp.Hoist h) {
                if (first.equals(h.name())) {
                    throw noField(h.name(), h);
                } else if (!first.equals(h.host())) {
                    return List.of(e);
                } else if (p.size() == 1) {
                    return hoistHost(h, e, notes);
                }
                if (ontoBase && p.size() == 2 && (e.kind() == Kind.ADD || e.kind() == Kind.REMOVE)) {
                    notes.read(reading("hoist host member", h, () -> "'" + LensOps.describe(h) + "': onto the stored"
                            + " document a host left empty is restored as the stored document has it (absent or null);"
                            + " adding or removing a member of /" + JsonPointers.escape(h.host()) + " ('"
                            + h.name() + "' too) decides whether it is left empty, which is read here as unchanged"));
                }
                return List.of(p.get(1).equals(h.name()) ? e.with(prepend(List.of(h.name()), p, 2)) : e);
            }

            public List<Edit> plunge(LensOp.Plunge pl) {
                if (first.equals(pl.name())) {
                    if (p.size() == 1) {
                        notes.read(reading("plunge field", pl, () -> "'" + LensOps.describe(pl) + "': writes or tests"
                                + " /" + JsonPointers.escape(pl.host()) + "/" + JsonPointers.escape(pl.name()) + ", reading"
                                + " the host as there in the source (where it is absent or null, the lens makes a host"
                                + " for '" + pl.name() + "' alone, or none for a null '" + pl.name() + "')"));
                    }
                    return List.of(e.with(prepend(List.of(pl.host(), pl.name()), p, 1)));
                } else if (!first.equals(pl.host())) {
                    return List.of(e);
                } else if (p.size() == 1) {
                    return plungeHost(pl, e, notes);
                } else if (p.get(1).equals(pl.name())) {
                    throw noField(pl.host() + "/" + pl.name(), pl);
                }
                return List.of(e);
            }

            public List<Edit> wrap(LensOp.Wrap w) {
                if (!first.equals(w.name())) {
                    return List.of(e);
                } else if (p.size() > 1) {
                    return List.of(e.with(prepend(List.of(w.name(), "0"), p, 1)));
                }
                return wrapField(w, e, notes);
            }

            public List<Edit> head(LensOp.Head h) {
                if (!first.equals(h.name())) {
                    return List.of(e);
                } else if (p.size() == 1) {
                    return List.of(e.kind() == Kind.REMOVE ? e : transformed(e, h, v -> field(h, h.name(), v), notes));
                }
                return headItem(h, e, notes);
            }

            public List<Edit> in(LensOp.In in) {
                if (!first.equals(in.name())) {
                    return List.of(e);
                } else if (p.size() == 1) {
                    return List.of(e.kind() == Kind.REMOVE ? e : transformed(e, in, v -> field(in, in.name(), v), notes));
                }
                return nested(first, in.ops(), e, notes);
            }

            public List<Edit> map(LensOp.Map m) {
                if (ontoBase && m.keyed()) {
                    keyedReading(m, e, notes);
                } else if (ontoBase && p.size() == 1 && (e.kind() == Kind.ADD || e.kind() == Kind.REMOVE)
                        && baseDependent(m) != null) {
                    notes.read(reading("item", m, () -> "'" + LensOps.describe(m) + "': an item inserted, removed or"
                            + " moved takes its stored data along; translating the whole document gives each position"
                            + " the stored data of that position instead"));
                }
                LensOp fromScratch = ontoBase && p.size() == 1 && e.value() == null && e.kind() == Kind.ADD
                        ? failsWithoutStoredData(m.ops()) : null;
                if (fromScratch != null) {
                    // the whole document's translation runs the item's ops from scratch at its new position
                    notes.warn("'" + LensOps.describe(m) + "': an item moved or copied to a new position has no stored"
                            + " item there, and '" + LensOps.describe(fromScratch) + "' may fail on it without one;"
                            + " the moved or copied value carries the stored data of where it comes from");
                }
                if (p.size() == 1) {
                    return List.of(e.kind() == Kind.REMOVE ? e
                            : transformed(e, m, v -> Interpreter.run(m.ops(), v, null, ""), notes));
                }
                return nested(first, m.ops(), e, notes);
            }

            public List<Edit> convert(LensOp.Convert c) {
                if (!ontoBase && first.equals(c.name()) && p.size() == 1 && e.value() != null
                        && e.value().isValueNode() && e.kind() != Kind.REMOVE) {
                    return List.of(e.with(e.kind(), p, converted(c, e.value())));
                }
                return wholeValue(c, c.name());
            }

            public List<Edit> custom(LensOp.Custom c) {
                return wholeValue(c, c.name());
            }

            public List<Edit> split(LensOp.Split s) {
                if (!first.equals(s.name())) {
                    if (s.parts().stream().anyMatch(x -> x.name().equals(first))) {
                        throw noField(first, s);
                    }
                    return List.of(e);
                } else if (p.size() > 1) {
                    throw new Rejection(PatchTranslation.Cause.NO_SUCH_PATH, "a path the source version does not have: /"
                            + JsonPointers.escape(s.name()) + " is a string");
                }
                return splitText(s, e, notes);
            }

            public List<Edit> merge(LensOp.Merge m) {
                if (m.parts().stream().noneMatch(x -> x.name().equals(first))) {
                    if (first.equals(m.name())) {
                        throw noField(first, m);
                    }
                    return List.of(e);
                }
                throw new Rejection(PatchTranslation.Cause.NEEDS_DOCUMENT, "cannot translate without the document: '"
                        + LensOps.describe(m) + "' writes /" + JsonPointers.escape(m.name()) + " from every part,"
                        + " and this edit changes only /" + JsonPointers.escape(first));
            }

            private List<Edit> wholeValue(LensOp op, String name) {
                if (!first.equals(name)) {
                    return List.of(e);
                } else if (p.size() > 1) {
                    throw new Rejection(PatchTranslation.Cause.NEEDS_DOCUMENT, "cannot translate without the document: '" + LensOps.describe(op)
                            + "' rewrites /" + JsonPointers.escape(name) + " whole, and this edit changes only part of it");
                }
                return List.of(e.kind() == Kind.REMOVE ? e : transformed(e, op, v -> field(op, name, v), notes));
            }
        });
    }

    private List<Edit> nested(String head, List<LensOp> inner, Edit e, Notes notes) {
        List<String> p = e.path();
        List<Edit> results = through(inner, e.with(p.subList(1, p.size())), notes);
        List<Edit> out = new ArrayList<>(results.size());
        for (Edit r : results) {
            out.add(r.with(prepend(List.of(head), r.path(), 0)));
        }
        return out;
    }

    /**
     * A write of the whole host of {@code hoist host.name}: the host without the field, and the
     * field beside it (null when the host is null), as the lens makes them.
     */
    private List<Edit> hoistHost(LensOp.Hoist h, Edit e, Notes notes) {
        List<String> host = List.of(h.host());
        List<String> name = List.of(h.name());
        if (e.kind() == Kind.REMOVE) {
            notes.warn("'" + LensOps.describe(h) + "': removes /" + JsonPointers.escape(h.name())
                    + " as well, reading the host as holding it (or as null); a host without it leaves nothing to remove");
            return List.of(e, e.with(Kind.REMOVE, name, null));
        }
        if (e.value() == null) {
            // a move or copy of the host: the target's host has lost the field the document's brings along
            notes.warn("'" + LensOps.describe(h) + "': a move or copy of /" + JsonPointers.escape(h.host()) + " in the"
                    + " target moves a host without '" + h.name() + "', which the host moved or copied in the document"
                    + " holds (and which the lens then takes out of it)");
            return List.of(new Edit(e.kind(), host, null, with(e.transforms(), h)));
        }
        if (ontoBase) {
            notes.warn("'" + LensOps.describe(h) + "': onto the stored document a host left empty is restored as the"
                    + " stored document has it (absent or null); written here as the lens makes it without one");
        }
        ObjectNode after = apply(h, NODES.objectNode().set(h.host(), e.value()));
        JsonNode hostValue = after.get(h.host());
        JsonNode nameValue = after.get(h.name());
        List<Edit> out = new ArrayList<>(2);
        out.add(e.with(e.kind(), host, hostValue == null ? NullNode.getInstance() : hostValue));
        if (nameValue != null) {
            out.add(e.with(e.kind() == Kind.TEST ? Kind.TEST : Kind.ADD, name, nameValue));
        } else if (e.kind() != Kind.TEST) {
            notes.warn("'" + LensOps.describe(h) + "': the new host has no '" + h.name() + "', so /"
                    + JsonPointers.escape(h.name()) + " is removed, reading the old host as holding it");
            out.add(e.with(Kind.REMOVE, name, null));
        }
        return out;
    }

    /**
     * A write of the whole host of {@code plunge name -> host}: in the target the host also holds the
     * plunged field, whose value the patch does not carry. Cambria's reading: the host as written.
     */
    private List<Edit> plungeHost(LensOp.Plunge pl, Edit e, Notes notes) {
        if (e.kind() == Kind.REMOVE) {
            notes.warn("'" + LensOps.describe(pl) + "': removes /" + JsonPointers.escape(pl.host()) + " (Cambria's"
                    + " reading); in the target it also holds '" + pl.name() + "', which then has no host");
            return List.of(e);
        }
        if (e.kind() == Kind.TEST) {
            notes.drops.add("the target's '" + pl.host() + "' also holds '" + pl.name() + "' ('"
                    + LensOps.describe(pl) + "'), so a test of the whole host has no counterpart");
            return List.of();
        }
        // a move or copy of the host carries, in the target, the plunged field of where it comes from
        notes.warn("'" + LensOps.describe(pl) + "': the target's /" + JsonPointers.escape(pl.host()) + " also holds '"
                + pl.name() + "', whose value the patch does not carry; written as the patch has it (Cambria's"
                + " reading), so the target loses '" + pl.name() + "' unless translated with the document");
        if (e.value() == null) {
            return List.of(new Edit(e.kind(), e.path(), null, with(e.transforms(), pl)));
        }
        return List.of(e);
    }

    /**
     * A write of the whole text of {@code split name -> parts}: the same write of every part, with
     * the values the split cuts (a removal removes them all).
     */
    private List<Edit> splitText(LensOp.Split s, Edit e, Notes notes) {
        List<Edit> out = new ArrayList<>(s.parts().size());
        if (ontoBase && e.kind() == Kind.REMOVE) {
            notes.read(reading("split remove", s, () -> "'" + LensOps.describe(s) + "': removes every part, reading them"
                    + " as there in the target; onto a stored document whose parts merge to the text, the stored parts"
                    + " are kept, and one it lacks is absent"));
        }
        if (e.kind() == Kind.REMOVE || e.value() == null) {
            List<Object> transforms = e.value() == null ? with(e.transforms(), s) : e.transforms();
            s.parts().forEach(x -> out.add(new Edit(e.kind(), List.of(x.name()), null, transforms)));
            return out;
        }
        if (ontoBase) {
            notes.warn(reading("split", s, () -> "written as new values: '" + LensOps.describe(s) + "' keeps the stored"
                    + " document's parts where they merge to the written text (a part holding the separator);"
                    + " translating with the document keeps them"));
        }
        JsonNode parts;
        try {
            parts = apply(s, NODES.objectNode().set(s.name(), e.value()));
        } catch (LensException ex) {
            if (ontoBase) {
                // the stored document's parts may merge to this very text, which then needs no match
                throw new Rejection(PatchTranslation.Cause.NEEDS_DOCUMENT, "cannot translate without the document: "
                        + ex.reason() + ", unless the stored document's parts write it");
            }
            throw unmappable(ex);
        }
        s.parts().forEach(x -> out.add(e.with(e.kind(), List.of(x.name()), parts.get(x.name()))));
        return out;
    }

    /** A write of the whole field of {@code wrap name}. */
    private List<Edit> wrapField(LensOp.Wrap w, Edit e, Notes notes) {
        List<String> p = e.path();
        switch (e.kind()) {
            case REMOVE:
                return List.of(e);
            case ADD:
            case TEST:
                return List.of(transformed(e, w, Steps::wrapValue, notes));
            case REPLACE:
            default:
                if (e.value() == null) {
                    carriesStoredData(w, notes);
                    return List.of(new Edit(e.kind(), p, null, with(e.transforms(), w)));
                } else if (e.value().isNull()) {
                    // [] as the lens makes it from scratch; onto a stored null it keeps the null
                    return List.of(transformed(e, w, Steps::wrapValue, notes));
                }
                notes.warn(reading("wrap", w, () -> "'" + LensOps.describe(w) + "': replaces item 0 (Cambria's reading),"
                        + " which exists when the value was not null; a null was held as [] with no item 0"));
                return List.of(e.with(prepend(p, List.of("0"), 0)));
        }
    }

    /**
     * Onto a stored document, a keyed map lines the items up with the stored ones by key, but the
     * patch says where items are, not which key the stored item there has. So an edit of an item's
     * key, and an insertion, removal or move of items (which could make or break duplicate keys),
     * are translated by position: the stored item at the edited position keeps its own data (a
     * written item is new), which is the keyed translation when the keys are distinct and stay as
     * they were. Said where the map's ops take data from the stored items at all.
     */
    private void keyedReading(LensOp.Map m, Edit e, Notes notes) {
        List<String> p = e.path();
        if (e.kind() == Kind.TEST || p.isEmpty() || baseDependent(m) == null) {
            return;
        }
        if (p.size() == 1) {
            notes.read(reading("keyed item", m, () -> "'" + LensOps.describe(m) + "': an item inserted, removed or moved"
                    + " keeps the stored data of its position (a written item is new), reading the keys '" + m.key()
                    + "' as distinct; a keyed translation with the document lines items up by key"));
        } else if (p.get(1).equals(m.key())) {
            notes.read(reading("keyed key", m, () -> "'" + LensOps.describe(m) + "': an edit of an item's key '"
                    + m.key() + "' keeps the item's stored data, reading it as the same item; a keyed translation with"
                    + " the document gives it the data of the stored item with the new key, or none"));
        }
    }

    /** The text of a reading an op takes, made once per op: the same ops warn on every patch of a stream. */
    private String reading(String kind, LensOp op, java.util.function.Supplier<String> text) {
        return readings.computeIfAbsent(new ReadingKey(kind, op), k -> text.get());
    }

    private record ReadingKey(String kind, LensOp op) {}

    /** An edit of an item (or inside one) of the array of {@code head name}. */
    private List<Edit> headItem(LensOp.Head h, Edit e, Notes notes) {
        List<String> p = e.path();
        String index = p.get(1);
        if (index.equals("0")) {
            if (p.size() > 2) {
                return List.of(e.with(prepend(List.of(h.name()), p, 2)));
            }
            if (e.kind() == Kind.REMOVE) {
                notes.warn(reading("head remove", h, () -> "'" + LensOps.describe(h) + "': removing item 0 writes null to /"
                        + JsonPointers.escape(h.name()) + " (Cambria's reading, right when the array held one item;"
                        + " else item 1 becomes the value)"));
                return List.of(e.with(Kind.REPLACE, List.of(h.name()), NullNode.getInstance()));
            }
            // an insert at 0 makes the new item the first one: an add of the field says the same
            return List.of(e.with(List.of(h.name())));
        }
        if (index.equals("-") && p.size() == 2 && e.kind() == Kind.ADD) {
            notes.warn("'" + LensOps.describe(h) + "': an append is read as not reaching item 0 (Cambria's reading);"
                    + " appended to an empty array it would become the value of /" + JsonPointers.escape(h.name()));
        }
        notes.drops.add("the target version keeps only the first item of '" + h.name() + "' ('"
                + LensOps.describe(h) + "')");
        return List.of();
    }

    /**
     * A scalar's image through {@code convert}: the same few values recur in a stream of edits, so
     * each op remembers up to {@value #REMEMBERED} of them (keys compared by Jackson's equality,
     * which is stricter than JSON's: a miss only costs a lookup).
     */
    private JsonNode converted(LensOp.Convert c, JsonNode value) {
        Map<JsonNode, JsonNode> images = convertImages.get(c);
        JsonNode image = images == null ? null : images.get(value);
        if (image != null) {
            return image;
        }
        try {
            image = field(c, c.name(), value);
        } catch (LensException ex) {
            throw unmappable(ex);
        }
        if (images != null && images.size() < REMEMBERED) {
            images.put(value, image);
        }
        return image;
    }

    private static Rejection unmappable(LensException ex) {
        return new Rejection(PatchTranslation.Cause.UNMAPPABLE_VALUE,
                ex.reason() + (ex.op() != null ? " (in op '" + ex.op() + "')" : ""));
    }

    /**
     * Going back, a value moved or copied through {@code op}, which keeps stored data, carries in the
     * target the stored data of where it comes from; the whole document's translation gives it the
     * stored data of where it goes. A reading: it stays one move or copy.
     */
    private void carriesStoredData(LensOp op, Notes notes) {
        String usesBase = ontoBase ? baseDependent(op) : null;
        if (usesBase != null) {
            notes.read(reading("carried", op, () -> "'" + usesBase + "': a moved or copied value carries the stored data"
                    + " of where it comes from (a wrapped array's tail, a default's field, ...); translating the whole"
                    + " document gives it the stored data of where it goes"));
        }
    }

    /** The edit with its value through {@code f}; a probe (no value) records the op instead. */
    private Edit transformed(Edit e, LensOp op, java.util.function.UnaryOperator<JsonNode> f, Notes notes) {
        if (e.value() == null) {
            if (notes.mayRefuse == null && OpTraits.mayFail(op)) {
                notes.mayRefuse = op;
            }
            if (!(op instanceof LensOp.Map)) {
                // a whole item of a map: its readings say how items meet the stored ones
                carriesStoredData(op, notes);
            }
            return new Edit(e.kind(), e.path(), null, with(e.transforms(), op));
        }
        String usesBase = ontoBase ? baseDependent(op) : null;
        if (usesBase != null) {
            notes.warn("written as a new value: '" + usesBase + "' keeps data of the stored document where it"
                    + " has any (a default's field, a wrapped array's tail or null, a one-way convert entry, the text"
                    + " of merged parts); translating with the document keeps it");
            notes.fromScratch = notes.fromScratch == null ? usesBase : notes.fromScratch;
        }
        try {
            return e.with(e.kind(), e.path(), f.apply(e.value()));
        } catch (LensException ex) {
            if (notes.fromScratch != null) {
                // what fails may be what the op made anew (a default), where the stored document has its own
                throw new Rejection(PatchTranslation.Cause.NEEDS_DOCUMENT, "cannot translate without the document: "
                        + ex.reason() + ", unless the stored document's data that '" + notes.fromScratch
                        + "' keeps maps");
            }
            throw unmappable(ex);
        }
    }

    /**
     * The first op (described) that, run onto a stored document, takes data from it: {@code add},
     * {@code wrap}, {@code hoist}, {@code custom}, {@code split} and {@code merge} (the stored text or
     * parts, where they say the same), and {@code convert} with one-way entries or fallbacks. Null when the value's translation does not depend on one.
     */
    private static String baseDependent(LensOp op) {
        boolean many = op instanceof LensOp.Convert c && (c.forwardFallback() != null || c.backwardFallback() != null
                || c.table().stream().anyMatch(m -> m.direction() != ValueMapping.Direction.BOTH));
        if (many || op instanceof LensOp.Add || op instanceof LensOp.Wrap || op instanceof LensOp.Hoist
                || op instanceof LensOp.Custom || op instanceof LensOp.Split || op instanceof LensOp.Merge) {
            return LensOps.describe(op);
        }
        List<LensOp> inner = op instanceof LensOp.In in ? in.ops() : op instanceof LensOp.Map m ? m.ops() : List.of();
        for (LensOp o : inner) {
            String found = baseDependent(o);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /**
     * The first op (at any depth) that onto a stored document keeps stored data where its value
     * alone would fail: a pattern split without an else rule keeps stored parts its pattern does not
     * match. Null when there is none.
     */
    private static LensOp failsWithoutStoredData(List<LensOp> ops) {
        for (LensOp op : ops) {
            if (op instanceof LensOp.Split && OpTraits.mayFail(op)) {
                return op;
            }
            List<LensOp> inner = op instanceof LensOp.In in ? in.ops() : op instanceof LensOp.Map m ? m.ops() : List.of();
            LensOp found = failsWithoutStoredData(inner);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** The value of field {@code name} after {@code op} runs on an object holding only it. */
    private static JsonNode field(LensOp op, String name, JsonNode value) {
        JsonNode out = apply(op, NODES.objectNode().set(name, value)).get(name);
        return out == null ? NullNode.getInstance() : out;
    }

    private static <T extends JsonNode> T apply(LensOp op, JsonNode value) {
        @SuppressWarnings("unchecked")
        T out = (T) Interpreter.apply(op, value, null, "");
        return out;
    }

    private static Rejection noField(String field, LensOp op) {
        return new Rejection(PatchTranslation.Cause.NO_SUCH_PATH, "a path the source version does not have: no field '" + field + "' there ('"
                + LensOps.describe(op) + "' " + (op instanceof LensOp.Add ? "adds it" : "puts it there") + ")");
    }

    private static List<Object> with(List<Object> list, Object item) {
        List<Object> out = new ArrayList<>(list);
        out.add(item);
        return out;
    }

    /** The pointer's reference tokens (JsonPointers.parse, without its list growth: this is the hot path). */
    private static List<String> tokens(String pointer) {
        int n = pointer.length();
        if (n == 0) {
            return List.of();
        }
        int count = 0;
        for (int i = 0; i < n; i++) {
            if (pointer.charAt(i) == '/') {
                count++;
            }
        }
        String[] out = new String[count];
        int k = 0;
        int start = 1;
        for (int i = 1; i <= n; i++) {
            if (i == n || pointer.charAt(i) == '/') {
                out[k++] = JsonPointers.unescape(pointer.substring(start, i));
                start = i + 1;
            }
        }
        return List.of(out);
    }

    /** A translated path as a pointer; remembered like {@link #pathInfo}, for the same reason. */
    private String join(List<String> tokens) {
        String known = joined.get(tokens);
        if (known != null) {
            return known;
        }
        String path = JsonPointers.join(tokens);
        if (joined.size() < REMEMBERED_PATHS) {
            joined.put(List.copyOf(tokens), path);
        }
        return path;
    }

    private static List<String> replaceFirst(List<String> p, String token) {
        List<String> out = new ArrayList<>(p);
        out.set(0, token);
        return out;
    }

    private static List<String> prepend(List<String> head, List<String> tokens, int drop) {
        List<String> out = new ArrayList<>(head.size() + tokens.size() - drop);
        out.addAll(head);
        out.addAll(tokens.subList(drop, tokens.size()));
        return out;
    }

    private List<PatchOp> toOps(List<Edit> edits) {
        List<PatchOp> out = new ArrayList<>(edits.size());
        for (Edit e : edits) {
            String path = join(e.path());
            switch (e.kind()) {
                case ADD -> out.add(new PatchOp.Add(path, e.value()));
                case REPLACE -> out.add(new PatchOp.Replace(path, e.value()));
                case REMOVE -> out.add(new PatchOp.Remove(path));
                case TEST -> out.add(new PatchOp.Test(path, e.value()));
            }
        }
        return out;
    }
}
