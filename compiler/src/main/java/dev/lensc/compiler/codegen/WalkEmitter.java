package dev.lensc.compiler.codegen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import dev.lensc.runtime.json.JsonPointers;
import dev.lensc.runtime.lens.Interpreter;
import dev.lensc.runtime.lens.LensException;
import dev.lensc.runtime.lens.LensOp;
import dev.lensc.runtime.lens.LensOps;
import dev.lensc.runtime.lens.OpTraits;
import dev.lensc.runtime.lens.Steps;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import javax.lang.model.element.Modifier;

/**
 * Get mode in one walk: a whole chain of ops without a base, hoists and plunges included, run as
 * one walk over the input that builds the output directly, instead of a pass per run of flat ops
 * with the moves between them each copying the object they change.
 *
 * <p>The ops are played at compile time on symbolic objects, as the interpreter would run them: a
 * field of the input is a slot found under its key (as in {@link PassPlanner}), followed through
 * renames, value changes and moves between objects; objects the ops see into (an {@code in}, the
 * host of a hoist or a plunge) are walked too. The method then has three parts:
 * <ol>
 *   <li>the walk: one loop per walked object over the input's fields; a field that stays in place
 *   is set in the output where its key is (input key order is kept), with the value changes that
 *   only depend on it; a field that moves or changes later is kept in a local;
 *   <li>the ops that move values or need them after the walk, in op order, on the locals;
 *   <li>each object's appended fields (added, hoisted, plunged, a host made for a plunge), in the
 *   order the ops append them, as the interpreter does; a field in place whose value changed after
 *   the walk is set again, which keeps its place.
 * </ol>
 * A local is null where the field is absent. Failures wait and the earliest op's is thrown, with
 * the interpreter's pointer. The plan assumes a document valid in its version, but checks it where
 * that costs nothing: a key of a name the ops bring into an object, or an object the ops see into
 * holding something else, makes the walk return null, and the caller runs the ops one by one.
 * Ops it cannot follow (a {@code map} at a walked level, custom lenses, splits, merges, a name two
 * fields might share) leave the chain to the steps.
 */
final class WalkEmitter {
    private static final ClassName STEPS = ClassName.get(Steps.class);
    private static final ClassName JSON_NODE = ClassName.get(JsonNode.class);
    private static final ClassName OBJECT_NODE = ClassName.get(ObjectNode.class);

    /**
     * The longest walk emitted, in characters of Java: about 7,000 bytes of bytecode, under the
     * 8,000 above which HotSpot does not compile a method; a longer chain keeps its steps.
     */
    private static final int MAX_BODY = 24_000;

    private final MemberRegistry members;
    private final GetEmitter gets;
    private final FitsEmitter fits;

    WalkEmitter(MemberRegistry members, GetEmitter gets) {
        this.members = members;
        this.gets = gets;
        this.fits = new FitsEmitter(members);
    }

    /**
     * The method {@code JsonNode name(JsonNode x)} running {@code fused} in one walk (null for an
     * input the plan does not hold), or null when the ops cannot be followed so.
     */
    String walk(List<LensOp> fused, Guard guard) {
        Object key = List.of("walk", fused, guard);
        Walk w = new Walk();
        if (fused.isEmpty() || !w.playAll(fused, w.top)) {
            return null;
        }
        CodeBlock body = w.body(fused, w.inTheWay(guard));
        if (body.toString().length() > MAX_BODY) {
            return null;
        }
        return members.method(key, "walk", name -> MemberRegistry.opMethod(name, false).addJavadoc(
                "$L, in one walk; null when {@code x} holds what its version does not declare\n",
                RecordGenerator.javadocText(MemberRegistry.describeAll(fused))).addCode(body).build());
    }

    /**
     * The method {@code JsonNode name(JsonNode x, JsonNode base)} running {@code ops} onto a base
     * (an object) in one walk, or null when the ops cannot be followed so. The base is a second
     * input: the reverses of the ops are played on it last op first, as the interpreter walks a base
     * back, and where an op reads its base a snapshot local keeps the base's field at that op's
     * level. The ops then play forward on {@code x} as {@link #walk} does, taking the base's values
     * as the interpreter's ops onto a base do ({@code add}: the base's value, absent when it has
     * none; {@code wrap}, {@code convert}, {@code in}: onto the base's value). The method returns null
     * (the caller then runs the ops one by one) for a base that is not an object, that holds a name
     * the reverses bring in, or on which a reverse fails, and before a hoist that might empty its
     * host where the base has none.
     */
    String putWalk(List<LensOp> ops) {
        Walk w = new Walk();
        if (ops.size() < 2 || !w.playOnto(ops)) {
            return null;
        }
        // the ops as written, each name they bring in met by the walk: nothing to look for before
        CodeBlock body = w.body(ops, new Guard(List.of()));
        if (body.toString().length() > MAX_BODY) {
            return null;
        }
        return members.method(List.of("put walk", ops), "walk", name -> MemberRegistry.opMethod(name, true)
                .addJavadoc("$L, onto an object {@code base} in one walk; null for a base or an {@code x} it does not"
                        + " hold\n", RecordGenerator.javadocText(MemberRegistry.describeAll(ops))).addCode(body).build());
    }

    /**
     * What op reads of its base: the base's field at the op's level ({@code local}, a snapshot;
     * null: surely absent) in the base's object there ({@code host}; null: there is none, as
     * without a base).
     */
    private record Snap(String local, Obj host, String present) {}

    /**
     * A hoist onto a base that may lack its host ({@code base}: the base's host there) out of the
     * object {@code host}: the walk gives up where the hoist might empty it.
     */
    private record HoistCheck(Snap base, Obj host) {}

