package dev.lensc.runtime.laws;

import dev.lensc.runtime.json.JsonValues;
import dev.lensc.runtime.lens.Derivation;
import dev.lensc.runtime.lens.LensOp;
import dev.lensc.runtime.lens.LensOp.Add;
import dev.lensc.runtime.lens.LensOp.Convert;
import dev.lensc.runtime.lens.LensOp.Custom;
import dev.lensc.runtime.lens.LensOp.Head;
import dev.lensc.runtime.lens.LensOp.Hoist;
import dev.lensc.runtime.lens.LensOp.In;
import dev.lensc.runtime.lens.LensOp.Map;
import dev.lensc.runtime.lens.LensOp.Plunge;
import dev.lensc.runtime.lens.LensOp.Remove;
import dev.lensc.runtime.lens.LensOp.Rename;
import dev.lensc.runtime.lens.LensOp.Wrap;
import dev.lensc.runtime.lens.SchemaProblems;
import dev.lensc.runtime.lens.SchemaTransform;
import dev.lensc.runtime.lens.Splitting;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.lensc.runtime.lens.ValueMapping;
import dev.lensc.runtime.schema.Field;
import dev.lensc.runtime.schema.Type;
import dev.lensc.runtime.schema.Type.ObjectType;
import dev.lensc.runtime.schema.Types;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which laws a chain of ops cannot keep, found from the ops and the schema alone. The view-side
 * laws fail where the target version can say more than the source version can hold; GetPut holds
 * for built-in ops but for a plunge into a host that may be null or absent (and a convert whose
 * values do not all fit its target).
 */
public final class LossAnalysis {
    private static final Set<Law> VIEW_LAWS = EnumSet.of(Law.PUT_GET, Law.CREATE_GET);

    private LossAnalysis() {}

    /** The losses of ops on {@code source}; derives the schemas first (callers holding a derivation pass it). */
    public static List<Loss> losses(List<LensOp> ops, Type source) {
        return losses(SchemaTransform.derive(ops, source, SchemaProblems.ignoring()));
    }

    /** The losses of each op of a derivation, on the type it runs on (nested ops included). */
    public static List<Loss> losses(Derivation derivation) {
        List<Loss> out = new ArrayList<>();
        for (Derivation.Step step : derivation.steps()) {
            out.addAll(losses(step));
        }
        return out;
    }

    /** The losses of one op on the type it runs on, with those of the ops nested in it. */
    public static List<Loss> losses(Derivation.Step step) {
        List<Loss> out = new ArrayList<>();
        analyse(step, out);
        return out;
    }

    public static Set<Law> lawsBroken(List<Loss> losses) {
        Set<Law> laws = new HashSet<>();
        losses.forEach(l -> laws.addAll(l.laws()));
        return laws;
    }

