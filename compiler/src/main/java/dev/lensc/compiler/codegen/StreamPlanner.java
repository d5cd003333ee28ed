package dev.lensc.compiler.codegen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lensc.runtime.graph.DocumentType;
import dev.lensc.runtime.lens.Derivation;
import dev.lensc.runtime.lens.Interpreter;
import dev.lensc.runtime.lens.LensException;
import dev.lensc.runtime.lens.LensOp;
import dev.lensc.runtime.lens.LensOps;
import dev.lensc.runtime.lens.SchemaProblems;
import dev.lensc.runtime.lens.SchemaTransform;
import dev.lensc.runtime.lens.OpTraits;
import dev.lensc.runtime.schema.Field;
import dev.lensc.runtime.schema.Type;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Plans a {@link StreamPlan} from fused ops and the type they run on. Renames, adds, removes,
 * converts, wraps, {@code in}, {@code map}, {@code head}, {@code hoist} and a plunge into an input
 * stream in one pass over an object's keys; the ops that do not (a plunge into an added field, a
 * change of a hoisted one, a second plunge) run late, at the object's end, as tree code on what the
 * object appends and the inputs they consume alone ({@link StreamPlan.Late}); what is left (custom
 * lenses, ops this planner does not know) is a {@link StreamPlan.Tree}: the smallest value holding
 * it is read into a tree and run through the tree translator's code. Ops are told apart with
 * {@code instanceof}, never a visitor, so that a new op falls back to the tree instead of failing
 * to compile here.
 */
final class StreamPlanner {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Bits of one {@code long} record which fields a level has seen. */
    private static final int MAX_FIELDS = 64;

    /** What the message of a misfit output starts with ({@code the translated document does not fit T version 2}). */
    private final String outputContext;

    /**
     * Whether what the plan writes is checked against the target as it is written ({@link
     * StreamPlan.Checked}): a plunge may then make a host that lacks its other fields.
     */
    private final boolean outputChecked;

    private StreamPlanner(String outputContext, boolean outputChecked) {
        this.outputContext = outputContext;
        this.outputChecked = outputChecked;
    }

    /** Thrown while planning a level that must fall back to the tree; the message says why. */
    private static final class NotStreamable extends Exception {
        private static final long serialVersionUID = 1L;

        NotStreamable(String reason) {
            super(reason, null, false, false);
        }
    }

    /**
     * The plan of {@code ops} run on values of {@code type}; {@code outputContext} starts the
     * message of an output that does not fit (see {@link #tree}).
     */
    static StreamPlan plan(List<LensOp> ops, Type type, String outputContext) {
        return plan(ops, type, outputContext, false);
    }

    private static StreamPlan plan(List<LensOp> ops, Type type, String outputContext, boolean outputChecked) {
        StreamPlanner planner = new StreamPlanner(outputContext, outputChecked);
        try {
            return planner.value(ops, type, List.of());
        } catch (NotStreamable e) {
            return planner.tree(ops, type);
        }
    }

    /**
     * The plan of the streaming translation of a {@code type}'s documents from version {@code from}
     * to {@code to} ({@code plan}: the path's ops), which every back end runs: a copy of the version
     * to itself; the fused ops planned on the source version, what they write checked against the
     * declared target as it is written where what they derive does not lie within it (going back, a
     * field added with a default is optional where the older version requires it).
     */
    static StreamPlan document(DocumentType type, int from, int to, TranslationPlan plan) {
        return document(type, from, to, plan, true);
    }

    /**
     * The plan of a route that is not fused ({@link Routes}): the whole document read into a tree,
     * checked as it is read, run through the tree translator and checked against the declared
     * target where {@link #document} would check it; what {@link #document} plans for ops that do
     * not stream at all.
     */
    static StreamPlan.Tree tree(DocumentType type, int from, int to, TranslationPlan plan) {
        if (from == to) {
            throw new IllegalArgumentException("a version to itself is a copy, not a tree: " + from);
        }
        return (StreamPlan.Tree) document(type, from, to, plan, false);
    }