    /** A snapshot of an input field's value after its first {@code index} changes in the walk. */
    private record Tap(int index, String local) {}

    /** An object of the output as the ops leave it. */
    private static final class Obj {
        final String var;
        /** built from an object of the input: the fields no op names are copied in place */
        final boolean walked;
        /** exists whenever the top does: the top, and objects added as constants at such a level */
        final boolean sure;
        /** the field whose value it is now; null for the top */
        Field holder;
        final List<Field> slots = new ArrayList<>();
        final Map<String, Field> alive = new HashMap<>();
        final Set<String> claimed = new HashSet<>();
        /** names the ops bring in that the input does not hold: such a key makes the walk give up */
        final Set<String> introduced = new LinkedHashSet<>();
        final List<Place> appended = new ArrayList<>();
        /** an object of the base walked back, not of the output */
        boolean onBase;
        /** false for the base itself: nothing of it is output */
        boolean built = true;
        /** a snapshot holds it: no later op may change it */
        boolean frozen;
        /** the path of the input object it is built from, when {@code walked} (null: not one of x's) */
        List<String> inputPath = List.of();

        Obj(String var, boolean walked, boolean sure) {
            this.var = var;
            this.walked = walked;
            this.sure = sure;
        }
    }

    /** A place at the end of an object: a field's own, or one a plunge makes a host at ({@code flag}). */
    private record Place(Field field, String flag) {}

    /** A field of an object: from the input ({@code inputKey}) or brought in by an op. */
    private static final class Field {
        String name;
        final Obj owner;
        final String inputKey;
        final String local;
        /** an added value, not yet in the local */
        JsonNode constant;
        /** the object the field holds, for ops that see into it */
        Obj obj;
        /** the object the walk builds from this input field's value, when the ops see into it */
        Obj walked;
        /** the object it holds, maybe wrapped, built on until the end: nothing may read the value before it is done */
        Obj held;
        /** the value changes made in the walk (an input field, before anything else reads it) */
        final List<LensOp> walkChanges = new ArrayList<>();
        int walkFailsAt = -1;
        String walkFailsHere;
        /** the walk changes made before the ops saw into the value (a head of an array of objects) */
        List<LensOp> preChanges = List.of();
        int preFailsAt = -1;
        String preFailsHere;
        boolean pure = true;
        /** read or written after the walk: its value is in the local */
        boolean used;
        /** changed after the walk: a field in place is set again at the end */
        boolean dirty;
        boolean gone;
        /** present whenever the top is: an added constant in an object that is (see {@link Obj#sure}) */
        boolean sure;
        /** the flags of places at the end a plunge made this field at, as a new host */
        final List<String> createdAt = new ArrayList<>();
        /** added onto a base: the base's value (see {@link Snap}), and the default where there is no base */
        Snap source;
        JsonNode sourceDefault;
        /** snapshots of the base's value between its changes in the walk */
        final List<Tap> taps = new ArrayList<>();
        /** a snapshot holds its value: later changes copy it first */
        boolean shared;

        Field(String name, Obj owner, String inputKey, String local) {
            this.name = name;
            this.owner = owner;
            this.inputKey = inputKey;
            this.local = local;
        }

        boolean untouchedInput() {
            return (inputKey != null || source != null) && pure && !used && obj == null && held == null;
        }
    }

    /** The play of one chain, then its emission. */
    private final class Walk {
        final Obj top = new Obj("out", true, true);
        final List<Obj> objects = new ArrayList<>(List.of(top));
        final List<Supplier<CodeBlock>> after = new ArrayList<>();
        /** the base walked back: its object, the moves on it, the snapshots, the checks before hoists */
        Obj base;
        final List<Supplier<CodeBlock>> baseAfter = new ArrayList<>();
        final Map<LensOp, Snap> snaps = new IdentityHashMap<>();
        /** the snapshots taken so far: {@code s[0]} to {@code s[snapCount - 1]} */
        int snapCount;
        final List<HoistCheck> hoistChecks = new ArrayList<>();
        boolean backwards;
        final List<String> flags = new ArrayList<>();
        /** the flags of the base's walk back */
        final List<String> backFlags = new ArrayList<>();
        final Set<Field> declared = new LinkedHashSet<>();
        int counter;
        int seq;
        int failing;

        String local() {
            return "v" + counter++;
        }

        List<Supplier<CodeBlock>> moves() {
            return backwards ? baseAfter : after;
        }

        /** Plays the reverses on the base (taking the snapshots the ops read), then the ops on x. */
        boolean playOnto(List<LensOp> ops) {
            base = new Obj("b", true, true);
            base.onBase = true;
            base.built = false;
            base.inputPath = null;
            backwards = true;
            if (!playBack(ops, base, 1)) {
                return false;
            }
            backwards = false;
            return playAll(ops, top);
        }

        /**
         * Last op first: the snapshot of what op {@code i} reads of base object {@code o} (null: no
         * base there), then, from op {@code from} on, its reverse; an {@code in} whose ops are
         * followed walks its field's object back through them, each taking its snapshot on the way.
         */
        boolean playBack(List<LensOp> ops, Obj o, int from) {
            for (int i = ops.size() - 1; i >= 0; i--) {
                LensOp op = ops.get(i);
                if (op instanceof LensOp.In in && symbolic(in.ops())) {
                    Obj inner = null;
                    Field f = o == null ? null : ref(o, in.name());
                    if (f != null) {
                        if (f.obj == null) {
                            if (!f.untouchedInput()) {
                                return false;
                            }
                            seeInto(f);
                        }
                        inner = f.obj;
                        if (frozen(inner)) {
                            return false;
                        }
                    }
                    if (!playBack(in.ops(), inner, 0)) {
                        return false;
                    }
                    continue;
                }
                if (!snapshot(op, o)) {
                    return false;
                }
                if (i >= from && o != null && !play(op.reverse(), o, seq++)) {
                    return false;
                }
            }
            return true;
        }

