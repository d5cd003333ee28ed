package dev.lensc.dsl.suggest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import dev.lensc.runtime.json.JsonValues;
import dev.lensc.runtime.lens.LensOp;
import dev.lensc.runtime.lens.SchemaProblems;
import dev.lensc.runtime.lens.SchemaTransform;
import dev.lensc.runtime.lens.Splitting;
import dev.lensc.runtime.lens.ValueMapping;
import dev.lensc.runtime.schema.Field;
import dev.lensc.runtime.schema.Hints;
import dev.lensc.runtime.schema.Type;
import dev.lensc.runtime.schema.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Proposes the ops of a lens from an older to a newer version of a document type, level by level:
 * fields moved out of or into an object ({@code hoist}, {@code plunge}), renames chosen by name,
 * type and (with example documents, paired by position) value similarity, the type changes of
 * kept fields ({@code wrap}, {@code head}, {@code in}, {@code map}, {@code convert} with a table
 * from the values the examples pair), strings cut into several or joined from several at a
 * separator ({@code split}, {@code merge}: {@link JoinedFields}), and what is left over added or
 * removed with a default. Each
 * op carries its confidence; what the examples cannot tell is a {@link Proposal#decisions decision}
 * for the user.
 */
public final class LensSuggester {
    /** Below this score a pair of fields is not proposed as a rename. */
    private static final double RENAME_THRESHOLD = 0.55;

    /** A version's type and its example documents (empty when it comes from a schema). */
    public record Side(Type.ObjectType type, List<JsonNode> documents) {
        /** @param documents by position; null where a nested value is absent */
        public Side {
            documents = java.util.Collections.unmodifiableList(new ArrayList<>(documents));
        }

        /** The example values of a field, by document position (null where absent). */
        List<JsonNode> values(String field) {
            List<JsonNode> out = new ArrayList<>();
            for (JsonNode d : documents) {
                out.add(d != null && d.isObject() ? d.get(field) : null);
            }
            return out;
        }
    }

    /**
     * An op, how sure the suggester is (0 to 1), and why; {@code open} when a decision about it is
     * left to the user (its losses are then not declared for them).
     */
    public record Suggestion(LensOp op, double confidence, String why, boolean open) {}

    /** The ops in order, and what the user must decide (each naming the field). */
    public record Proposal(List<Suggestion> suggestions, List<String> decisions) {
        public List<LensOp> ops() {
            return suggestions.stream().map(Suggestion::op).toList();
        }
    }

    private final List<Suggestion> suggestions = new ArrayList<>();
    private final List<String> decisions = new ArrayList<>();
    private final String path;

    private LensSuggester(String path) {
        this.path = path;
    }

    public static Proposal suggest(Side older, Side newer) {
        LensSuggester s = new LensSuggester("");
        s.level(older, newer);
        return new Proposal(List.copyOf(s.suggestions), List.copyOf(s.decisions));
    }

    private void level(Side older, Side newer) {
        Type.ObjectType b = newer.type();
        Type.ObjectType a = older.type();
        boolean paired = older.documents().size() == newer.documents().size() && !older.documents().isEmpty();
        // moves between levels first: what they move is then where the newer version has it
        for (Field f : b.fields()) {
            if (!a.has(f.name())) {
                for (Field host : a.fields()) {
                    if (isObject(host.type()) && isObject(typeOf(b, host.name())) && fields(host.type()).has(f.name())
                            && !fields(typeOf(b, host.name())).has(f.name())) {
                        add(new LensOp.Hoist(host.name(), f.name()), 0.8, "'" + f.name() + "' left object '" + host.name() + "'");
                        a = apply(a, suggestions.get(suggestions.size() - 1).op());
                        break;
                    }
                }
            }
        }
        for (Field f : older.type().fields()) {
            if (a.has(f.name()) && !b.has(f.name())) {
                for (Field host : b.fields()) {
                    if (isObject(host.type()) && isObject(typeOf(a, host.name())) && fields(host.type()).has(f.name())
                            && !fields(typeOf(a, host.name())).has(f.name())) {
                        add(new LensOp.Plunge(host.name(), f.name()), 0.8, "'" + f.name() + "' went into object '" + host.name() + "'");
                        a = apply(a, suggestions.get(suggestions.size() - 1).op());
                        break;
                    }
                }
            }
        }
        // fields of both versions
        for (Field fa : a.fields()) {
            if (b.has(fa.name())) {
                change(fa.name(), fa.type(), typeOf(b, fa.name()), older.values(fa.name()), newer.values(fa.name()), paired);
            }
        }
        // renames among what is left, best pairs first
        List<Field> onlyOld = new ArrayList<>(a.fields().stream().filter(f -> !b.has(f.name())).toList());
        List<Field> onlyNew = new ArrayList<>(b.fields().stream().filter(f -> !older.type().has(f.name())
                && !hoisted(f.name())).toList());
        splitsAndMerges(onlyOld, onlyNew, older, newer, paired);
        while (!onlyOld.isEmpty() && !onlyNew.isEmpty()) {
            Field bestOld = null;
            Field bestNew = null;
            double best = -1;
            for (Field fo : onlyOld) {
                for (Field fn : onlyNew) {
                    double score = renameScore(fo, fn, older.values(fo.name()), newer.values(fn.name()), paired);
                    if (score > best) {
                        best = score;
                        bestOld = fo;
                        bestNew = fn;
                    }
                }
            }
            boolean lastPair = onlyOld.size() == 1 && onlyNew.size() == 1
                    && Relation.of(bestOld.type(), bestNew.type()) != Relation.UNRELATED;
            if (best < RENAME_THRESHOLD && !lastPair) {
                break;
            }
            double confidence = best < RENAME_THRESHOLD ? 0.35 : Math.min(0.95, best);
            String why = best < RENAME_THRESHOLD ? "the only field left on each side" : "similar name"
                    + (paired ? " and values" : "") + " (score " + String.format(Locale.ROOT, "%.2f", best) + ")";
            change(bestOld.name(), bestOld.type(), bestNew.type(), older.values(bestOld.name()),
                    newer.values(bestNew.name()), paired);
            add(new LensOp.Rename(bestOld.name(), bestNew.name()), confidence, why);
            onlyOld.remove(bestOld);
            onlyNew.remove(bestNew);
        }
        for (Field f : onlyOld) {
            add(new LensOp.Remove(f.name(), f.type(), f.effectiveDefault()), 0.6, "only the older version has it");
            decide("'" + at(f.name()) + "' is removed: if it became another field, make it a rename");
        }
        for (Field f : onlyNew) {
            JsonNode d = f.effectiveDefault();
            add(new LensOp.Add(f.name(), f.type(), d), 0.6, "only the newer version has it");
            decide("'" + at(f.name()) + "' is added with the default " + JsonValues.brief(d)
                    + ": older writers' documents get it; choose the value they should get");
        }
    }

    /**
     * An older string field cut into newer ones ({@code split}), and newer string fields joined from
     * older ones ({@code merge}), as the paired examples show or, without them, as names suggest;
     * the fields they take leave {@code onlyOld} and {@code onlyNew}.
     */
    private void splitsAndMerges(List<Field> onlyOld, List<Field> onlyNew, Side older, Side newer, boolean paired) {
        for (Field whole : List.copyOf(onlyOld)) {
            List<Field> parts = onlyNew.stream().filter(f -> Type.nonNull(f.type()) instanceof Type.StringType).toList();
            if (whole.type() instanceof Type.StringType && parts.size() >= 2) {
                (paired ? JoinedFields.fromExamples(values(older, whole), values(newer, parts), true)
                        : JoinedFields.fromNames(whole.name(), names(parts), true))
                        .ifPresent(found -> joined(found, true, onlyOld, onlyNew));
            }
        }
        for (Field whole : List.copyOf(onlyNew)) {
            List<Field> parts = onlyOld.stream().filter(f -> f.type() instanceof Type.StringType).toList();
            if (Type.nonNull(whole.type()) instanceof Type.StringType && parts.size() >= 2) {
                (paired ? JoinedFields.fromExamples(values(newer, whole), values(older, parts), false)
                        : JoinedFields.fromNames(whole.name(), names(parts), false))
                        .ifPresent(found -> joined(found, false, onlyOld, onlyNew));
            }
        }
    }

    /** The op of a whole and its parts (none when only a decision is found), and what the user must check. */
    private void joined(JoinedFields.Found found, boolean cut, List<Field> onlyOld, List<Field> onlyNew) {
        found.decisions().forEach(d -> decide(d.replaceFirst("^'", "'" + path)));
        if (found.separator() == null) {
            return;
        }
        List<Splitting.Part> parts = Splitting.Part.named(found.parts());
        Splitting.Separator by = new Splitting.Separator(found.separator());
        add(cut ? new LensOp.Split(found.whole(), parts, by) : new LensOp.Merge(parts, found.whole(), by),
                found.confidence(), found.why());
        List<Field> wholes = cut ? onlyOld : onlyNew;
        List<Field> pieces = cut ? onlyNew : onlyOld;
        wholes.removeIf(f -> f.name().equals(found.whole()));
        pieces.removeIf(f -> found.parts().contains(f.name()));
    }

    private static JoinedFields.Values values(Side side, Field field) {
        return new JoinedFields.Values(field.name(), side.values(field.name()));
    }

    private static List<JoinedFields.Values> values(Side side, List<Field> fields) {
        return fields.stream().map(f -> values(side, f)).toList();
    }

    private static List<String> names(List<Field> fields) {
        return fields.stream().map(Field::name).toList();
    }

    /** Ops that change the type of field {@code name} from {@code ta} to {@code tb} (named as in the older version). */
    private void change(String name, Type ta, Type tb, List<JsonNode> oldValues, List<JsonNode> newValues, boolean paired) {
        Type a = Type.nonNull(ta);
        Type b = Type.nonNull(tb);
        if (ta.isNullable() != tb.isNullable() && !(a instanceof Type.AnyType) && !(b instanceof Type.AnyType)
                && !(Relation.of(a, b) == Relation.WRAP && ta.isNullable())) {
            decide("'" + at(name) + "' is nullable in " + (ta.isNullable() ? "the older" : "the newer")
                    + " version only: say what null becomes (a convert with a null entry)");
        }
        switch (Relation.of(a, b)) {
            case SAME, UNRELATED_ANY -> { }
            case WRAP -> add(new LensOp.Wrap(name), 0.9, "a value became an array of it");
            case HEAD -> add(new LensOp.Head(name), 0.9, "an array became its first item");
            case OBJECTS -> {
                LensSuggester inner = new LensSuggester(at(name) + ".");
                inner.level(new Side(fields(a), objects(oldValues)), new Side(fields(b), paired ? objects(newValues) : List.of()));
                if (!inner.suggestions.isEmpty()) {
                    suggestions.add(new Suggestion(new LensOp.In(name, inner.ops()), inner.confidence(),
                            "inside '" + name + "'", inner.open()));
                }
                decisions.addAll(inner.decisions);
            }
            case ITEMS -> {
                LensSuggester inner = new LensSuggester(at(name) + "[].");
                inner.level(new Side(fields(((Type.ArrayType) a).items()), items(oldValues)),
                        new Side(fields(((Type.ArrayType) b).items()), List.of()));
                if (!inner.suggestions.isEmpty()) {
                    suggestions.add(new Suggestion(new LensOp.In(name, List.of(new LensOp.Map(inner.ops()))),
                            inner.confidence(), "inside the items of '" + name + "'", inner.open()));
                }
                decisions.addAll(inner.decisions);
            }
            case WIDEN -> add(new LensOp.Convert(name, a, b, List.of(), null, null), 0.8, "a wider type");
            case CONVERT -> {
                int before = decisions.size();
                LensOp.Convert c = convert(name, a, b, oldValues, newValues, paired);
                suggestions.add(new Suggestion(c, paired ? 0.5 : 0.3, "the values change type"
                        + (paired ? "; the table pairs the examples' values" : ""), decisions.size() > before));
            }
            case UNRELATED -> decide("'" + at(name) + "' changes from " + Types.display(ta) + " to " + Types.display(tb)
                    + (a instanceof Type.StringType && b instanceof Type.ObjectType
                            ? ": if its text went into the object's fields, split it into them (by a separator, or a"
                                    + " pattern with a format), add the object and plunge them into it; else write a custom op"
                            : ": no op does that; write a custom op"));
        }
    }

    /** A table from the values the examples pair, the values both sides share, and decisions for the rest. */
    private LensOp.Convert convert(String name, Type a, Type b, List<JsonNode> oldValues, List<JsonNode> newValues,
            boolean paired) {
        Map<String, ValueMapping> table = new LinkedHashMap<>();
        Set<String> mappedForward = new LinkedHashSet<>();
        Set<String> mappedBack = new LinkedHashSet<>();
        if (paired) {
            for (int i = 0; i < oldValues.size(); i++) {
                JsonNode from = oldValues.get(i);
                JsonNode to = newValues.get(i);
                if (from != null && to != null && !from.isNull() && !to.isNull()
                        && !mappedForward.contains(from.toString()) && !mappedBack.contains(to.toString())) {
                    table.put(from + "->" + to, ValueMapping.both(from, to));
                    mappedForward.add(from.toString());
                    mappedBack.add(to.toString());
                }
            }
        }
        List<JsonNode> domain = values(a);
        List<JsonNode> range = values(b);
        for (JsonNode v : domain) {
            if (!mappedForward.contains(v.toString()) && range.stream().anyMatch(r -> r.equals(v))
                    && !mappedBack.contains(v.toString())) {
                table.put(v + "->" + v, ValueMapping.both(v, v));
                mappedForward.add(v.toString());
                mappedBack.add(v.toString());
            }
        }
        for (JsonNode v : domain) {
            if (!mappedForward.contains(v.toString())) {
                decide("'" + at(name) + "': what does " + v + " become? (add '" + v + " <-> VALUE' to the convert)");
            }
        }
        for (JsonNode v : range) {
            if (!mappedBack.contains(v.toString())) {
                decide("'" + at(name) + "': what does " + v + " become in the older version? (add 'VALUE <- " + v
                        + "' to the convert)");
            }
        }
        if (domain.isEmpty() || range.isEmpty()) {
            decide("'" + at(name) + "': the convert table holds only the values the examples show ("
                    + Types.display(a) + " -> " + Types.display(b) + "); add the others, or 'else' entries");
        }
        return new LensOp.Convert(name, a, b, List.copyOf(table.values()), null, null);
    }

    /** The values of a closed type (booleans, enums), empty for open ones. */
    private static List<JsonNode> values(Type t) {
        if (t instanceof Type.BooleanType) {
            return List.of(BooleanNode.TRUE, BooleanNode.FALSE);
        }
        if (t instanceof Type.EnumType e) {
            return e.values().stream().map(v -> (JsonNode) com.fasterxml.jackson.databind.node.TextNode.valueOf(v)).toList();
        }
        return List.of();
    }

    private double renameScore(Field fo, Field fn, List<JsonNode> oldValues, List<JsonNode> newValues, boolean paired) {
        Relation r = Relation.of(Type.nonNull(fo.type()), Type.nonNull(fn.type()));
        double value = paired ? valueSimilarity(oldValues, newValues, r) : 0.5;
        return 0.5 * nameSimilarity(fo.name(), fn.name()) + 0.3 * r.score() + 0.2 * value;
    }

    static double nameSimilarity(String x, String y) {
        String a = x.toLowerCase(Locale.ROOT).replaceAll("[_\\-\\s]", "");
        String b = y.toLowerCase(Locale.ROOT).replaceAll("[_\\-\\s]", "");
        int longest = Math.max(a.length(), b.length());
        return longest == 0 ? 1 : 1 - (double) Hints.distance(a, b) / longest;
    }

    /** The share of paired documents where the two fields hold the same value (or the newer wraps it). */
    private static double valueSimilarity(List<JsonNode> oldValues, List<JsonNode> newValues, Relation r) {
        int both = 0;
        int same = 0;
        for (int i = 0; i < oldValues.size(); i++) {
            JsonNode o = oldValues.get(i);
            JsonNode n = newValues.get(i);
            if (o == null || n == null) {
                continue;
            }
            both++;
            JsonNode comparable = r == Relation.WRAP && n.isArray() && n.size() > 0 ? n.get(0)
                    : r == Relation.HEAD && o.isArray() && o.size() > 0 ? null : n;
            if (comparable != null && JsonValues.equal(o, comparable)
                    || r == Relation.HEAD && o.isArray() && o.size() > 0 && JsonValues.equal(o.get(0), n)) {
                same++;
            }
        }
        return both == 0 ? 0.5 : (double) same / both;
    }

    private void add(LensOp op, double confidence, String why) {
        suggestions.add(new Suggestion(op, confidence, why, false));
    }

    private void decide(String decision) {
        decisions.add(decision);
    }

    private double confidence() {
        return suggestions.stream().mapToDouble(Suggestion::confidence).min().orElse(1);
    }

    private boolean open() {
        return suggestions.stream().anyMatch(Suggestion::open);
    }

    private List<LensOp> ops() {
        return suggestions.stream().map(Suggestion::op).toList();
    }

    private boolean hoisted(String name) {
        return suggestions.stream().anyMatch(s -> s.op() instanceof LensOp.Hoist h && h.name().equals(name));
    }

    private String at(String name) {
        return path + name;
    }

    private static Type.ObjectType apply(Type.ObjectType t, LensOp op) {
        return (Type.ObjectType) SchemaTransform.apply(op, t, SchemaProblems.ignoring());
    }

    private static Type typeOf(Type.ObjectType t, String name) {
        return t.field(name).map(Field::type).orElse(new Type.AnyType());
    }

    private static boolean isObject(Type t) {
        return Type.nonNull(t) instanceof Type.ObjectType;
    }

    private static Type.ObjectType fields(Type t) {
        return Type.nonNull(t) instanceof Type.ObjectType o ? o : Type.ObjectType.empty();
    }

    private static List<JsonNode> objects(List<JsonNode> values) {
        return values.stream().map(v -> v != null && v.isObject() ? v : null).toList();
    }

    private static List<JsonNode> items(List<JsonNode> arrays) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode a : arrays) {
            if (a != null && a.isArray()) {
                a.forEach(out::add);
            }
        }
        return out;
    }
}
