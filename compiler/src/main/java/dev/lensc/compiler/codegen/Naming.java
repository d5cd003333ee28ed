package dev.lensc.compiler.codegen;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Java names for schema names. Every identifier in generated code comes through here, so hostile
 * names ({@code class}, {@code $ref}, {@code a"b}, {@code _}, names that collide after camel-casing,
 * {@code hashCode}) are handled once. JSON names themselves are never changed: they reach the
 * generated code as string literals, escaped by JavaPoet.
 */
final class Naming {
    private static final Set<String> RESERVED = Set.of(
            "abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class", "const",
            "continue", "default", "do", "double", "else", "enum", "extends", "final", "finally", "float",
            "for", "goto", "if", "implements", "import", "instanceof", "int", "interface", "long", "native",
            "new", "package", "private", "protected", "public", "return", "short", "static", "strictfp",
            "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try", "void",
            "volatile", "while", "true", "false", "null", "_",
            // contextual keywords that cannot name a type or be called unqualified
            "var", "yield", "record", "sealed", "permits", "non-sealed",
            // a record component cannot be named like one of Object's methods
            "clone", "finalize", "getClass", "hashCode", "notify", "notifyAll", "toString", "wait", "equals",
            // ... or like the static and instance methods lensc gives every record
            "builder", "toBuilder");

    private Naming() {}

    /** {@code created_at}, {@code created-at}, {@code $createdAt} → {@code createdAt}. */
    static String member(String name) {
        return safe(camel(words(name), false), "field");
    }

    /**
     * {@code todo-item} → {@code TodoItem}; {@code 日付} → {@code T日付}, {@code 1st} → {@code T_1st}.
     * A type name always starts with an upper-case letter: {@link #member} never gives one that
     * does, and a nested type named like a component of its record would be read as the component.
     */
    static String type(String name) {
        String type = safe(camel(words(name), true), "Type");
        return Character.isUpperCase(type.codePointAt(0)) ? type : "T" + type;
    }

    /** {@code in-progress} → {@code IN_PROGRESS}; the empty string → {@code EMPTY}. */
    static String constant(String name) {
        if (name.isEmpty()) {
            return "EMPTY";
        }
        List<String> words = words(name);
        List<String> upper = new ArrayList<>();
        for (String w : words) {
            upper.add(w.toUpperCase(Locale.ROOT));
        }
        return safe(String.join("_", upper), "VALUE");
    }

    /** {@code 3} → {@code V3}, {@code -1} → {@code Vm1}. */
    static String version(int version) {
        return version < 0 ? "Vm" + (-version) : "V" + version;
    }

    /**
     * Distinct Java names for distinct names of one scope, in order, except that a name which is
     * already its own Java name gets it first: {@code createdAt} keeps {@code createdAt} and
     * {@code created_at} becomes {@code createdAt2}, whichever comes first.
     */
    static Map<String, String> allocate(Collection<String> names, UnaryOperator<String> javaName) {
        Scope scope = new Scope();
        Map<String, String> out = new LinkedHashMap<>();
        for (String name : names) {
            if (javaName.apply(name).equals(name)) {
                out.put(name, scope.allocate(name));
            }
        }
        for (String name : names) {
            out.computeIfAbsent(name, n -> scope.allocate(javaName.apply(n)));
        }
        return out;
    }

    /** Names handed out in one scope, each distinct: the second {@code a} becomes {@code a2}. */
    static final class Scope {
        private final Set<String> taken = new HashSet<>();

        Scope(String... reserved) {
            for (String r : reserved) {
                taken.add(r);
            }
        }

        String allocate(String candidate) {
            String name = candidate;
            for (int i = 2; !taken.add(name); i++) {
                name = candidate + i;
            }
            return name;
        }
    }

    /** Splits at anything that is not a letter or digit, and keeps existing camel humps. */
    private static List<String> words(String name) {
        List<String> words = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        name.codePoints().forEach(cp -> {
            if (Character.isLetterOrDigit(cp) && Character.isJavaIdentifierPart(cp)) {
                current.appendCodePoint(cp);
            } else if (current.length() > 0) {
                words.add(current.toString());
                current.setLength(0);
            }
        });
        if (current.length() > 0) {
            words.add(current.toString());
        }
        return words;
    }

    private static String camel(List<String> words, boolean upperFirst) {
        StringBuilder sb = new StringBuilder();
        for (String w : words) {
            boolean first = sb.length() == 0;
            int cp = w.codePointAt(0);
            int head = first && !upperFirst ? Character.toLowerCase(cp) : Character.toUpperCase(cp);
            sb.appendCodePoint(head).append(w.substring(Character.charCount(cp)));
        }
        return sb.toString();
    }

    private static String safe(String name, String fallback) {
        if (name.isEmpty()) {
            return fallback;
        }
        if (!Character.isJavaIdentifierStart(name.codePointAt(0))) {
            name = "_" + name;
        }
        return RESERVED.contains(name) ? name + "_" : name;
    }
}
