package dev.lensc.compiler.cli;

import java.nio.file.Path;

/** A schema name made from a file name: {@code docs/todo-item-v1.json} gives {@code TodoItem}. */
final class SchemaNames {
    private SchemaNames() {}

    static String fromFile(String file) {
        Path name = Path.of(file).getFileName();
        String base = name == null ? "" : name.toString();
        base = base.replaceAll("(\\.[A-Za-z]+)+$", "").replaceAll("[-_.]?[vV]?\\d+$", "");
        StringBuilder out = new StringBuilder();
        for (String part : base.split("[^\\p{L}\\p{N}]+")) {
            if (!part.isEmpty()) {
                out.appendCodePoint(Character.toUpperCase(part.codePointAt(0)))
                        .append(part.substring(Character.charCount(part.codePointAt(0))));
            }
        }
        return out.isEmpty() || !Character.isLetter(out.codePointAt(0)) ? "Document" : out.toString();
    }
}
