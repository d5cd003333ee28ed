package dev.lensc.dsl.parser;

import dev.lensc.dsl.Diagnostics;
import dev.lensc.dsl.ast.LensFileNode;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;

/** Text to AST. The only door into the parser package: no ANTLR type leaves it. */
public final class LensSourceParser {
    private LensSourceParser() {}

    /**
     * Parses a file; syntax errors go to {@code diagnostics}.
     *
     * @return the AST, or null when the text has syntax errors
     */
    public static LensFileNode parse(String file, String text, Diagnostics diagnostics) {
        SyntaxErrorListener errors = new SyntaxErrorListener(file, diagnostics);
        LensLexer lexer = new LensLexer(CharStreams.fromString(text, file));
        lexer.removeErrorListeners();
        lexer.addErrorListener(errors);
        LensParser parser = new LensParser(new CommonTokenStream(lexer));
        parser.removeErrorListeners();
        parser.addErrorListener(errors);
        LensParser.FileContext tree = parser.file();
        if (errors.count() > 0) {
            return null;
        }
        return new AstBuilder(file, diagnostics).file(tree);
    }
}
