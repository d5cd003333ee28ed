package dev.lensc.runtime.lens;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How {@code split} cuts a string into parts and {@code merge} joins them again: at a literal
 * separator, or by a pattern's groups one way and a format string the other. What the op does with
 * it lives in {@link Steps}; this is data.
 */
public sealed interface Splitting {

    /**
     * Fails (IllegalArgumentException) unless the rule can serve these parts: two or more, a
     * pattern's format placeholders naming parts, an else value per part.
     */
    default void requireFits(List<Part> parts) {
        if (parts.size() < 2) {
            throw new IllegalArgumentException("a split has two or more parts, not " + parts.size());
        }
        if (this instanceof Pattern p) {
            List<String> names = parts.stream().map(Part::name).toList();
            for (FormatPiece piece : p.pieces()) {
                if (piece.placeholder() && !names.contains(piece.text())) {
                    throw new IllegalArgumentException("the format's placeholder {" + piece.text() + "} names no part");
                }
            }
            if (p.elseRule() != null && p.elseRule().size() != parts.size()) {
                throw new IllegalArgumentException("the else rule has " + p.elseRule().size() + " values for "
                        + parts.size() + " parts");
            }
        }
    }

    /**
     * One part of a split: its field, and the value it takes when the text has no such part (the
     * second of {@code "Mary"}, a pattern group that took no part in the match).
     */
    record Part(String name, String missing) {
        public Part {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(missing, "missing");
        }

        public static List<Part> named(List<String> names) {
            return names.stream().map(n -> new Part(n, "")).toList();
        }
    }

    /**
     * {@code by "sep"}: the text is cut at the first occurrences of {@code separator}, the last part
     * taking the rest.
     */
    record Separator(String separator) implements Splitting {
        public Separator {
            Objects.requireNonNull(separator, "separator");
            if (separator.isEmpty()) {
                throw new IllegalArgumentException("the separator of a split is empty");
            }
        }
    }

    /**
     * {@code by /regex/ format "..." else -> ...}: the groups of a match of the whole text give the
     * parts; the format writes them back; a text the regex does not match takes the else rule (one
     * value per part), or fails when there is none ({@code elseRule} null).
     */
    record Pattern(String regex, String format, List<ElseValue> elseRule) implements Splitting {
        public Pattern {
            Objects.requireNonNull(regex, "regex");
            Objects.requireNonNull(format, "format");
            elseRule = elseRule == null ? null : List.copyOf(elseRule);
        }

        /** The format's pieces; fails (IllegalArgumentException) on a stray brace. */
        public List<FormatPiece> pieces() {
            return FormatPiece.parse(format);
        }
    }

    /** A part's value under an else rule: a literal, or the whole text that did not match. */
    record ElseValue(String literal) {
        private static final ElseValue WHOLE = new ElseValue(null);

        public static ElseValue whole() {
            return WHOLE;
        }

        public static ElseValue of(String literal) {
            return new ElseValue(Objects.requireNonNull(literal, "literal"));
        }

        public boolean isWhole() {
            return literal == null;
        }
    }

    /**
     * A piece of a format string: literal text, or a placeholder {@code {name}} naming a part.
     * {@code {{} and {@code }}} write a brace.
     */
    record FormatPiece(String text, boolean placeholder) {
        public static List<FormatPiece> parse(String format) {
            List<FormatPiece> out = new ArrayList<>();
            StringBuilder literal = new StringBuilder();
            int i = 0;
            while (i < format.length()) {
                char c = format.charAt(i);
                if ((c == '{' || c == '}') && i + 1 < format.length() && format.charAt(i + 1) == c) {
                    literal.append(c);
                    i += 2;
                } else if (c == '{') {
                    int end = format.indexOf('}', i);
                    if (end < 0) {
                        throw new IllegalArgumentException("'{' at " + i + " has no closing '}' (write '{{' for a brace)");
                    }
                    if (literal.length() > 0) {
                        out.add(new FormatPiece(literal.toString(), false));
                        literal.setLength(0);
                    }
                    out.add(new FormatPiece(format.substring(i + 1, end), true));
                    i = end + 1;
                } else if (c == '}') {
                    throw new IllegalArgumentException("'}' at " + i + " closes no placeholder (write '}}' for a brace)");
                } else {
                    literal.append(c);
                    i++;
                }
            }
            if (literal.length() > 0) {
                out.add(new FormatPiece(literal.toString(), false));
            }
            return List.copyOf(out);
        }
    }
}
