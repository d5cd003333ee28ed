package dev.lensc.dsl.text;

import java.util.List;

/** Rows of cells written with each column as wide as its widest cell (convert tables). */
public final class Columns {
    private Columns() {}

    /** One line a row, each ending in a newline; the last cell is not padded. */
    public static String align(List<String[]> rows, String indent) {
        int columns = rows.stream().mapToInt(r -> r.length).max().orElse(0);
        int[] widths = new int[columns];
        for (String[] row : rows) {
            for (int i = 0; i < row.length - 1; i++) {
                widths[i] = Math.max(widths[i], row[i].codePointCount(0, row[i].length()));
            }
        }
        StringBuilder out = new StringBuilder();
        for (String[] row : rows) {
            out.append(indent).append(line(row, widths)).append('\n');
        }
        return out.toString();
    }

    public static String line(String[] row, int[] widths) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < row.length; i++) {
            out.append(row[i]);
            if (i < row.length - 1) {
                out.append(" ".repeat(widths[i] - row[i].codePointCount(0, row[i].length()) + 1));
            }
        }
        return out.toString();
    }
}