    private static StreamPlan document(DocumentType type, int from, int to, TranslationPlan plan, boolean streams) {
        Type input = type.schema(from).orElseThrow();
        if (from == to) {
            return new StreamPlan.Copy(input);
        }
        Type declared = type.schema(to).orElseThrow();
        String outputContext = "the translated document does not fit " + type.name() + " version " + to;
        Type derived = type.derivation(from, to).map(Derivation::target).orElse(null);
        boolean within = derived != null && Subtypes.within(derived, declared);
        StreamPlan streamed = streams ? plan(plan.fused(), input, outputContext, !within)
                : new StreamPlanner(outputContext, !within).tree(plan.fused(), input);
        if (streamed instanceof StreamPlan.Tree t) {
            // checked against the declared target: the fused ops' own schema is not the target's (a
            // composed convert keeps its first types)
            return t.output() == null && within ? t : new StreamPlan.Tree(input, plan.fused(), declared, outputContext,
                    within ? t.culprit() : culprit(plan.ops(), derived, declared));
        }
        return within ? streamed
                : new StreamPlan.Checked(streamed, declared, outputContext, culprit(plan.ops(), derived, declared));
    }

    /** What the message of a document that does not fit version {@code version} starts with. */
    static String inputContext(DocumentType type, int version) {
        return "the document does not fit " + type.name() + " version " + version;
    }

    /**
     * The op that last touches a field whose derived type does not lie within the declared one
     * (named in the output check's failures), or null.
     */
    private static String culprit(List<LensOp> ops, Type derived, Type declared) {
        if (!(derived instanceof Type.ObjectType d) || !(declared instanceof Type.ObjectType t)) {
            return null;
        }
        for (int i = ops.size() - 1; i >= 0; i--) {
            List<LensOp> later = ops.subList(i + 1, ops.size());
            for (List<String> path : OpTraits.touched(ops.get(i))) {
                String field = OpTraits.through(later, path).get(0);
                Field before = d.field(field).orElse(null);
                Field after = t.field(field).orElse(null);
                if (before != null && (after == null || !Subtypes.within(before.type(), after.type()))) {
                    return LensOps.describe(ops.get(i));
                }
            }
        }
        return null;
    }

    /**
     * The tree fallback. Built-in ops other than {@code plunge} yield what their derived schema
     * says on a value that fits; a plunge (a new host lacking its other required fields), a custom
     * lens or an op this planner does not know may not, so their output is checked against it.
     */
    private StreamPlan.Tree tree(List<LensOp> ops, Type type) {
        LensOp unchecked = firstUnchecked(ops);
        if (unchecked == null || outputChecked) {
            return new StreamPlan.Tree(type, ops, null, null, null);
        }
        return new StreamPlan.Tree(type, ops, SchemaTransform.apply(ops, type, SchemaProblems.ignoring()),
                outputContext, LensOps.describe(unchecked));
    }