        /** Takes the snapshot of the base's field op reads, if it reads one; false when it reads what the walk cannot tell. */
        boolean snapshot(LensOp op, Obj o) {
            Set<String> read = BaseFields.read(op);
            if (read == null || read.size() > 1 || op instanceof LensOp.Split || op instanceof LensOp.Merge
                    || op instanceof LensOp.Custom || snaps.containsKey(op)) {
                return false;
            }
            if (read.isEmpty()) {
                return true;
            }
            Field f = o == null ? null : ref(o, read.iterator().next());
            String present = null;
            if (op instanceof LensOp.Add && o != null && !o.sure) {
                // whether the base has the object there: a reverse run later (a plunge's) may make it
                present = snapLocal();
                String p = present;
                moves().add(() -> CodeBlock.of("$L = $L;\n", p, o.var));
            }
            snaps.put(op, new Snap(f == null ? null : tap(f, op instanceof LensOp.Hoist), o, present));
            return true;
        }

        /** A snapshot's place in the array the base's walk back returns: {@code s[i]}. */
        String snapLocal() {
            return "s[" + snapCount++ + "]";
        }

        /** A local holding the base field's value now; {@code presence}: only whether it is there and null is read. */
        String tap(Field f, boolean presence) {
            String s = snapLocal();
            if (f.constant != null && !f.used) {
                JsonNode c = f.constant;
                moves().add(() -> guarded(f.owner, CodeBlock.of("$L = $N", s, members.constant(c))));
            } else if (f.untouchedInput() && f.inputKey != null) {
                f.taps.add(new Tap(f.walkChanges.size(), s));
            } else {
                if (f.held != null && !presence) {
                    f.held.frozen = true;
                }
                use(f);
                f.shared = true;
                moves().add(() -> guarded(f.owner, CodeBlock.of("$L = $L", s, local(f))));
            }
            return s;
        }

        boolean frozen(Obj o) {
            return o != null && (o.frozen || o.holder != null && frozen(o.holder.owner));
        }

        /** An add onto a base: the base's value (an object's fields walked when later ops see into it). */
        boolean fromBase(Obj o, LensOp.Add a, Snap s) {
            if (a.defaultValue() instanceof ObjectNode d && !d.isEmpty() && !s.host().sure) {
                return false; // its fields would be claimed names
            }
            Field f = new Field(a.name(), o, null, local());
            f.source = s;
            f.sourceDefault = a.defaultValue();
            o.alive.put(a.name(), f);
            o.appended.add(new Place(f, null));
            // taken where the add runs: only into an object there then
            moves().add(() -> {
                CodeBlock.Builder b = CodeBlock.builder();
                if (f.walked != null) {
                    slot(b, o, f, sourceValue(f, false), 0);
                } else {
                    b.addStatement("$L = $L", local(f), sourceValue(f, true));
                }
                return guardedBlock(o, b.build());
            });
            return true;
        }

        /** The value of an add onto a base, copied or not: the base's value, or the default where no base is. */
        CodeBlock sourceValue(Field f, boolean copy) {
            Snap s = f.source;
            CodeBlock taken = s.local() == null ? CodeBlock.of("null") : copy
                    ? CodeBlock.of("$L == null ? null : $L.deepCopy()", s.local(), s.local())
                    : CodeBlock.of("$L", s.local());
            if (s.host().sure) {
                return taken;
            }
            return CodeBlock.of("$L == null ? $N.deepCopy() : $L", s.present(), members.constant(f.sourceDefault), taken);
        }

        /** The base's value for a change onto it, or null: none (as without a base). */
        CodeBlock baseOf(LensOp op) {
            Snap s = snaps.get(op);
            return s == null || s.local() == null ? null : CodeBlock.of("$L", s.local());
        }

        boolean playAll(List<LensOp> ops, Obj o) {
            for (LensOp op : ops) {
                if (!play(op, o, seq++)) {
                    return false;
                }
            }
            return true;
        }

        /** Plays one op at object {@code o}; false when the walk cannot follow it. */
        boolean play(LensOp op, Obj o, int at) {
            if (frozen(o)) {
                return false;
            }
            if (op instanceof LensOp.Rename r) {
                Field f = ref(o, r.from());
                if (f == null || r.from().equals(r.to())) {
                    return true;
                }
                if (!introduce(o, r.to())) {
                    return false;
                }
                o.alive.remove(r.from());
                f.name = r.to();
                o.alive.put(r.to(), f);
                return true;
            }
            if (op instanceof LensOp.Remove r) {
                Field f = ref(o, r.name());
                if (f != null) {
                    f.gone = true;
                    o.alive.remove(r.name());
                }
                return true;
            }
            if (op instanceof LensOp.Add a) {
                if (!introduce(o, a.name())) {
                    return false;
                }
                Snap s = snaps.get(op);
                if (s != null && s.host() != null) {
                    return fromBase(o, a, s);
                }
                added(o, a.name(), a.defaultValue());
                return true;
            }
            if (op instanceof LensOp.Hoist h) {
                return hoist(o, h);
            }
            if (op instanceof LensOp.Plunge p) {
                return plunge(o, p);
            }
            if (op instanceof LensOp.In in && symbolic(in.ops())) {
                Field f = ref(o, in.name());
                if (f == null) {
                    return true;
                }
                if (f.obj == null && f.untouchedInput()) {
                    seeInto(f);
                }
                if (f.obj != null) {
                    return playAll(in.ops(), f.obj);
                }
            }
            String name = OpTraits.changedField(op);
            if (name == null) {
                return false; // a map at a walked level, a custom lens, a split or merge
            }
            Field f = ref(o, name);
            return f == null || change(f, op, at);
        }