    private static void analyse(Derivation.Step step, List<Loss> out) {
        Type in = step.before();
        step.op().accept(new LensOp.Visitor<Void>() {
            public Void rename(Rename r) { return null; }
            public Void add(Add a) {
                out.add(new Loss(a, VIEW_LAWS, "'" + a.name() + "' exists only in the newer version: a value other than"
                        + " the default survives the trip down only when the newer document is the base going up", true));
                return null;
            }
            public Void remove(Remove r) { return null; }
            public Void hoist(Hoist h) {
                field(in, h.host()).filter(f -> f.type().isNullable()).ifPresent(f -> out.add(new Loss(h,
                        EnumSet.of(Law.PUT_GET_BASE, Law.PUT_GET, Law.CREATE_GET),
                        "'" + h.host() + "' may be null, yet the newer version may still give '" + h.name() + "' a value")));
                field(in, h.host()).filter(f -> !f.type().isNullable() && f.optional()).ifPresent(f -> {
                    boolean innerRequired = Type.nonNull(f.type()) instanceof ObjectType o
                            && o.field(h.name()).map(Field::required).orElse(false);
                    out.add(othersRequired(f, h.name()) || innerRequired
                            ? new Loss(h, EnumSet.of(Law.PUT_GET_BASE, Law.PUT_GET, Law.CREATE_GET), "'" + h.host()
                                    + "' may be absent, so '" + h.name() + "' may be too: going back, a value of '"
                                    + h.name() + "' goes into a host without the host's required fields, and a host"
                                    + " without '" + h.name() + "' lacks a required field")
                            : new Loss(h, VIEW_LAWS, "'" + h.host() + "' may be absent, yet the newer version may"
                                    + " still give '" + h.name() + "' a value: going back it needs a host, which"
                                    + " comes back up as an empty '" + h.host() + "'"));
                });
                return null;
            }
            public Void plunge(Plunge p) {
                boolean nullableField = field(in, p.name()).map(f -> f.type().isNullable()).orElse(false);
                field(in, p.host()).filter(f -> f.type().isNullable()).ifPresent(f -> out.add(new Loss(p,
                        nullableField ? EnumSet.of(Law.GET_PUT, Law.PUT_GET, Law.CREATE_GET) : EnumSet.allOf(Law.class), "'" + p.host() + "' may be null: a value of '" + p.name()
                                + "' then goes into a new host that lacks the host's other fields, and a host"
                                + " holding only a null '" + p.name() + "' goes back as a null host")));
                field(in, p.host()).filter(f -> !f.type().isNullable() && f.optional() && othersRequired(f, p.name()))
                        .ifPresent(f -> out.add(new Loss(p, EnumSet.allOf(Law.class), "'" + p.host()
                                + "' may be absent: a value of '" + p.name() + "' then goes into a new host that lacks"
                                + " the host's required fields")));
                boolean requiredField = field(in, p.name()).map(Field::required).orElse(false);
                field(in, p.host()).filter(f -> f.optional() && requiredField
                        && (f.type().isNullable() || !othersRequired(f, p.name()))).ifPresent(f -> out.add(new Loss(p,
                                EnumSet.of(Law.PUT_GET_BASE, Law.PUT_GET, Law.CREATE_GET), "'" + p.host()
                                + "' may be absent in the newer version, and with it '" + p.name() + "', which the older"
                                + " version requires")));
                return null;
            }
            public Void wrap(Wrap w) {
                out.add(new Loss(w, VIEW_LAWS, "an array of more than one item keeps only its first going back"));
                field(in, w.name()).filter(f -> !f.type().isNullable()).ifPresent(f -> out.add(new Loss(w,
                        EnumSet.of(Law.PUT_GET_BASE, Law.PUT_GET, Law.CREATE_GET),
                        "'" + w.name() + "' is not nullable, but an empty array becomes null going back")));
                return null;
            }
            public Void head(Head h) { return null; }
            public Void in(In i) {
                step.inner().ifPresent(d -> out.addAll(losses(d)));
                return null;
            }
            public Void map(Map m) {
                step.inner().ifPresent(d -> out.addAll(losses(d)));
                return null;
            }
            public Void convert(Convert c) {
                for (ValueMapping m : c.table()) {
                    if (!m.forwards()) {
                        out.add(new Loss(c, VIEW_LAWS, "the one-way entry " + m.from() + " <- " + m.to()
                                + " brings " + m.to() + " back as " + m.from() + ", which goes up as something else", true));
                    }
                }
                if (c.table().isEmpty() && c.fromType() != null && c.toType() != null
                        && !Types.assignable(c.fromType(), c.toType())) {
                    out.add(new Loss(c, EnumSet.allOf(Law.class), Types.display(c.fromType())
                            + " values do not all fit " + Types.display(c.toType())));
                }
                if (c.toType() instanceof Type.EnumType e && c.backwardFallback() == null) {
                    for (String v : e.values()) {
                        boolean back = c.table().stream().anyMatch(m -> m.backwards() && m.to().isTextual()
                                && m.to().textValue().equals(v));
                        if (!back) {
                            out.add(new Loss(c, EnumSet.of(Law.PUT_GET_BASE, Law.PUT_GET, Law.CREATE_GET),
                                    "\"" + v + "\" has no entry going back"));
                        }
                    }
                }
                if (c.table().isEmpty() && c.fromType() != null && c.toType() != null
                        && !Types.assignable(c.toType(), c.fromType())) {
                    out.add(new Loss(c, EnumSet.of(Law.PUT_GET_BASE, Law.PUT_GET, Law.CREATE_GET),
                            Types.display(c.toType()) + " values do not all fit "
                            + Types.display(c.fromType()) + " going back"));
                }
                for (int i = 0; i < c.table().size(); i++) {
                    ValueMapping m = c.table().get(i);
                    for (ValueMapping earlier : c.table().subList(0, i)) {
                        if (m.forwards() && earlier.forwards() && JsonValues.equal(m.from(), earlier.from())
                                && !JsonValues.equal(m.to(), earlier.to()) && m.backwards()) {
                            out.add(new Loss(c, VIEW_LAWS, m.from() + " goes up as " + earlier.to() + ", so "
                                    + m.to() + " does not come back as itself"));
                        }
                    }
                }
                if (c.backwardFallback() != null) {
                    out.add(new Loss(c, VIEW_LAWS, "values without an entry go back as the fallback "
                            + c.backwardFallback(), true));
                }
                return null;
            }
            public Void custom(Custom c) {
                // the lens's own declaration, for the direction it runs in
                (c.reversed() ? c.lens().lossesGoingBack() : c.lens().losses())
                        .forEach((law, why) -> out.add(new Loss(c, EnumSet.of(law), why, true)));
                return null;
            }
            public Void split(LensOp.Split s) {
                out.addAll(splitLosses(s, s.parts(), s.splitting(), field(in, s.name()).map(Field::optional).orElse(false)));
                return null;
            }
            public Void merge(LensOp.Merge m) {
                out.addAll(mergeLosses(m, m.parts(), m.splitting()));
                return null;
            }
        });
    }

