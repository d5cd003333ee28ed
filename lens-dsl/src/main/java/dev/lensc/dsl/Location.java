package dev.lensc.dsl;

import java.util.Objects;

/** A place in a source file: 1-based line and column. */
public record Location(String file, int line, int column) implements Comparable<Location> {
    public Location {
        Objects.requireNonNull(file, "file");
    }

    public static Location start(String file) {
        return new Location(file, 1, 1);
    }

    @Override
    public int compareTo(Location o) {
        int c = file.compareTo(o.file);
        if (c != 0) {
            return c;
        }
        c = Integer.compare(line, o.line);
        return c != 0 ? c : Integer.compare(column, o.column);
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