        /** A convert, wrap, head or {@code in} run as a method on the value. */
        boolean change(Field f, LensOp op, int at) {
            if (f.held != null && frozen(f.held)) {
                return false;
            }
            if (f.constant != null && !f.used && baseOf(op) == null) {
                JsonNode folded = folded(op, f.constant);
                if (folded != null) {
                    f.constant = folded;
                    return true;
                }
            }
            if (f.held != null && (!(op instanceof LensOp.Wrap) || baseOf(op) != null) && !done(f.held)) {
                return false; // it would read an object the walk is still building (a wrap onto a base compares it)
            }
            // on the base any change may fail: one that does means the base does not fit
            boolean fails = TranslationPlan.mayFail(op) || backwards;
            failing += fails && !backwards ? 1 : 0;
            String here = path(f.owner);
            boolean onBase = f.owner.onBase;
            if (f.pure && f.inputKey != null && !(fails && f.walkFailsAt >= 0)) {
                f.walkChanges.add(op);
                if (fails) {
                    f.walkFailsAt = at;
                    f.walkFailsHere = here;
                }
            } else {
                use(f);
                f.dirty = true;
                Obj o = f.owner;
                moves().add(() -> {
                    // a value of the base is only read, and may be the caller's: a change in place copies it first
                    CodeBlock change = failable(CodeBlock.of("$L = $L", value(f), gets.changes(List.of(op),
                            CodeBlock.of("$L", local(f)), !f.shared && !onBase, this::baseOf, !onBase)), fails, at,
                            here, onBase);
                    return guardedBlock(o, f.sure ? change : CodeBlock.builder()
                            .beginControlFlow("if ($L != null)", local(f)).add(change).endControlFlow().build());
                });
            }
            if (f.obj != null) {
                f.obj = null; // a wrapped object is built on, but no op sees into it any more
            }
            return true;
        }

        boolean hoist(Obj o, LensOp.Hoist h) {
            Field host = ref(o, h.host());
            if (host == null) {
                return true;
            }
            if (host.obj == null) {
                if (!host.untouchedInput()) {
                    return false;
                }
                seeInto(host);
            }
            if (frozen(host.obj)) {
                return false;
            }
            Snap check = snaps.get(h);
            if (check != null && check.host() != null) {
                if (check.local() == null && check.host().sure) {
                    return false; // the base never has the host: the walk would always give up
                }
                hoistChecks.add(new HoistCheck(check, host.obj));
            }
            Field moved = ref(host.obj, h.name());
            if (!introduce(o, h.name())) {
                return false;
            }
            Field n = new Field(h.name(), o, null, local());
            if (moved != null) {
                n.obj = moved.obj;
                n.held = moved.held;
                use(moved);
                moved.gone = true;
                host.obj.alive.remove(h.name());
            }
            if (n.obj != null) {
                n.obj.holder = n;
            }
            use(n);
            o.alive.put(h.name(), n);
            o.appended.add(new Place(n, null));
            Supplier<CodeBlock> from = () -> moved == null ? CodeBlock.of("null") : CodeBlock.of("$L", local(moved));
            if (host.sure) {
                moves().add(() -> guarded(o, CodeBlock.of("$L = $L", local(n), from.get())));
            } else {
                use(host);
                // a field of a host that is null is null (the interpreter's hoist)
                moves().add(() -> guarded(o, CodeBlock.of("$L = $L == null ? null : $L.isNull() ? $T.getInstance() : $L",
                        local(n), local(host), local(host), NullNode.class, from.get())));
            }
            return true;
        }

        boolean plunge(Obj o, LensOp.Plunge p) {
            Field f = ref(o, p.name());
            if (f == null) {
                return true;
            }
            Field host = ref(o, p.host());
            boolean made = host == null;
            if (made) {
                if (!introduce(o, p.host())) {
                    return false;
                }
                host = new Field(p.host(), o, null, local());
                host.obj = newObj(false, false);
                host.obj.holder = host;
                host.held = host.obj;
                o.alive.put(p.host(), host);
                o.appended.add(new Place(host, null));
            } else if (host.obj == null) {
                if (!host.untouchedInput()) {
                    return false;
                }
                seeInto(host);
            }
            Obj into = host.obj;
            if (frozen(into) || !introduce(into, p.name())) {
                return false;
            }
            Field n = new Field(p.name(), into, null, local());
            n.obj = f.obj;
            n.held = f.held;
            if (n.obj != null) {
                n.obj.holder = n;
            }
            use(f);
            use(n);
            f.gone = true;
            o.alive.remove(p.name());
            into.alive.put(p.name(), n);
            into.appended.add(new Place(n, null));
            if (host.sure) {
                moves().add(() -> guarded(o, CodeBlock.of("$L = $L", local(n), local(f))));
                return true;
            }
            Field h = host;
            use(h);
            h.dirty = true;
            String flag = made ? null : "made" + (flags.size() + backFlags.size());
            if (flag != null) {
                // absent before, the host is made at the end; present (null) it is made in its place
                (backwards ? backFlags : flags).add(flag);
                h.createdAt.add(flag);
                o.appended.add(new Place(h, flag));
            }
            moves().add(() -> {
                CodeBlock.Builder b = CodeBlock.builder().beginControlFlow("if ($L != null)", local(f));
                b.beginControlFlow("if ($L == null && !($L != null && $L.isNull() && $L.isNull()))", into.var, local(h),
                        local(h), local(f));
                if (flag != null) {
                    b.addStatement("$L = $L == null", flag, local(h));
                }
                b.addStatement("$L = $L", into.var, newObject(into, null)).addStatement("$L = $L", local(h), into.var);
                b.endControlFlow();
                b.beginControlFlow("if ($L != null)", into.var).addStatement("$L = $L", local(n), local(f))
                        .endControlFlow();
                b.endControlFlow();
                return guardedBlock(o, b.build());
            });
            return true;
        }

