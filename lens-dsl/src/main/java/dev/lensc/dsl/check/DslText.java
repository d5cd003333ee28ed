package dev.lensc.dsl.check;

import dev.lensc.dsl.text.LensText;

/** Names as a {@code .lens} file must write them: plain when possible, quoted otherwise. */
final class DslText {
    private DslText() {}

    static String name(String name) {
        return LensText.name(name);
    }
}
