package dev.lensc.dsl.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lensc.dsl.parser.LensLexer;
import dev.lensc.dsl.parser.LensParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.junit.jupiter.api.Test;

/**
 * The editors' TextMate grammar ({@code editors/vscode/syntaxes/lens.tmLanguage.json}) against the
 * ANTLR grammar, on every {@code .lens} file of the repository that parses: each token is coloured
 * as what the parser reads it as (a keyword used as a field name is a name, not a keyword), and
 * every character outside a token is whitespace or a comment.
 */
class TextMateGrammarTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path GRAMMAR = ROOT.resolve("editors/vscode/syntaxes/lens.tmLanguage.json");

    @Test
    void everyTokenOfEveryLensFileHasTheScopeOfWhatTheParserReads() throws IOException {
        TextMateTokenizer tokenizer = new TextMateTokenizer(new ObjectMapper().readTree(GRAMMAR.toFile()));
        List<Path> files;
        try (Stream<Path> walk = Files.walk(ROOT)) {
            files = walk.filter(p -> p.toString().endsWith(".lens") && !p.toString().contains("/target/")
                    && !p.toString().contains("/.git/")).sorted().toList();
        }
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Path file : files) {
            String text = Files.readString(file, file.toString().contains("latin1") ? StandardCharsets.ISO_8859_1
                    : StandardCharsets.UTF_8);
            ParseTree tree = parse(text);
            if (tree == null) {
                assertTrue(!file.startsWith(ROOT.resolve("samples")), "a sample does not parse: " + file);
                continue;
            }
            checked++;
            List<List<String>> scopes = tokenizer.scopes(text);
            assertEquals(text.length(), scopes.size(), "one scope stack per character of " + file);
            boolean[] inToken = new boolean[text.length()];
            check(tree, text, scopes, inToken, ROOT.relativize(file).toString(), problems);
            for (int i = 0; i < text.length(); i++) {
                if (!inToken[i] && !Character.isWhitespace(text.charAt(i)) && text.charAt(i) != '\uFEFF'
                        && !has(scopes.get(i), "comment.")) {
                    problems.add(where(file.toString(), text, i) + ": '" + text.charAt(i) + "' is outside every token"
                            + " but not coloured as a comment: " + scopes.get(i));
                }
            }
        }
        assertTrue(checked >= 15, "only " + checked + " .lens files checked");
        assertTrue(problems.isEmpty(), problems.size() + " tokens coloured wrongly:\n" + String.join("\n",
                problems.subList(0, Math.min(40, problems.size()))));
    }

    @Test
    void theTokenizerSeesWhatItIsTold() throws IOException {
        TextMateTokenizer tokenizer = new TextMateTokenizer(new ObjectMapper().readTree(GRAMMAR.toFile()));
        String text = "lens 1 -> 2 { rename version -> release /* gone\n soon */ add version: int = 3 }";
        List<List<String>> scopes = tokenizer.scopes(text);
        assertTrue(has(scopes.get(text.indexOf("rename")), "keyword."));
        assertTrue(has(scopes.get(text.indexOf("version")), "variable."), "a keyword as a field name is a name");
        assertTrue(has(scopes.get(text.indexOf("soon")), "comment.block"), "a block comment spans lines");
        assertTrue(has(scopes.get(text.indexOf("int")), "storage.type"));
        assertTrue(has(scopes.get(text.lastIndexOf("3")), "constant.numeric"));
    }

    private static ParseTree parse(String text) {
        LensLexer lexer = new LensLexer(CharStreams.fromString(text));
        LensParser parser = new LensParser(new CommonTokenStream(lexer));
        int[] errors = {0};
        BaseErrorListener count = new BaseErrorListener() {
            @Override
            public void syntaxError(Recognizer<?, ?> r, Object symbol, int line, int col, String msg,
                    RecognitionException e) {
                errors[0]++;
            }
        };
        lexer.removeErrorListeners();
        lexer.addErrorListener(count);
        parser.removeErrorListeners();
        parser.addErrorListener(count);
        ParseTree tree = parser.file();
        return errors[0] == 0 ? tree : null;
    }

    private static void check(ParseTree node, String text, List<List<String>> scopes, boolean[] inToken, String file,
            List<String> problems) {
        if (node instanceof TerminalNode terminal) {
            Token t = terminal.getSymbol();
            if (t.getType() == Token.EOF) {
                return;
            }
            int start = text.offsetByCodePoints(0, t.getStartIndex());
            int end = text.offsetByCodePoints(0, t.getStopIndex() + 1);
            String expected = expectedScope(terminal);
            for (int i = start; i < end; i++) {
                inToken[i] = true;
                List<String> s = scopes.get(i);
                boolean ok = expected == null ? !has(s, "comment.") && !has(s, "string.")
                        : List.of(expected.split("\\|")).stream().anyMatch(prefix -> has(s, prefix));
                if (!ok) {
                    problems.add(where(file, text, start) + ": '" + t.getText() + "' should be "
                            + (expected == null ? "neither comment nor string" : expected) + ", is " + s);
                    return;
                }
            }
            return;
        }
        for (int i = 0; i < node.getChildCount(); i++) {
            check(node.getChild(i), text, scopes, inToken, file, problems);
        }
    }

    /** Scope prefixes (one of them must be on the character's stack); null for punctuation. */
    private static String expectedScope(TerminalNode terminal) {
        int type = terminal.getSymbol().getType();
        if (terminal.getParent() instanceof LensParser.NameContext) {
            return type == LensLexer.STRING ? "string.|variable." : "variable.|entity.name.|support.";
        }
        switch (type) {
            case LensLexer.STRING:
                return "string.";
            case LensLexer.REGEX:
                return "string.regexp";
            case LensLexer.NUMBER:
                return "constant.numeric";
            case LensLexer.TRUE:
            case LensLexer.FALSE:
            case LensLexer.NULL:
                return "constant.language";
            case LensLexer.STRING_T:
            case LensLexer.INT_T:
            case LensLexer.LONG_T:
            case LensLexer.DOUBLE_T:
            case LensLexer.BOOLEAN_T:
            case LensLexer.ANY_T:
                return "storage.type";
            default:
                String symbolic = LensLexer.VOCABULARY.getLiteralName(type);
                boolean word = symbolic != null && Character.isLetter(symbolic.charAt(1));
                return word ? "keyword.|storage.type" : null;
        }
    }

    private static boolean has(List<String> scopes, String prefix) {
        return scopes.stream().anyMatch(s -> s.startsWith(prefix));
    }

    private static String where(String file, String text, int offset) {
        int line = 1;
        int col = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                col = 1;
            } else {
                col++;
            }
        }
        return file + ":" + line + ":" + col;
    }
}