        /** A constant's value after a value change, worked out now; null when the change fails on it. */
        JsonNode folded(LensOp op, JsonNode value) {
            ObjectNode doc = JsonNodeFactory.instance.objectNode().set(OpTraits.changedField(op), value);
            try {
                return Interpreter.apply(op, doc, null, "").get(OpTraits.changedField(op));
            } catch (LensException e) {
                return null;
            }
        }

        /** A field added with a value; an object's fields become fields of a new object, as constants. */
        Field added(Obj o, String name, JsonNode value) {
            Field f = new Field(name, o, null, local());
            // in an object that may be made later (a plunge's host), the field is there only if the object was now
            f.sure = o.sure;
            if (!f.sure) {
                use(f);
            }
            o.alive.put(name, f);
            o.appended.add(new Place(f, null));
            if (value instanceof ObjectNode object) {
                f.obj = newObj(false, o.sure);
                f.obj.holder = f;
                f.held = f.obj;
                Obj c = f.obj;
                moves().add(() -> guarded(o, f.used ? CodeBlock.of("$L = $L = $L", local(f), c.var, newObject(c, null))
                        : CodeBlock.of("$L = $L", c.var, newObject(c, null))));
                for (Map.Entry<String, JsonNode> e : object.properties()) {
                    c.claimed.add(e.getKey());
                    added(c, e.getKey(), e.getValue());
                }
            } else {
                f.constant = value;
                moves().add(() -> f.used ? guarded(o, CodeBlock.of("$L = $N.deepCopy()", local(f),
                        members.constant(f.constant))) : CodeBlock.of(""));
            }
            return f;
        }

        Obj newObj(boolean walked, boolean sure) {
            Obj o = new Obj("o" + counter++, walked, sure);
            o.onBase = backwards;
            objects.add(o);
            return o;
        }

        void seeInto(Field f) {
            f.preChanges = List.copyOf(f.walkChanges);
            f.preFailsAt = f.walkFailsAt;
            f.preFailsHere = f.walkFailsHere;
            f.walkChanges.clear();
            f.walkFailsAt = -1;
            f.obj = newObj(true, false);
            // null for an object not read from x (one of the base, or an added one a put walk fills)
            f.obj.inputPath = f.inputKey == null || f.owner.inputPath == null || f.owner.onBase ? null
                    : join(f.owner.inputPath, f.inputKey);
            f.walked = f.obj;
            f.obj.holder = f;
            f.held = f.obj;
        }

        /**
         * Whether the walk leaves an object as it ends up: nothing to append to it or set again in it,
         * nor in the objects it holds, so a method may read it after the walk.
         */
        boolean done(Obj o) {
            for (Place p : o.appended) {
                if (!p.field().gone) {
                    return false;
                }
            }
            for (Field f : o.slots) {
                if (!f.gone && (f.dirty || (f.held != null && !done(f.held)))) {
                    return false;
                }
            }
            return true;
        }

        void use(Field f) {
            f.used = true;
            f.pure = false;
        }

        /** The field named so now, an input field seen for the first time, or null: gone or never there. */
        Field ref(Obj o, String name) {
            Field f = o.alive.get(name);
            if (f != null || o.claimed.contains(name) || !o.walked) {
                return f;
            }
            f = new Field(name, o, name, local());
            o.claimed.add(name);
            o.alive.put(name, f);
            o.slots.add(f);
            return f;
        }

        /** Brings a name into an object: false when a field of that name may be there already. */
        boolean introduce(Obj o, String name) {
            if (o.alive.containsKey(name)) {
                return false;
            }
            if (o.walked && o.claimed.add(name)) {
                o.introduced.add(name);
            }
            return true;
        }

        /**
         * Makes the keys of {@code guard} at the walked objects give the walk up where it meets them;
         * the rest of the guard, which the walk is to look for before it starts.
         */
        Guard inTheWay(Guard guard) {
            Set<List<String>> met = new HashSet<>();
            for (Obj o : objects) {
                if (o.walked && o.inputPath != null) {
                    for (String name : guard.namesAt(o.inputPath)) {
                        // a name no input field of the walk has (those it claimed are read from the input)
                        if (o.introduced.contains(name) || o.claimed.add(name)) {
                            o.introduced.add(name);
                            met.add(join(o.inputPath, name));
                        }
                    }
                }
            }
            return guard.without(met);
        }

        String path(Obj o) {
            return o.holder == null ? "" : path(o.holder.owner) + JsonPointers.child("", o.holder.name);
        }

        // ---- emission

