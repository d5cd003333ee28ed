package dev.lensc.runtime.laws;

import dev.lensc.runtime.gen.GeneratorSettings;

/** How hard to look for counterexamples: the seed, tries per law, and document bounds. */
public record LawSettings(long seed, int tries, GeneratorSettings generator) {
    /** The seed when none is given (lensc check, lens:check): fixed, so every run checks the same documents. */
    public static final long DEFAULT_SEED = 20240501L;

    public LawSettings {
        if (tries < 1) {
            throw new IllegalArgumentException("tries must be at least 1");
        }
    }

    public static LawSettings of(long seed, int tries) {
        return new LawSettings(seed, tries, GeneratorSettings.defaults());
    }
}
