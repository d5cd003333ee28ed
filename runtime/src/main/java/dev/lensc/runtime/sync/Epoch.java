package dev.lensc.runtime.sync;

import java.util.List;

/** {@code epoch N { rules }}: rules in force on a replica whose current epoch is N or later. */
public record Epoch(int number, List<WriteRule> rules) {
    public Epoch {
        rules = List.copyOf(rules);
    }
}