    /**
     * A split cannot keep every edit of its parts: one (not the last) holding the separator is cut
     * there going up again; a pattern's format may write parts as text the pattern reads otherwise,
     * and a text it does not match cannot go up at all without an else rule. Where the field may be
     * absent, a part absent beside a present one comes back as its missing value.
     */
    private static List<Loss> splitLosses(LensOp op, List<Splitting.Part> parts, Splitting splitting, boolean optional) {
        List<Loss> out = new ArrayList<>();
        if (splitting instanceof Splitting.Separator s) {
            out.add(new Loss(op, VIEW_LAWS, "a part other than the last that holds the separator "
                    + JsonValues.brief(TextNode.valueOf(s.separator())) + " is cut there going up again"));
        } else {
            Splitting.Pattern p = (Splitting.Pattern) splitting;
            out.add(new Loss(op, VIEW_LAWS, "the format " + JsonValues.brief(TextNode.valueOf(p.format()))
                    + " may write parts as text that /" + p.regex() + "/ reads as other parts (or does not match)"));
            if (p.elseRule() == null) {
                out.add(new Loss(op, EnumSet.of(Law.GET_PUT, Law.PUT_GET, Law.CREATE_GET), "a text /" + p.regex()
                        + "/ does not match cannot go up: the split has no else rule"));
            }
        }
        if (optional) {
            out.add(new Loss(op, VIEW_LAWS, "the parts may be absent: one absent beside a present one comes back"
                    + " as its missing value"));
        }
        return out;
    }

    /**
     * A merge cannot keep every text: a last part that is empty or at its missing value is left out
     * going back up ({@code "Mary "} comes back as {@code "Mary"}); a pattern's text comes back as its
     * format writes the parts, and a text the pattern does not match cannot go down without an else rule.
     */
    private static List<Loss> mergeLosses(LensOp op, List<Splitting.Part> parts, Splitting splitting) {
        List<Loss> out = new ArrayList<>();
        if (splitting instanceof Splitting.Separator s) {
            String missing = parts.get(parts.size() - 1).missing();
            out.add(new Loss(op, VIEW_LAWS, "a text whose last part is " + (missing.isEmpty() ? "empty"
                    : "empty or " + JsonValues.brief(TextNode.valueOf(missing))) + " (one ending in the separator "
                    + JsonValues.brief(TextNode.valueOf(s.separator())) + ") comes back without it"));
        } else {
            Splitting.Pattern p = (Splitting.Pattern) splitting;
            if (!formatWritesMatchesBack(p, parts)) {
                out.add(new Loss(op, VIEW_LAWS, "a text /" + p.regex() + "/ matches comes back as the format "
                        + JsonValues.brief(TextNode.valueOf(p.format())) + " writes its parts, which may differ"));
            }
            if (p.elseRule() != null && p.elseRule().stream().noneMatch(Splitting.ElseValue::isWhole)) {
                out.add(new Loss(op, VIEW_LAWS, "a text /" + p.regex() + "/ does not match goes down as the else"
                        + " rule's values, none of which keeps the text"));
            } else if (p.elseRule() != null && !elseImagesAreNoMatches(p)) {
                out.add(new Loss(op, VIEW_LAWS, "a text /" + p.regex() + "/ does not match may go down as parts that"
                        + " the format writes as a text it matches (give a part a literal else value its group cannot"
                        + " match, as area: \"\" for (\\d+))"));
            }
            if (p.elseRule() == null) {
                out.add(new Loss(op, EnumSet.of(Law.PUT_GET_BASE, Law.PUT_GET, Law.CREATE_GET), "a text /" + p.regex()
                        + "/ does not match cannot go back: the merge has no else rule"));
            }
        }
        return out;
    }

