package dev.lensc.dsl.check;

import com.fasterxml.jackson.databind.node.TextNode;

/** Names as a {@code .lens} file must write them: plain when possible, quoted otherwise. */
final class DslText {
    private DslText() {}

    static String name(String name) {
        return plain(name) ? name : new TextNode(name).toString();
    }

    // keywords are plain names too: the grammar accepts them wherever a name is expected
    private static boolean plain(String name) {
        if (name.isEmpty()) {
            return false;
        }
        int first = name.codePointAt(0);
        if (!Character.isLetter(first) && first != '_') {
            return false;
        }
        return name.codePoints().allMatch(c -> Character.isLetterOrDigit(c) || c == '_');
    }
}