    /** The first op (nested ones included) whose output its derived schema does not vouch for, or null. */
    private static LensOp firstUnchecked(List<LensOp> ops) {
        for (LensOp op : ops) {
            LensOp found = op instanceof LensOp.In in ? firstUnchecked(in.ops())
                    : op instanceof LensOp.Map map ? firstUnchecked(map.ops())
                    : OpTraits.flat(op) || op instanceof LensOp.Hoist ? null : op;
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** The ops of a level on its value; {@code captures} must be handed up (they cannot fall back). */
    private StreamPlan value(List<LensOp> ops, Type type, List<String> captures) throws NotStreamable {
        Type inner = Type.nonNull(type);
        if (ops.isEmpty() && captures.isEmpty()) {
            return new StreamPlan.Copy(type);
        }
        if (inner instanceof Type.ObjectType object) {
            try {
                return new LevelPlanner(type, object, captures).plan(ops);
            } catch (NotStreamable e) {
                if (!captures.isEmpty()) {
                    throw e;
                }
                    return tree(ops, type);
            }
        }
        if (captures.isEmpty() && inner instanceof Type.ArrayType array && ops.size() == 1
                && ops.get(0) instanceof LensOp.Map map) {
            return new StreamPlan.Items(type, value(map.ops(), array.items(), List.of()));
        }
        if (!captures.isEmpty()) {
            throw new NotStreamable("a value that fields are hoisted out of is not an object");
        }
        return tree(ops, type);
    }

    /**
     * A field's value changes, innermost first ({@code head}s, then one {@code in} or
     * {@code convert}, then {@code wrap}s), with the fields the level hoists out of the result.
     */
    private StreamPlan changes(List<LensOp> changes, Type type, List<String> captures) throws NotStreamable {
        int wraps = 0;
        while (wraps < changes.size() && changes.get(changes.size() - 1 - wraps) instanceof LensOp.Wrap) {
            wraps++;
        }
        StreamPlan value = body(changes.subList(0, changes.size() - wraps), type, captures);
        if (wraps > 1 || (wraps == 1 && !captures.isEmpty() && !(value instanceof StreamPlan.Level))) {
            throw new NotStreamable("more than one wrap, or a wrap of a value hoisted from that is not an object");
        }
        if (wraps == 1) {
            // [value] needs to know before writing whether value is null: only values that keep null as null
            if (!(value instanceof StreamPlan.Copy || value instanceof StreamPlan.Level
                    || value instanceof StreamPlan.Items)) {
                throw new NotStreamable("a wrap of a value that may turn null into something else");
            }
            return new StreamPlan.Wrap(value);
        }
        return value;
    }

    private StreamPlan body(List<LensOp> changes, Type type, List<String> captures) throws NotStreamable {
        if (changes.isEmpty()) {
            return value(List.of(), type, captures);
        }
        LensOp first = changes.get(0);
        List<LensOp> rest = changes.subList(1, changes.size());
        if (first instanceof LensOp.Head && Type.nonNull(type) instanceof Type.ArrayType array) {
            StreamPlan item = body(rest, array.items(), captures);
            JsonNode ifEmpty = evaluate(rest, NullNode.getInstance()).orElseThrow(() -> new NotStreamable("a head whose empty case fails"));
            return new StreamPlan.Head(type, item, ifEmpty);
        }
        if (first instanceof LensOp.In in && rest.isEmpty()) {
            return value(in.ops(), type, captures);
        }
        if (first instanceof LensOp.In in && rest.get(0) instanceof LensOp.Head head && in.ops().size() == 1
                && in.ops().get(0) instanceof LensOp.Map map && map.ops().stream().noneMatch(StreamPlanner::mayFail)) {
            // map then head is head then the map's ops on the first item, when no other item could fail
            List<LensOp> swapped = new ArrayList<>(List.of(head, new LensOp.In(in.name(), map.ops())));
            swapped.addAll(rest.subList(1, rest.size()));
            return body(swapped, type, captures);
        }
        if (first instanceof LensOp.Convert c && rest.isEmpty() && captures.isEmpty()) {
            return new StreamPlan.Convert(type, c);
        }
        throw new NotStreamable("changes of a field that do not stream");
    }

    /** Whether the op, or an op inside it, can fail on a valid document. */
    private static boolean mayFail(LensOp op) {
        if (op instanceof LensOp.In in) {
            return in.ops().stream().anyMatch(StreamPlanner::mayFail);
        }
        if (op instanceof LensOp.Map map) {
            return map.ops().stream().anyMatch(StreamPlanner::mayFail);
        }
        return OpTraits.mayFail(op) || !OpTraits.flat(op);
    }

    /** A field's value changes run at compile time on {@code value}; empty when they fail. */
    static Optional<JsonNode> evaluate(List<LensOp> changes, JsonNode value) {
        ObjectNode holder = NODES.objectNode();
        holder.set("v", value);
        List<LensOp> onV = new ArrayList<>();
        for (LensOp op : changes) {
            try {
                onV.add(named(op, "v"));
            } catch (NotStreamable e) {
                return Optional.empty();
            }
        }
        try {
            return Optional.ofNullable(Interpreter.run(onV, holder, null, "").get("v"));
        } catch (LensException e) {
            return Optional.empty();
        }
    }

    /** A change of a field's value (convert, wrap, head, in) made on field {@code name} instead. */
    private static LensOp named(LensOp op, String name) throws NotStreamable {
        if (op instanceof LensOp.Convert c) {
            return new LensOp.Convert(name, c.fromType(), c.toType(), c.table(), c.forwardFallback(), c.backwardFallback());
        } else if (op instanceof LensOp.Wrap) {
            return new LensOp.Wrap(name);
        } else if (op instanceof LensOp.Head) {
            return new LensOp.Head(name);
        } else if (op instanceof LensOp.In in) {
            return new LensOp.In(name, in.ops());
        }
        throw new NotStreamable("a change of a kind the planner does not know");
    }

    /** Plays one level's ops on slots: a field of the input, an added field or a hoisted one. */
    private final class LevelPlanner {
        private enum Kind { INPUT, ADDED, HOISTED, NEW_HOST, LATE }

        private static final class Slot {
            final Kind kind;
            final String origin;
            JsonNode constant;
            String name;
            boolean removed;
            final List<LensOp> changes = new ArrayList<>();
            /** Fields hoisted out of this slot's value, by their name there. */
            final List<String> captures = new ArrayList<>();
            /** For a hoisted slot: the host and the capture index. */
            Slot host;
            int capture;
            /** An input plunged into another: not written in its place. */
            boolean plunged;
            /** An input a plunge puts a field into: changed no further. */
            boolean plungeHost;
            /** In the level's late fields ({@link StreamPlan.Late}) from when a late op first touched it, as {@code lateName}. */
            boolean late;
            String lateName;
            /** For an input read whole into the late fields: its index among the held values, else -1. */
            int held = -1;

            Slot(Kind kind, String origin, String name) {
                this.kind = kind;
                this.origin = origin;
                this.name = name;
            }
        }

        private final Type type;
        private final Type.ObjectType object;
        private final List<String> captures;
        private final Map<String, Slot> inputs = new LinkedHashMap<>();
        private final List<Slot> appended = new ArrayList<>();
        /** The appended slots and {@link StreamPlan.Late} steps, in op order. */
        private final List<Object> sequence = new ArrayList<>();
        private int heldCount;
        private final Map<String, Slot> current = new LinkedHashMap<>();
        private final Set<String> claimed = new HashSet<>();
        private Slot plungeField;
        private Slot plungeHost;
        private String plungeName;

        LevelPlanner(Type type, Type.ObjectType object, List<String> captures) {
            this.type = type;
            this.object = object;
            this.captures = captures;
        }

        StreamPlan.Level plan(List<LensOp> ops) throws NotStreamable {
            if (object.fields().size() > MAX_FIELDS) {
                throw new NotStreamable("an object of more than 64 fields");
            }
            for (LensOp op : ops) {
                play(op);
            }
            List<StreamPlan.Input> in = inputsPlanned();
            if (heldCount > 0 || sequence.stream().anyMatch(o -> o instanceof StreamPlan.Late)) {
                return lateLevel(in);
            }
            List<StreamPlan.Appended> out = new ArrayList<>();
            for (Slot s : appended) {
                if (s.removed) {
                    continue;
                }
                if (s.kind == Kind.NEW_HOST) {
                    out.add(new StreamPlan.NewHost());
                } else if (s.kind == Kind.ADDED) {
                    out.add(new StreamPlan.Constant(s.name, s.constant, captureOf(s.name)));
                } else if (captureOf(s.name) >= 0) {
                    throw new NotStreamable("hoisted here and again into the parent"); // hoisted here and again into the parent
                } else {
                    out.add(new StreamPlan.Hoisted(s.name, object.fieldNames().indexOf(s.host.origin), s.capture));
                }
            }
            StreamPlan.Plunge plunge = plungeField == null ? null : new StreamPlan.Plunge(
                    object.fieldNames().indexOf(plungeField.origin), object.fieldNames().indexOf(plungeHost.origin),
                    plungeName, plungeHost.name);
            return new StreamPlan.Level(type, object, in, out, captures, plunge);
        }

        private List<StreamPlan.Input> inputsPlanned() throws NotStreamable {
            List<StreamPlan.Input> in = new ArrayList<>();
            for (Field f : object.fields()) {
                Slot s = inputs.get(f.name());
                in.add(s == null ? new StreamPlan.Input(f.name(), f.name(), new StreamPlan.Copy(f.type()), captureOf(f.name()))
                        : input(s, f.type()));
            }
            return in;
        }

        /**
         * A level with late fields: what it appends is gathered at its end with the inputs the late
         * ops consume (which must not stay in place), changed by them, then written.
         */
        private StreamPlan.Level lateLevel(List<StreamPlan.Input> in) throws NotStreamable {
            if (plungeField != null) {
                demotePlunge(); // no later op touched its field or host: running it last is the same
                in = inputsPlanned();
            }
            List<StreamPlan.Appended> out = new ArrayList<>();
            for (Object o : sequence) {
                if (o instanceof StreamPlan.Held h) {
                    Slot s = inputs.get(object.fieldNames().get(h.input()));
                    boolean stays = current.get(s.name) == s && captureOf(s.name) < 0;
                    if (stays && plungeField != null) {
                        throw new NotStreamable("a held input stays in its place, and a plunge holds its host");
                    }
                    out.add(new StreamPlan.Held(h.name(), h.input(), h.held(), stays ? s.name : null));
                    continue;
                }
                if (o instanceof StreamPlan.Late late) {
                    out.add(late);
                    continue;
                }
                Slot s = (Slot) o;
                if (s.removed && !s.late) {
                    continue;
                }
                String name = s.late ? s.lateName : s.name;
                if (s.kind == Kind.NEW_HOST) {
                    throw new NotStreamable("a new host for a plunge in a level with late fields");
                } else if (s.kind == Kind.ADDED) {
                    out.add(new StreamPlan.Constant(name, s.constant, -1));
                } else {
                    out.add(new StreamPlan.Hoisted(name, object.fieldNames().indexOf(s.host.origin), s.capture));
                }
            }
            StreamPlan.Plunge plunge = plungeField == null ? null : new StreamPlan.Plunge(
                    object.fieldNames().indexOf(plungeField.origin), object.fieldNames().indexOf(plungeHost.origin),
                    plungeName, plungeHost.name);
            return new StreamPlan.Level(type, object, in, out, captures, plunge);
        }

        private StreamPlan.Input input(Slot s, Type fieldType) throws NotStreamable {
            if (s.held >= 0) {
                return new StreamPlan.Input(s.origin, null, new StreamPlan.Copy(fieldType), -1, s.held);
            }
            if (s.plungeHost && (s.removed || !s.changes.isEmpty() || !s.captures.isEmpty())) {
                throw new NotStreamable("the host changes after the plunge"); // the host changes after the plunge: the level is a tree
            }
            if (s.plunged) {
                return new StreamPlan.Input(s.origin, null, new StreamPlan.Copy(fieldType), -1);
            }
            if (s.removed) {
                // dropped: only checked, unless a change could fail first, or it holds a hoisted field:
                // then streamed to nowhere
                if (!s.captures.isEmpty() || s.changes.stream().anyMatch(OpTraits::mayFail)) {
                    return new StreamPlan.Input(s.origin, null, changes(s.changes, fieldType, s.captures), -1);
                }
                return new StreamPlan.Input(s.origin, null, new StreamPlan.Copy(fieldType), -1);
            }
            int capture = captureOf(s.name);
            StreamPlan value = changes(s.changes, fieldType, s.captures);
            if (capture >= 0 && !(value instanceof StreamPlan.Copy)) {
                throw new NotStreamable("a parent hoists a changed value"); // a parent hoists a changed value: buffer the level instead
            }
            return new StreamPlan.Input(s.origin, s.name, value, capture);
        }

        private int captureOf(String name) {
            return captures.indexOf(name);
        }

        /**
         * Plays an op on the slots: in the one pass over the keys where it can, else as a late op
         * (on the fields the level appends and the inputs it consumes), as must every op on a late field.
         */
        private void play(LensOp op) throws NotStreamable {
            Set<String> fields = OpTraits.fields(op);
            boolean touchesLate = fields != null && fields.stream().map(current::get)
                    .anyMatch(s -> s != null && s.late);
            if (!touchesLate) {
                try {
                    playInPass(op);
                    return;
                } catch (NotStreamable e) {
                    if (fields == null || op instanceof LensOp.Add || !OpTraits.flat(op) && !(op instanceof LensOp.Hoist)
                            && !(op instanceof LensOp.Plunge)) {
                        throw e;
                    }
                }
            }
            playLate(op, fields);
        }

        /** An op on the late fields: the fields it touches join them (an input is held), then the names move. */
        private void playLate(LensOp op, Set<String> fields) throws NotStreamable {
            if (op instanceof LensOp.Add || fields == null) {
                throw new NotStreamable("late: an add or an op on items");
            }
            for (String name : fields) {
                Slot s = slot(name);
                if (s != null && s.plungeHost) {
                    demotePlunge();
                }
                if (s == null || s.late) {
                    continue;
                }
                if (s.kind == Kind.ADDED || s.kind == Kind.HOISTED) {
                    s.late = true;
                    s.lateName = s.name;
                } else if (s.kind == Kind.INPUT && !s.removed && !s.plunged && !s.plungeHost && s.captures.isEmpty()) {
                    hold(s);
                } else {
                    throw new NotStreamable("late: an op on a field that stays in place");
                }
            }
            if (op instanceof LensOp.Plunge p) {
                requireKeptHost(p);
            }
            lateOps(List.of(op));
            if (op instanceof LensOp.Rename r) {
                Slot s = current.remove(r.from());
                if (s != null) {
                    s.name = r.to();
                    current.put(r.to(), s);
                    claimed.add(r.to());
                }
            } else if (op instanceof LensOp.Remove r) {
                current.remove(r.name());
            } else if (op instanceof LensOp.Hoist h) {
                lateField(h.name());
            } else if (op instanceof LensOp.Plunge p) {
                if (current.remove(p.name()) != null && !current.containsKey(p.host())) {
                    lateField(p.host()); // a new host
                }
            }
        }

        /**
         * A late plunge runs unchecked only into a host that is there, or whose new form (for one
         * absent or null) fits with the field alone: an added object, or an input as the in-pass plunge takes.
         */
        private void requireKeptHost(LensOp.Plunge p) throws NotStreamable {
            Slot host = current.get(p.host());
            if (host != null && host.kind == Kind.ADDED && host.constant != null && host.constant.isObject()
                    || outputChecked) {
                return;
            }
            if (host != null && host.kind == Kind.INPUT) {
                Field hostField = object.field(host.origin).orElseThrow();
                if (Type.nonNull(hostField.type()) instanceof Type.ObjectType hostObject && !(!outputChecked
                        && (hostField.optional() || hostField.type().isNullable())
                                && hostObject.fields().stream().anyMatch(Field::required))) {
                    return;
                }
            }
            throw new NotStreamable("late: a plunge into a host that may be made anew without its required fields");
        }

        /** An input read whole into the late fields, with the changes made to it so far. */
        private void hold(Slot s) throws NotStreamable {
            List<LensOp> changes = new ArrayList<>();
            for (LensOp c : s.changes) {
                changes.add(named(c, s.name));
            }
            s.late = true;
            s.lateName = s.name;
            s.held = heldCount++;
            sequence.add(new StreamPlan.Held(s.name, object.fieldNames().indexOf(s.origin), s.held, null));
            s.changes.clear();
            if (!changes.isEmpty()) {
                lateOps(changes);
            }
        }

        /**
         * Makes the level's one-pass plunge a late one, where a late op touches its host: the field
         * and the host are held and the plunge runs with the late ops. Only for a host that is always
         * there (a new one would be appended where the plunge was); no op touched either since.
         */
        private void demotePlunge() throws NotStreamable {
            Field hostField = object.field(plungeHost.origin).orElseThrow();
            if (hostField.optional()) {
                throw new NotStreamable("a plunge into a host that may be absent, then a late op on it");
            }
            Slot field = plungeField;
            Slot host = plungeHost;
            String name = plungeName;
            plungeField = null;
            plungeHost = null;
            plungeName = null;
            field.plunged = false;
            host.plungeHost = false;
            appended.removeIf(a -> a.kind == Kind.NEW_HOST);
            sequence.removeIf(a -> a instanceof Slot slot && slot.kind == Kind.NEW_HOST);
            field.name = name;
            hold(field);
            hold(host);
            lateOps(List.of(new LensOp.Plunge(host.name, name)));
            current.remove(name);
        }

        /** A field a late op makes. */
        private void lateField(String name) {
            Slot s = new Slot(Kind.LATE, null, name);
            s.late = true;
            s.lateName = name;
            current.put(name, s);
            claimed.add(name);
        }

        private void lateOps(List<LensOp> ops) {
            int last = sequence.size() - 1;
            if (last >= 0 && sequence.get(last) instanceof StreamPlan.Ops prev) {
                List<LensOp> joined = new ArrayList<>(prev.ops());
                joined.addAll(ops);
                sequence.set(last, new StreamPlan.Ops(joined));
            } else {
                sequence.add(new StreamPlan.Ops(ops));
            }
        }

        private void playInPass(LensOp op) throws NotStreamable {
            if (op instanceof LensOp.Rename r) {
                Slot s = slot(r.from());
                if (s != null) {
                    requireFree(r.to());
                    current.remove(r.from());
                    s.name = r.to();
                    current.put(r.to(), s);
                    claimed.add(r.to());
                }
            } else if (op instanceof LensOp.Remove r) {
                Slot s = slot(r.name());
                if (s != null) {
                    current.remove(r.name());
                    s.removed = true;
                }
            } else if (op instanceof LensOp.Add a) {
                requireFree(a.name());
                Slot s = new Slot(Kind.ADDED, null, a.name());
                s.constant = a.defaultValue();
                appended.add(s);
                sequence.add(s);
                current.put(a.name(), s);
                claimed.add(a.name());
            } else if (op instanceof LensOp.Hoist h) {
                Slot host = slot(h.host());
                if (host == null) {
                    return;
                }
                if (host.kind != Kind.INPUT || host.plungeHost) {
                    throw new NotStreamable("a hoist out of a field that is not an input as read");
                }
                requireFree(h.name());
                Slot s = new Slot(Kind.HOISTED, null, h.name());
                s.host = host;
                s.capture = host.captures.size();
                host.captures.add(h.name());
                appended.add(s);
                sequence.add(s);
                current.put(h.name(), s);
                claimed.add(h.name());
            } else if (op instanceof LensOp.Plunge p) {
                plunge(p);
            } else if (OpTraits.flat(op) && OpTraits.changedField(op) != null) {
                change(op, OpTraits.changedField(op));
            } else {
                throw new NotStreamable("an op the planner does not know");
            }
        }

        /**
         * One plunge per level streams: of an input as it was read into another input holding an
         * object, where a new host (for one absent or null) fits with only the field, and the host
         * does not declare it; the host may only be renamed afterwards.
         */
        private void plunge(LensOp.Plunge p) throws NotStreamable {
            Slot field = slot(p.name());
            if (field == null) {
                return;
            }
            Slot host = slot(p.host());
            if (plungeField != null || !captures.isEmpty() || host == null || field.kind != Kind.INPUT
                    || host.kind != Kind.INPUT || !field.changes.isEmpty() || !host.changes.isEmpty()
                    || !field.captures.isEmpty() || !host.captures.isEmpty()) {
                throw new NotStreamable("a plunge the one pass does not take");
            }
            Field hostField = object.field(host.origin).orElseThrow();
            if (!(Type.nonNull(hostField.type()) instanceof Type.ObjectType hostObject) || hostObject.has(p.name())
                    || (!outputChecked && (hostField.optional() || hostField.type().isNullable())
                            && hostObject.fields().stream().anyMatch(Field::required))) {
                throw new NotStreamable("a plunge into a host whose new form may lack its fields");
            }
            current.remove(p.name());
            field.plunged = true;
            host.plungeHost = true;
            plungeField = field;
            plungeHost = host;
            plungeName = p.name();
            Slot newHost = new Slot(Kind.NEW_HOST, null, null);
            appended.add(newHost);
            sequence.add(newHost);
        }

        private void change(LensOp op, String field) throws NotStreamable {
            Slot s = slot(field);
            if (s == null) {
                return;
            }
            if (s.kind == Kind.HOISTED || s.plungeHost || !s.captures.isEmpty() && !apartFromCaptures(op, s)) {
                // it is hoisted, or a plunge filled it, or the change may meet what a hoist took: late
                throw new NotStreamable("a change of a hoisted field, of a plunge's host, or of what a hoist took");
            }
            if (s.kind == Kind.ADDED) {
                s.constant = evaluate(List.of(op), s.constant)
                        .orElseThrow(() -> new NotStreamable("an added value a change fails on"));
            } else if (op instanceof LensOp.In in && !s.changes.isEmpty()
                    && s.changes.get(s.changes.size() - 1) instanceof LensOp.In last) {
                List<LensOp> joined = new ArrayList<>(last.ops());
                joined.addAll(in.ops());
                s.changes.set(s.changes.size() - 1, new LensOp.In(last.name(), joined));
            } else {
                s.changes.add(op);
            }
        }

        /**
         * Whether a change of a value that fields were hoisted out of leaves them alone: a wrap, or
         * an {@code in} whose ops touch none of them (its level then hands them up after its ops).
         */
        private static boolean apartFromCaptures(LensOp op, Slot s) {
            if (op instanceof LensOp.Wrap) {
                return s.changes.stream().noneMatch(c -> c instanceof LensOp.Wrap);
            }
            if (!(op instanceof LensOp.In in) || s.changes.stream().anyMatch(c -> c instanceof LensOp.Wrap)) {
                return false;
            }
            for (LensOp inner : in.ops()) {
                Set<String> fields = OpTraits.fields(inner);
                if (fields == null || fields.stream().anyMatch(s.captures::contains)) {
                    return false;
                }
            }
            return true;
        }

        /** The slot now named {@code name}, creating the input's on first use; null when there is none. */
        private Slot slot(String name) {
            Slot s = current.get(name);
            if (s != null || claimed.contains(name) || !object.has(name)) {
                return s;
            }
            s = new Slot(Kind.INPUT, name, name);
            claimed.add(name);
            current.put(name, s);
            inputs.put(name, s);
            return s;
        }

        /** An op that writes {@code name} where a field already is would fail: let the tree say so. */
        private void requireFree(String name) throws NotStreamable {
            if (current.containsKey(name) || (!claimed.contains(name) && object.has(name))) {
                throw new NotStreamable("an op would write where a field is");
            }
        }
    }
}
