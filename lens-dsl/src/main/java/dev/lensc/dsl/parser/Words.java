package dev.lensc.dsl.parser;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.Interval;

/**
 * What a {@code .lens} text says, without its layout: its tokens and comments in order, leaving out
 * the {@code ;} and {@code ,} that formatting may drop or add. Two texts with the same words differ
 * only in layout.
 */
final class Words {
    private Words() {}

    static List<String> of(String text) {
        CharStream chars = CharStreams.fromString(text);
        LensLexer lexer = new LensLexer(chars);
        lexer.removeErrorListeners();
        List<String> words = new ArrayList<>();
        int from = 0;
        for (Token t : lexer.getAllTokens()) {
            words.addAll(comments(chars, from, t.getStartIndex()));
            if (t.getType() != LensParser.SEMI && t.getType() != LensParser.COMMA) {
                words.add(t.getText());
            }
            from = t.getStopIndex() + 1;
        }
        words.addAll(comments(chars, from, chars.size()));
        return words;
    }

    private static List<String> comments(CharStream chars, int from, int to) {
        return to > from ? Gap.parse(chars.getText(Interval.of(from, to - 1)), false).all() : List.of();
    }
}
