package dev.lensc.compiler.cli;

import java.util.Map;
import java.util.Set;

/**
 * What a command accepts: {@code --name VALUE} options, {@code --flag}s, and one-letter aliases
 * ({@code -d} for {@code --output}). {@code --help} and {@code -h} come with every command.
 *
 * @param withValue option names (without {@code --}) that take a value
 * @param flags option names that take none
 * @param aliases short forms ({@code "-d"}) to the option names they stand for
 */
record Options(Set<String> withValue, Set<String> flags, Map<String, String> aliases) {
    Options {
        withValue = Set.copyOf(withValue);
        flags = Set.copyOf(flags);
        aliases = Map.copyOf(aliases);
    }

    static Options of(Set<String> withValue, Set<String> flags) {
        return new Options(withValue, flags, Map.of());
    }
}