    /**
     * Whether the format writes every text the pattern matches back as it was: the pattern is
     * literal text and plain capturing groups (optionally anchored), and the format is the same
     * literal text with the parts, in group order, in the groups' places.
     */
    static boolean formatWritesMatchesBack(Splitting.Pattern p, List<Splitting.Part> parts) {
        List<List<String>> skeleton = skeleton(p.regex());
        if (skeleton == null || skeleton.get(1).size() != parts.size()) {
            return false;
        }
        List<String> formatLiterals = new ArrayList<>();
        List<String> placeholders = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        for (Splitting.FormatPiece piece : p.pieces()) {
            if (piece.placeholder()) {
                formatLiterals.add(literal.toString());
                literal.setLength(0);
                placeholders.add(piece.text());
            } else {
                literal.append(piece.text());
            }
        }
        formatLiterals.add(literal.toString());
        return skeleton.get(0).equals(formatLiterals)
                && placeholders.equals(parts.stream().map(Splitting.Part::name).toList());
    }

    /**
     * Whether no text the pattern does not match goes down as parts a match gives too: some part's
     * literal else value is one its group (of a plain pattern, see {@link #skeleton}) cannot match.
     */
    static boolean elseImagesAreNoMatches(Splitting.Pattern p) {
        List<List<String>> skeleton = skeleton(p.regex());
        if (skeleton == null) {
            return false;
        }
        List<String> groups = skeleton.get(1);
        for (int i = 0; i < Math.min(groups.size(), p.elseRule().size()); i++) {
            Splitting.ElseValue e = p.elseRule().get(i);
            if (!e.isWhole() && !java.util.regex.Pattern.matches(groups.get(i), e.literal())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A pattern of literal text and plain capturing groups (optionally anchored) as its literal
     * pieces (item 0, one more than groups) and its groups' regexes (item 1); null for any other.
     */
    private static List<List<String>> skeleton(String regex) {
        List<String> literals = new ArrayList<>();
        List<String> groupRegexes = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int i = regex.startsWith("^") ? 1 : 0;
        int end = regex.endsWith("$") && !regex.endsWith("\\$") ? regex.length() - 1 : regex.length();
        while (i < end) {
            char c = regex.charAt(i);
            if (c == '\\' && i + 1 < end && !Character.isLetterOrDigit(regex.charAt(i + 1))) {
                literal.append(regex.charAt(i + 1));
                i += 2;
            } else if (c == '(' && (i + 1 >= end || regex.charAt(i + 1) != '?')) {
                int close = groupEnd(regex, i, end);
                if (close < 0) {
                    return null;
                }
                literals.add(literal.toString());
                literal.setLength(0);
                groupRegexes.add(regex.substring(i + 1, close));
                i = close + 1;
            } else if ("\\.[]{}()*+?|^$".indexOf(c) >= 0) {
                return null;
            } else {
                literal.append(c);
                i++;
            }
        }
        literals.add(literal.toString());
        return List.of(literals, groupRegexes);
    }

    /** The index of the ')' closing the group opened at {@code open}, or -1 when it holds another group. */
    private static int groupEnd(String regex, int open, int end) {
        boolean inClass = false;
        for (int i = open + 1; i < end; i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                return -1;
            } else if (c == ')') {
                return i;
            }
        }
        return -1;
    }

    /** Whether the object host has required fields other than {@code name}. */
    private static boolean othersRequired(Field host, String name) {
        return Type.nonNull(host.type()) instanceof ObjectType o
                && o.fields().stream().anyMatch(f -> f.required() && !f.name().equals(name));
    }

    private static Optional<Field> field(Type in, String name) {
        return Type.nonNull(in) instanceof ObjectType o ? o.field(name) : Optional.empty();
    }
}