        CodeBlock body(List<LensOp> fused, Guard before) {
            CodeBlock.Builder m = CodeBlock.builder();
            if (!before.isEmpty()) {
                m.beginControlFlow("if ($T.holds(x, $N))", STEPS, gets.paths(before)).addStatement("return null")
                        .endControlFlow();
            }
            CodeBlock.Builder back = CodeBlock.builder();
            if (base != null) {
                // the base walked back: its fields found under their keys, the reverses' moves, its objects
                walkObject(back, base, "b", 0);
                for (Supplier<CodeBlock> s : baseAfter) {
                    back.add(s.get());
                }
                for (Obj o : objects) {
                    if (o.onBase) {
                        assemble(back, o);
                    }
                }
                for (HoistCheck c : hoistChecks) {
                    if (!relaxed(c)) {
                        // a hoist onto a base without its host may remove the host it empties: the ops one by one
                        back.add(guardedBlock(c.base().host(), CodeBlock.builder().beginControlFlow(
                                "if ($L == null || $L.isNull())", c.base().local(), c.base().local())
                                .addStatement("return null").endControlFlow().build()));
                    }
                }
            }
            CodeBlock.Builder walk = CodeBlock.builder();
            walkObject(walk, top, "o", 0);
            for (HoistCheck c : hoistChecks) {
                if (relaxed(c)) {
                    // the host read from x holds, from the start to the end, the fields the walk set in it: one
                    // is not the hoisted field, so the hoist does not empty it (else the ops one by one)
                    walk.add(guardedBlock(c.base().host(), CodeBlock.builder().beginControlFlow(
                            "if (($L == null || $L.isNull()) && ($L == null || $L.isEmpty()))", c.base().local(),
                            c.base().local(), c.host().var, c.host().var).addStatement("return null").endControlFlow()
                            .build()));
                }
            }
            CodeBlock.Builder moves = CodeBlock.builder();
            for (Supplier<CodeBlock> s : after) {
                moves.add(s.get());
            }
            CodeBlock.Builder end = CodeBlock.builder();
            for (Obj o : objects) {
                if (!o.onBase) {
                    assemble(end, o);
                }
            }
            m.addStatement("$T o = $T.object(x, $S)", OBJECT_NODE, STEPS, LensOps.describe(fused.get(0)));
            if (base != null) {
                // a method of its own: two methods of half the size each compile with their callees inlined
                String backMethod = backMethod(fused, back.build());
                m.addStatement("$T[] s = base instanceof $T b ? $N(b) : null", JSON_NODE, OBJECT_NODE, backMethod);
                m.beginControlFlow("if (s == null)").addStatement("return null").endControlFlow();
            }
            m.addStatement("$T out = $L", OBJECT_NODE, newObject(top, "o"));
            declareLocals(m, false, flags);
            if (failing > 0) {
                m.addStatement("$T failure = null", LensException.class);
                m.addStatement("int failedAt = $T.MAX_VALUE", Integer.class);
            }
            m.add(walk.build()).add(moves.build());
            if (failing > 0) {
                m.beginControlFlow("if (failure != null)").addStatement("throw failure").endControlFlow();
            }
            return m.add(end.build()).addStatement("return out").build();
        }

        /** Whether a hoist's check waits for the walk of x: its host is x's (see {@link HoistCheck}), the base's top its base. */
        boolean relaxed(HoistCheck c) {
            return c.host().inputPath != null && c.base().host().sure;
        }

        /**
         * {@code JsonNode[] name(ObjectNode b)}: the base walked back, returning the snapshots the ops
         * read ({@code s[i]}: a base's value, or its object where an add reads whether it is there),
         * or null for a base the walk does not hold.
         */
        String backMethod(List<LensOp> ops, CodeBlock back) {
            CodeBlock.Builder b = CodeBlock.builder();
            b.addStatement("$T[] s = new $T[$L]", JSON_NODE, JSON_NODE, snapCount);
            declareLocals(b, true, backFlags);
            b.add(back).addStatement("return s");
            return members.method(List.of("walk back", ops), "back", name -> MethodSpec.methodBuilder(name)
                    .addModifiers(Modifier.PRIVATE, Modifier.STATIC).returns(ArrayTypeName.of(JSON_NODE))
                    .addParameter(OBJECT_NODE, "b")
                    .addJavadoc("The base walked back: what a put walk's ops read of it, null where the walk gives up\n")
                    .addCode(b.build()).build());
        }

        /** The objects built and the values of fields (null: absent) of the base's side or of x's, and flags. */
        void declareLocals(CodeBlock.Builder m, boolean onBase, List<String> flagNames) {
            declare(m, OBJECT_NODE, objects.subList(1, objects.size()).stream().filter(o -> o.built && o.onBase == onBase)
                    .map(o -> o.var).toList());
            declare(m, JSON_NODE, declared.stream().filter(f -> f.owner.onBase == onBase).map(f -> f.local).toList());
            if (!flagNames.isEmpty()) {
                m.addStatement("boolean $L", flagNames.stream().map(f -> CodeBlock.of("$L = false", f))
                        .collect(CodeBlock.joining(",$W")));
            }
        }

        /** The loop over the input object {@code in} filling {@code o}'s fields in place. */
        void walkObject(CodeBlock.Builder b, Obj o, String in, int depth) {
            String e = depth == 0 ? "e" : "e" + depth;
            b.beginControlFlow("for ($T<$T, $T> $L : $L.properties())", Map.Entry.class, String.class, JSON_NODE, e, in);
            b.beginControlFlow("switch ($L.getKey())", e);
            for (Field f : o.slots) {
                b.add("case $S:\n$>", f.inputKey);
                slot(b, o, f, CodeBlock.of("$L.getValue()", e), depth);
                b.addStatement("break").add("$<");
            }
            if (!o.introduced.isEmpty()) {
                b.add("case $L:\n$>", o.introduced.stream().map(name -> CodeBlock.of("$S", name))
                        .collect(CodeBlock.joining(",$W"))).addStatement("return null").add("$<");
            }
            if (o.onBase && frozen(o)) {
                b.add("default:\n$>").addStatement("$L.set($L.getKey(), $L.getValue())", o.var, e, e)
                        .addStatement("break").add("$<");
            } else if (o.built && !o.onBase) {
                b.add("default:\n$>").addStatement("$L.set($L.getKey(), $L.getValue().deepCopy())", o.var, e, e)
                        .addStatement("break").add("$<");
            }
            b.endControlFlow();
            b.endControlFlow();
        }

