package dev.lensc.dsl.parser;

import java.util.ArrayList;
import java.util.List;

/**
 * The text between two tokens: whitespace and comments (the lexer skips both). A comment that
 * starts on the line of the token before is {@code trailing}; the others stand on lines of their
 * own, each remembering whether a blank line came before it.
 *
 * @param trailingSpace the whitespace before the trailing comments
 * @param trailing the comments at the end of the line before (with the spaces between them), or null
 * @param ownLine comments on lines of their own; several on one line are one entry
 * @param blankBefore for each of {@code ownLine}, whether a blank line comes before it
 * @param blankBeforeToken whether a blank line comes between the last comment (or the token
 *     before, when there are none) and the next token
 */
record Gap(String trailingSpace, String trailing, List<String> ownLine, List<Boolean> blankBefore,
        boolean blankBeforeToken, List<String> all) {
    boolean isEmpty() {
        return all.isEmpty();
    }

    /** @param atFileStart nothing comes before: no comment is trailing */
    static Gap parse(String text, boolean atFileStart) {
        List<String> all = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        List<Boolean> blanks = new ArrayList<>();
        String trailingSpace = "";
        StringBuilder trailing = null;
        StringBuilder line = null;
        boolean sawNewline = atFileStart;
        int newlines = atFileStart ? 1 : 0; // since the last token or comment
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\n') {
                sawNewline = true;
                newlines++;
                line = null;
                i++;
            } else if (Character.isWhitespace(c) || c == '\uFEFF') {
                i++;
            } else {
                int end = text.startsWith("//", i) ? lineEnd(text, i) : text.indexOf("*/", i + 2) + 2;
                String comment = text.substring(i, end);
                all.add(comment);
                String space = text.substring(spaceStart(text, i), i);
                if (!sawNewline) {
                    if (trailing == null) {
                        trailingSpace = space.isEmpty() ? " " : space;
                        trailing = new StringBuilder(comment);
                    } else {
                        trailing.append(space).append(comment);
                    }
                } else if (line != null) {
                    line.append(space).append(comment);
                    lines.set(lines.size() - 1, line.toString());
                } else {
                    line = new StringBuilder(comment);
                    lines.add(comment);
                    blanks.add(newlines >= 2);
                }
                newlines = 0;
                i = end;
            }
        }
        boolean blankBeforeToken = newlines >= 2 && !(atFileStart && all.isEmpty());
        return new Gap(trailingSpace, trailing == null ? null : trailing.toString(), lines, blanks, blankBeforeToken,
                all);
    }

    private static int lineEnd(String text, int from) {
        int end = from;
        while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
            end++;
        }
        return end;
    }

    private static int spaceStart(String text, int end) {
        int start = end;
        while (start > 0 && text.charAt(start - 1) != '\n' && Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        return start;
    }
}
