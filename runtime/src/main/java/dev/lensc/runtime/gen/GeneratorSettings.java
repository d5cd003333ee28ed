package dev.lensc.runtime.gen;

/**
 * Bounds for generated documents.
 *
 * @param maxArrayItems the most items of a generated array (and entries of a map)
 * @param maxStringLength the most characters of a generated string
 * @param nullPercent how often a nullable value is null, in percent
 * @param maxDepth how deep untyped ({@code any}) values nest
 * @param absentPercent how often an optional field is left out, in percent (stored documents are
 *     sparse: the field a writer did not know, the default nobody wrote)
 */
public record GeneratorSettings(int maxArrayItems, int maxStringLength, int nullPercent, int maxDepth,
        int absentPercent) {
    public GeneratorSettings {
        if (maxArrayItems < 0 || maxStringLength < 0 || maxDepth < 0 || !percent(nullPercent) || !percent(absentPercent)) {
            throw new IllegalArgumentException("bounds must be non-negative and percentages between 0 and 100");
        }
    }

    /** Every optional field written: the dense documents of generators before absence was modelled. */
    public GeneratorSettings(int maxArrayItems, int maxStringLength, int nullPercent, int maxDepth) {
        this(maxArrayItems, maxStringLength, nullPercent, maxDepth, 0);
    }

    /** Sparse documents: a third of the optional fields are left out. */
    public static GeneratorSettings defaults() {
        return new GeneratorSettings(4, 8, 25, 2, 33);
    }

    private static boolean percent(int p) {
        return p >= 0 && p <= 100;
    }
}