        /** What the walk does with an input field: sets it in place, keeps it in its local, or both. */
        void slot(CodeBlock.Builder b, Obj o, Field f, CodeBlock value, int depth) {
            boolean inPlace = !f.gone && o.built && f.source == null;
            boolean keep = f.used || f.source != null;
            boolean onBase = o.onBase;
            if (!inPlace && !f.used && f.walkFailsAt < 0 && f.walked == null && f.taps.isEmpty()) {
                return; // removed, and nothing of it can fail
            }
            List<LensOp> pre = f.walked != null ? f.preChanges : f.walkChanges;
            String check = null;
            if (onBase && !f.used && f.walked == null) {
                // a base's field nothing takes after its changes: those that cannot fail need not run
                pre = pre.subList(0, needed(f, pre));
                int last = pre.size() - 1;
                // and the last, when nothing reads its result, only tells whether the base fits
                if (!inPlace && last >= 0 && pre.get(last) instanceof LensOp.In in
                        && f.taps.stream().noneMatch(t -> t.index() > last) && (check = fits.fits(in)) != null) {
                    pre = pre.subList(0, last);
                }
                if (pre.isEmpty()) {
                    for (Tap t : f.taps) {
                        b.addStatement("$L = $L", t.local(), value);
                    }
                    if (check != null) {
                        b.beginControlFlow("if (!$N($L))", check, value).addStatement("return null").endControlFlow();
                    }
                    return;
                }
            }
            // a check reads the value after the changes before it: they run one by one, as for snapshots
            boolean tapped = !f.taps.isEmpty() || check != null;
            if (tapped) {
                // the base's value between its changes, for the ops that read it there: the changes one by one
                b.addStatement("$L = $L", local(f), value);
                for (int k = 0; k <= pre.size(); k++) {
                    for (Tap t : f.taps) {
                        if (t.index() == k) {
                            b.addStatement("$L = $L", t.local(), local(f));
                        }
                    }
                    if (k < pre.size()) {
                        b.add(failable(CodeBlock.of("$L = $L", local(f), gets.changes(List.of(pre.get(k)),
                                CodeBlock.of("$L", local(f)), false, op -> null, false)), true, 0, "", true));
                    }
                }
                value = CodeBlock.of("$L", local(f));
                if (check != null) {
                    b.beginControlFlow("if (!$N($L))", check, value).addStatement("return null").endControlFlow();
                    return;
                }
            }
            if (f.walked != null) {
                if (!tapped) {
                    b.add(failable(CodeBlock.of("$L = $L", local(f), f.preChanges.isEmpty() ? value
                            : gets.changes(f.preChanges, value, false, this::baseOf, !onBase)), f.preFailsAt >= 0,
                            f.preFailsAt, f.preFailsHere, onBase));
                }
                String in = "i" + f.walked.var.substring(1);
                b.beginControlFlow("if ($L instanceof $T $L)", local(f), OBJECT_NODE, in);
                b.addStatement("$L = $L", f.walked.var, newObject(f.walked, in));
                walkObject(b, f.walked, in, depth + 1);
                b.addStatement("$L = $L", local(f), f.walked.var);
                b.nextControlFlow("else if ($L != null && !$L.isNull())", local(f), local(f)).addStatement("return null")
                        .endControlFlow();
                if (!f.walkChanges.isEmpty()) {
                    b.add(failable(CodeBlock.of("$L = $L", local(f), gets.changes(f.walkChanges, CodeBlock.of("$L",
                            local(f)), true, this::baseOf, true)), f.walkFailsAt >= 0, f.walkFailsAt, f.walkFailsHere,
                            onBase));
                }
                if (inPlace) {
                    b.addStatement("$L.set($S, $L)", o.var, f.name, local(f));
                }
                return;
            }
            boolean fails = !tapped && f.walkFailsAt >= 0;
            // the base's values are only read: its fields are not copied
            CodeBlock changed = tapped ? onBase ? CodeBlock.of("$L", local(f)) : CodeBlock.of("$L.deepCopy()", local(f))
                    : gets.changes(pre, value, false, this::baseOf, !onBase);
            if (keep) {
                declare(f);
                if (!tapped || inPlace) {
                    // a snapshot's value stays the base's: the field's own is a copy
                    b.add(failable(CodeBlock.of("$L = $L", local(f), changed), fails, f.walkFailsAt,
                            f.walkFailsHere, onBase));
                } else if (f.used && !onBase) {
                    b.addStatement("$L = $L.deepCopy()", local(f), local(f));
                }
                if (inPlace) {
                    b.addStatement("$L.set($S, $L)", o.var, f.name, local(f));
                }
            } else if (inPlace || fails) {
                b.add(failable(inPlace ? CodeBlock.of("$L.set($S, $L)", o.var, f.name, changed) : changed,
                        fails, f.walkFailsAt, f.walkFailsHere, onBase));
            }
        }

