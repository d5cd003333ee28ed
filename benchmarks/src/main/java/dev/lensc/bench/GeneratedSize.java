package dev.lensc.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lines of a generated lenses class by family of members (a method's name without its trailing
 * number: {@code streamLevel12} counts as {@code streamLevel}; a pair method {@code v1ToV10} as
 * {@code vAToVB}; fields as {@code fields}), each member with the Javadoc and blank line before it,
 * to see what makes a class big.
 * Run: {@code java -cp benchmarks/target/benchmarks.jar dev.lensc.bench.GeneratedSize FILE.java...}
 */
public final class GeneratedSize {
    private static final Pattern METHOD = Pattern.compile("\\s([A-Za-z_$][\\w$]*)\\s*\\(");
    private static final Pattern PAIR = Pattern.compile("v\\d+ToV\\d+");

    private GeneratedSize() {}

    public static void main(String[] args) throws IOException {
        for (String file : args) {
            List<String> lines = Files.readAllLines(Path.of(file));
            Map<String, int[]> families = families(lines);
            System.out.printf("%s: %d lines%n", file, lines.size());
            families.entrySet().stream().sorted((a, b) -> b.getValue()[0] - a.getValue()[0])
                    .forEach(e -> System.out.printf("  %-24s %6d lines in %4d members%n", e.getKey(),
                            e.getValue()[0], e.getValue()[1]));
        }
    }

    /** Lines and member count per family; what lies outside the class body counts as {@code (class)}. */
    static Map<String, int[]> families(List<String> lines) {
        Map<String, int[]> families = new TreeMap<>();
        int depth = 0;
        int memberStart = -1;
        boolean inComment = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int before = depth;
            boolean inString = false;
            for (int c = 0; c < line.length(); c++) {
                char ch = line.charAt(c);
                if (inComment) {
                    if (line.startsWith("*/", c)) {
                        inComment = false;
                        c++;
                    }
                } else if (inString) {
                    if (ch == '\\') {
                        c++;
                    } else if (ch == '"') {
                        inString = false;
                    }
                } else if (line.startsWith("/*", c)) {
                    inComment = true;
                    c++;
                } else if (line.startsWith("//", c)) {
                    break;
                } else if (ch == '"') {
                    inString = true;
                } else if (ch == '\'') {
                    c += line.charAt(c + 1) == '\\' ? 3 : 2;
                } else if (ch == '{') {
                    depth++;
                } else if (ch == '}') {
                    depth--;
                }
            }
            if (before == 1 && memberStart < 0 && !line.isBlank()) {
                memberStart = i;
            }
            boolean memberEnds = before >= 1 && depth == 1 && !inComment
                    && (before > 1 || line.trim().endsWith(";"));
            if (memberEnds) {
                String declaration = String.join(" ", lines.subList(memberStart, i + 1));
                count(families, family(declaration), i + 1 - memberStart + 1);
                memberStart = -1;
            }
        }
        int inMembers = families.values().stream().mapToInt(f -> f[0]).sum();
        families.put("(class)", new int[] {lines.size() - inMembers, 1});
        return families;
    }

    private static void count(Map<String, int[]> families, String family, int lines) {
        int[] f = families.computeIfAbsent(family, k -> new int[2]);
        f[0] += lines;
        f[1]++;
    }

    /** The family of the member declared by {@code text} (its Javadoc, annotations and body). */
    private static String family(String text) {
        String code = text.replaceAll("/\\*.*?\\*/", " ").trim();
        int brace = code.indexOf('{');
        int equals = code.indexOf('=');
        String head = brace < 0 ? code : code.substring(0, brace);
        if (equals >= 0 && (brace < 0 || equals < brace)) {
            return "fields";
        }
        if (head.matches(".*\\b(class|interface|record|enum)\\b.*")) {
            return "nested types";
        }
        Matcher m = METHOD.matcher(" " + head);
        if (!m.find()) {
            return "fields";
        }
        String name = m.group(1);
        return PAIR.matcher(name).matches() ? "vAToVB" : name.replaceAll("\\d+$", "");
    }
}
