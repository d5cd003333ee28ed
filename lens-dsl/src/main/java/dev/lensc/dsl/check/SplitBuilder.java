package dev.lensc.dsl.check;

import dev.lensc.dsl.DiagnosticCode;
import dev.lensc.dsl.Diagnostics;
import dev.lensc.dsl.Location;
import dev.lensc.dsl.ast.Name;
import dev.lensc.dsl.ast.OpNode;
import dev.lensc.runtime.lens.LensOp;
import dev.lensc.runtime.lens.Splitting;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A written {@code split} or {@code merge} to a runtime op, with the checks of its rule: parts named
 * once, a separator that is not empty, a regex that compiles with one group per part, a format
 * whose placeholders name every part and nothing else, and an else rule that names parts once and
 * takes the whole text from the op's own field. Each problem is placed where it is written; the op
 * is left out (null) when its rule has any.
 */
final class SplitBuilder {
    private static final String DEFAULT_SEPARATOR = " ";

    private final Diagnostics diagnostics;
    private boolean failed;

    SplitBuilder(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    LensOp.Split split(OpNode.SplitOp s) {
        List<Splitting.Part> parts = parts(s.parts());
        Splitting splitting = splitting(s.rule(), s.parts(), s.name(), s.location());
        return failed ? null : new LensOp.Split(s.name().text(), parts, splitting);
    }

    LensOp.Merge merge(OpNode.MergeOp m) {
        List<Splitting.Part> parts = parts(m.parts());
        Splitting splitting = splitting(m.rule(), m.parts(), m.name(), m.location());
        return failed ? null : new LensOp.Merge(parts, m.name().text(), splitting);
    }

    private List<Splitting.Part> parts(List<OpNode.SplitPart> written) {
        List<Splitting.Part> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (OpNode.SplitPart p : written) {
            if (!seen.add(p.name().text())) {
                error(p.name().location(), DiagnosticCode.SPLIT_PARTS, "the part '" + p.name().text() + "' is named twice",
                        "give every part its own field name");
            }
            out.add(new Splitting.Part(p.name().text(), p.missing() == null ? "" : p.missing()));
        }
        return out;
    }

    private Splitting splitting(OpNode.SplitRule rule, List<OpNode.SplitPart> parts, Name field, Location op) {
        if (rule == null) {
            return new Splitting.Separator(DEFAULT_SEPARATOR);
        }
        if (rule.regex() == null) {
            if (rule.format() != null) {
                error(rule.formatLocation(), DiagnosticCode.SPLIT_FORMAT, "a format belongs to a pattern split",
                        "write the pattern as 'by /regex/', or leave the format out: parts are joined by the separator");
            }
            if (rule.elseRule() != null) {
                error(rule.location(), DiagnosticCode.SPLIT_ELSE, "an else rule belongs to a pattern split: every text"
                        + " has parts at a separator", "leave the else rule out");
            }
            if (rule.separator() == null || rule.separator().isEmpty()) {
                error(rule.location(), DiagnosticCode.SPLIT_PARTS, "the separator is empty", "write the text between"
                        + " the parts, e.g. by \" \"");
                return null;
            }
            return new Splitting.Separator(rule.separator());
        }
        Pattern compiled;
        try {
            compiled = Pattern.compile(rule.regex());
        } catch (PatternSyntaxException e) {
            error(rule.regexLocation(), DiagnosticCode.INVALID_REGEX, "invalid regex /" + rule.regex() + "/: "
                    + e.getDescription() + (e.getIndex() >= 0 ? " at index " + e.getIndex() : ""), null);
            return null;
        }
        int groups = compiled.matcher("").groupCount();
        if (groups != parts.size()) {
            error(rule.regexLocation(), DiagnosticCode.SPLIT_PARTS, "the pattern has " + count(groups, "group") + ", but "
                    + "the op names " + count(parts.size(), "part"), "write one capturing group '(...)' per part, in"
                    + " order (use '(?:...)' for groups that are not parts)");
        }
        if (rule.format() == null) {
            error(rule.regexLocation(), DiagnosticCode.SPLIT_FORMAT, "a pattern split needs a format to write the"
                    + " parts back", "add format \"" + placeholders(parts) + "\"");
            return null;
        }
        checkFormat(rule, parts);
        List<Splitting.ElseValue> elseRule = rule.elseRule() == null ? null : elseRule(rule.elseRule(), parts, field);
        return failed ? null : new Splitting.Pattern(rule.regex(), rule.format(), elseRule);
    }

    private void checkFormat(OpNode.SplitRule rule, List<OpNode.SplitPart> parts) {
        List<Splitting.FormatPiece> pieces;
        try {
            pieces = Splitting.FormatPiece.parse(rule.format());
        } catch (IllegalArgumentException e) {
            error(rule.formatLocation(), DiagnosticCode.SPLIT_FORMAT, "the format " + quoted(rule.format()) + " is"
                    + " invalid: " + e.getMessage(), null);
            return;
        }
        Set<String> names = new HashSet<>();
        parts.forEach(p -> names.add(p.name().text()));
        Set<String> used = new HashSet<>();
        for (Splitting.FormatPiece piece : pieces) {
            if (piece.placeholder() && !names.contains(piece.text())) {
                error(rule.formatLocation(), DiagnosticCode.SPLIT_FORMAT, "the format's placeholder {" + piece.text()
                        + "} names no part (parts: " + String.join(", ", partNames(parts)) + ")",
                        dev.lensc.runtime.schema.Hints.didYouMean(piece.text(), partNames(parts)));
            }
            if (piece.placeholder()) {
                used.add(piece.text());
            }
        }
        for (String name : partNames(parts)) {
            if (!used.contains(name)) {
                error(rule.formatLocation(), DiagnosticCode.SPLIT_FORMAT, "the format leaves out the part '" + name
                        + "': its value would be lost going back", "write {" + name + "} where it goes in the text");
            }
        }
    }

    private List<Splitting.ElseValue> elseRule(List<OpNode.SplitElse> written, List<OpNode.SplitPart> parts, Name field) {
        Map<String, Splitting.ElseValue> values = new LinkedHashMap<>();
        List<String> names = partNames(parts);
        for (OpNode.SplitElse e : written) {
            String part = e.part().text();
            if (!names.contains(part)) {
                error(e.part().location(), DiagnosticCode.SPLIT_ELSE, "the else rule names no part '" + part + "' (parts: "
                        + String.join(", ", names) + ")", dev.lensc.runtime.schema.Hints.didYouMean(part, names));
                continue;
            }
            if (values.containsKey(part)) {
                error(e.part().location(), DiagnosticCode.SPLIT_ELSE, "the else rule gives '" + part + "' twice", null);
                continue;
            }
            if (e.source() != null && !e.source().text().equals(field.text())) {
                error(e.source().location(), DiagnosticCode.SPLIT_ELSE, "an else value is a string or the whole text '"
                        + field.text() + "', not '" + e.source().text() + "'", "write " + part + ": " + field.text()
                        + " for the text that did not match, or a string");
                continue;
            }
            values.put(part, e.source() != null ? Splitting.ElseValue.whole() : Splitting.ElseValue.of(e.literal()));
        }
        List<Splitting.ElseValue> out = new ArrayList<>();
        for (OpNode.SplitPart p : parts) {
            Splitting.ElseValue v = values.get(p.name().text());
            out.add(v != null ? v : Splitting.ElseValue.of(p.missing() == null ? "" : p.missing()));
        }
        return out;
    }

    private void error(Location at, DiagnosticCode code, String message, String hint) {
        failed = true;
        diagnostics.error(at, code, message, hint);
    }

    private static List<String> partNames(List<OpNode.SplitPart> parts) {
        return parts.stream().map(p -> p.name().text()).toList();
    }

    private static String placeholders(List<OpNode.SplitPart> parts) {
        return String.join(" ", partNames(parts).stream().map(n -> "{" + n + "}").toList());
    }

    private static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }

    private static String quoted(String text) {
        return com.fasterxml.jackson.databind.node.TextNode.valueOf(text).toString();
    }
}