        /** How many of a base field's changes run: up to its last snapshot and the last that may fail. */
        int needed(Field f, List<LensOp> changes) {
            int n = 0;
            for (Tap t : f.taps) {
                n = Math.max(n, t.index());
            }
            for (int i = 0; i < changes.size(); i++) {
                LensOp op = changes.get(i);
                if (!(op instanceof LensOp.Wrap || op instanceof LensOp.Convert c && c.forwardFallback() != null)) {
                    n = Math.max(n, i + 1);
                }
            }
            return n;
        }

        /** {@code type a = null, b = null;}, wrapped. */
        void declare(CodeBlock.Builder m, ClassName type, List<String> names) {
            if (!names.isEmpty()) {
                m.addStatement("$T $L", type, names.stream().map(n -> CodeBlock.of("$L = null", n))
                        .collect(CodeBlock.joining(",$W")));
            }
        }

        /** Sets what the ops appended to {@code o}, and again what changed in place after the walk. */
        void assemble(CodeBlock.Builder b, Obj o) {
            if (!o.built || o.onBase && !frozen(o) || o.holder != null && o.holder.gone && !o.onBase) {
                return; // only a base object a snapshot holds is built: gone or not, it is read
            }
            CodeBlock.Builder sets = CodeBlock.builder();
            for (Field f : o.slots) {
                if (!f.gone && f.dirty) {
                    set(sets, o, f, own(f));
                }
            }
            for (Place p : o.appended) {
                if (!p.field().gone) {
                    set(sets, o, p.field(), p.flag() != null ? CodeBlock.of("$L", p.flag()) : own(p.field()));
                }
            }
            CodeBlock body = sets.build();
            if (!body.isEmpty()) {
                b.add(guardedBlock(o, body));
            }
        }

        /** {@link GetEmitter#newObject} for {@code o}: the input object it is built from, and the fields the ops append. */
        CodeBlock newObject(Obj o, String input) {
            return GetEmitter.newObject(input, o.appended.stream().map(Place::field).filter(f -> !f.gone).distinct().count());
        }

        void set(CodeBlock.Builder b, Obj o, Field f, CodeBlock condition) {
            CodeBlock set = CodeBlock.of("$L.set($S, $L)", o.var, f.name, value(f));
            if (condition.equals(CodeBlock.of("$L != null", value(f)))) {
                b.addStatement("$T.setPresent($L, $S, $L)", STEPS, o.var, f.name, value(f));
            } else if (condition.isEmpty()) {
                b.addStatement(set);
            } else {
                b.beginControlFlow("if ($L)", condition).addStatement(set).endControlFlow();
            }
        }

        /** When a field is in its own place at the end: present, and not made anew at the end by a plunge. */
        CodeBlock own(Field f) {
            List<CodeBlock> parts = new ArrayList<>();
            if (!f.sure) {
                parts.add(CodeBlock.of("$L != null", value(f)));
            }
            for (String flag : f.createdAt) {
                parts.add(CodeBlock.of("!$L", flag));
            }
            return CodeBlock.join(parts, " && ");
        }

        /** The value of a field after the walk: its local, its object, or its constant. */
        CodeBlock value(Field f) {
            if (!f.used && f.constant != null) {
                return CodeBlock.of("$N.deepCopy()", members.constant(f.constant));
            }
            if (!f.used && f.sure && f.obj != null && f.inputKey == null) {
                return CodeBlock.of("$L", f.obj.var);
            }
            declare(f);
            return CodeBlock.of("$L", local(f));
        }

        void declare(Field f) {
            declared.add(f);
        }

        /** The local of a field, declared at the top of the method. */
        String local(Field f) {
            declared.add(f);
            return f.local;
        }

        /** {@code statement;}, or one whose failure waits unless an earlier op's failure waits already. */
        CodeBlock failable(CodeBlock statement, boolean fails, int at, String here, boolean onBase) {
            if (!fails) {
                return CodeBlock.of("$L;\n", statement);
            }
            if (onBase) {
                // the base does not fit: the ops one by one say where
                return CodeBlock.builder().beginControlFlow("try").addStatement(statement)
                        .nextControlFlow("catch ($T f)", LensException.class).addStatement("return null").endControlFlow()
                        .build();
            }
            CodeBlock failure = here.isEmpty() ? CodeBlock.of("f") : CodeBlock.of("$T.at(f, $S)", STEPS, here);
            return CodeBlock.builder().beginControlFlow("try").addStatement(statement)
                    .nextControlFlow("catch ($T f)", LensException.class)
                    .addStatement("failure = failedAt < $L ? failure : $L", at, failure)
                    .addStatement("failedAt = $T.min(failedAt, $L)", Math.class, at).endControlFlow().build();
        }

        /** A statement of the ops at {@code o}, run only when {@code o} is an object. */
        CodeBlock guarded(Obj o, CodeBlock statement) {
            return guardedBlock(o, CodeBlock.of("$L;\n", statement));
        }

        CodeBlock guardedBlock(Obj o, CodeBlock block) {
            if (o.sure) {
                return block;
            }
            return CodeBlock.builder().beginControlFlow("if ($L != null)", o.var).add(block).endControlFlow().build();
        }
    }

    private static List<String> join(List<String> path, String key) {
        List<String> out = new ArrayList<>(path);
        out.add(key);
        return List.copyOf(out);
    }

    /** Whether an {@code in}'s ops can be played on its object: none the walk leaves to a method of its own. */
    private static boolean symbolic(List<LensOp> ops) {
        for (LensOp op : ops) {
            if (op instanceof LensOp.Map || op instanceof LensOp.Custom || op instanceof LensOp.Split
                    || op instanceof LensOp.Merge) {
                return false;
            }
        }
        return true;
    }
}
