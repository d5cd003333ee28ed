package dev.lensc.runtime.stream;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;

/**
 * Moves one value from a parser to a generator, translated: a generated streaming method, or one
 * of the streams that run on data ({@link LevelStream}, {@link ConvertStream}, {@link TreeStream}).
 */
@FunctionalInterface
public interface ValueStream {
    /**
     * Reads the value at the parser's current token, writes its translation to {@code g} and
     * leaves the parser at the value's last token.
     *
     * @throws dev.lensc.runtime.lens.LensException where the value does not fit, or an op fails on it
     */
    void stream(JsonParser p, JsonGenerator g) throws IOException;
}
