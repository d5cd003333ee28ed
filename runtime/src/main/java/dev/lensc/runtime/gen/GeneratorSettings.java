package dev.lensc.runtime.gen;

/**
 * Bounds for generated documents.
 *
 * @param maxArrayItems the most items of a generated array (and entries of a map)
 * @param maxStringLength the most characters of a generated string
 * @param nullPercent how often a nullable value is null, in percent
 * @param maxDepth how deep untyped ({@code any}) values nest
 */
public record GeneratorSettings(int maxArrayItems, int maxStringLength, int nullPercent, int maxDepth) {
    public GeneratorSettings {
        if (maxArrayItems < 0 || maxStringLength < 0 || nullPercent < 0 || nullPercent > 100 || maxDepth < 0) {
            throw new IllegalArgumentException("bounds must be non-negative and nullPercent at most 100");
        }
    }

    public static GeneratorSettings defaults() {
        return new GeneratorSettings(4, 8, 25, 2);
    }
}
