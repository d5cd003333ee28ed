package dev.lensc.dsl.parser;

import dev.lensc.dsl.DiagnosticCode;
import dev.lensc.dsl.Diagnostics;
import dev.lensc.dsl.Location;
import java.util.LinkedHashSet;
import java.util.Set;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.LexerNoViableAltException;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.Vocabulary;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.antlr.v4.runtime.misc.Interval;

/** Turns ANTLR's syntax errors into diagnostics in our own words (one per place). */
final class SyntaxErrorListener extends BaseErrorListener {
    private final String file;
    private final Diagnostics diagnostics;
    private final Set<Integer> linesReported = new LinkedHashSet<>();
    private int count;
    private boolean afterLexerError;
    /** The token the last reported parser error was at; -2 before any. */
    private int lastErrorToken = -2;

    SyntaxErrorListener(String file, Diagnostics diagnostics) {
        this.file = file;
        this.diagnostics = diagnostics;
    }

    int count() {
        return count;
    }

    @Override
    public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line, int column, String msg,
            RecognitionException e) {
        Location at = new Location(file, Math.max(1, line), column + 1);
        count++;
        // after the first error on a line, the rest are mostly echoes of it while the parser recovers
        if (!linesReported.add(at.line())) {
            afterLexerError = false;
            return;
        }
        if (recognizer instanceof Lexer lexer) {
            afterLexerError = true;
            lexerError(lexer, e, at);
        } else if (afterLexerError) {
            afterLexerError = false; // the parser stumbling over what the lexer dropped
        } else if (recognizer instanceof Parser parser && offendingSymbol instanceof Token token) {
            // recovery may take the offending token for the start of what follows (an unknown type
            // word for the next field's name) and fail at the token after it: an echo, not news
            boolean echo = token.getTokenIndex() >= 0 && token.getTokenIndex() <= lastErrorToken + 1;
            lastErrorToken = token.getTokenIndex();
            if (echo) {
                return;
            }
            parserError(parser, token, at);
        } else {
            diagnostics.error(at, DiagnosticCode.SYNTAX, "syntax error");
        }
    }

    private void lexerError(Lexer lexer, RecognitionException e, Location at) {
        CharStream input = lexer.getInputStream();
        int start = e instanceof LexerNoViableAltException nva ? nva.getStartIndex() : lexer._tokenStartCharIndex;
        String rest = start >= 0 && start < input.size()
                ? input.getText(Interval.of(start, Math.min(input.size() - 1, start + 1))) : "";
        if (rest.startsWith("\"")) {
            diagnostics.error(at, DiagnosticCode.SYNTAX, "unterminated string",
                    "close the string with '\"' on the same line; write \\\" for a quote inside it");
        } else if (rest.startsWith("`")) {
            diagnostics.error(at, DiagnosticCode.SYNTAX, "unterminated quoted name",
                    "close the name with '`' on the same line; write `` for a backtick inside it");
        } else if (rest.startsWith("/*")) {
            diagnostics.error(at, DiagnosticCode.SYNTAX, "unterminated comment", "close the comment with '*/'");
        } else {
            String c = rest.isEmpty() ? "" : new String(Character.toChars(rest.codePointAt(0)));
            diagnostics.error(at, DiagnosticCode.SYNTAX, "unexpected character " + quoteChar(c), null);
        }
    }

    private void parserError(Parser parser, Token token, Location at) {
        String found = token.getType() == Token.EOF ? "end of file" : "'" + brief(token.getText()) + "'";
        String expected = null;
        IntervalSet expectedSet = null;
        try {
            expectedSet = parser.getExpectedTokens();
            expected = describe(expectedSet, parser.getVocabulary());
        } catch (RuntimeException ignored) {
            // the expected set is only a courtesy; the error itself stands without it
        }
        diagnostics.error(at, DiagnosticCode.SYNTAX, "unexpected " + found
                + (expected == null ? "" : ", expected " + expected), hint(parser, token, expectedSet));
    }

    /** The likely cause of the two errors a missing '}' produces. */
    private static String hint(Parser parser, Token token, IntervalSet expected) {
        if (expected == null || !expected.contains(LensParser.RBRACE) && !expected.contains(LensParser.COLON)) {
            return null;
        }
        if (token.getType() == Token.EOF && expected.contains(LensParser.RBRACE)) {
            return "a '}' is missing";
        }
        Token previous = parser.getTokenStream().LT(-1);
        Token op = parser.getTokenStream().LT(-2);
        if (token.getType() == LensParser.QUESTION && op != null && op.getType() == LensParser.ADD) {
            return "'add' always writes the field, so it is never absent: give it a default instead ('= <value>')";
        }
        if (previous != null && expected.contains(LensParser.COLON) && isItemKeyword(previous.getType())) {
            return "'" + previous.getText() + "' was read as a field name: is a '}' missing before it?";
        }
        return null;
    }

    private static boolean isItemKeyword(int type) {
        return type == LensParser.VERSION || type == LensParser.LENS || type == LensParser.EPOCH
                || type == LensParser.SEMANTIC || type == LensParser.SCHEMA || type == LensParser.MODE
                || type == LensParser.GATE || type == LensParser.ENVELOPE;
    }

    private static String describe(IntervalSet set, Vocabulary vocabulary) {
        if (set == null || set.isNil()) {
            return null;
        }
        boolean names = set.contains(LensParser.IDENT);
        Set<String> parts = new LinkedHashSet<>();
        for (int type : set.toList()) {
            if (names && isNameToken(type)) {
                parts.add("a name");
            } else if (type == Token.EOF) {
                parts.add("end of file");
            } else if (type == LensParser.STRING) {
                parts.add("a string");
            } else if (type == LensParser.NUMBER) {
                parts.add("a number");
            } else if (type == LensParser.IDENT || type == LensParser.BACKTICKED) {
                parts.add("a name");
            } else {
                parts.add(vocabulary.getDisplayName(type));
            }
        }
        if (parts.size() > 10) {
            return null;
        }
        if (parts.size() == 1) {
            return parts.iterator().next();
        }
        return "one of " + String.join(", ", parts);
    }

    private static boolean isNameToken(int type) {
        return type == LensParser.IDENT || type == LensParser.STRING || type == LensParser.BACKTICKED || isKeyword(type);
    }

    /** A word of the grammar (every keyword is a name too), found from the vocabulary so a new one counts. */
    private static boolean isKeyword(int type) {
        String literal = LensParser.VOCABULARY.getLiteralName(type);
        return literal != null && literal.matches("'\\p{L}+'");
    }

    private static String quoteChar(String c) {
        if (c.isEmpty()) {
            return "at end of file";
        }
        int cp = c.codePointAt(0);
        if (Character.isISOControl(cp) || Character.isWhitespace(cp)) {
            return String.format("U+%04X", cp);
        }
        return "'" + c + "'";
    }

    private static String brief(String text) {
        if (text == null) {
            return "";
        }
        String t = text.replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t");
        return t.length() > 40 ? t.substring(0, 37) + "..." : t;
    }
}
