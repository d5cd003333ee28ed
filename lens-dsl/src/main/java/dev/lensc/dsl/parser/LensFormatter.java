package dev.lensc.dsl.parser;

import dev.lensc.dsl.Diagnostic;
import dev.lensc.dsl.DiagnosticCode;
import dev.lensc.dsl.Diagnostics;
import dev.lensc.dsl.Location;
import dev.lensc.dsl.text.Columns;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.Interval;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Canonical layout of a {@code .lens} file ({@code lensc fmt}): one item a line, two spaces a
 * level, one space between tokens except where the language writes them tight ({@code name?: T},
 * {@code [T]}, {@code map<T>}, {@code enum(a, b)}, {@code host.name}), no {@code ;} or {@code ,}
 * after items that stand on their own lines, convert tables with their arrows in one column.
 *
 * <p>Kept as written: every comment (the lexer skips them; they are read back from the text
 * between tokens), at most one blank line between items, the space before a comment at the end of
 * a line, and whether an object type is written on one line or several (several when it holds a
 * newline or a comment). Formatting is idempotent: formatting the output again changes nothing.
 *
 * <p>A construct this formatter does not know (a rule of the grammar added after it was written)
 * is copied byte for byte, as is an item with a line comment between its tokens.
 */
public final class LensFormatter {
    private static final String INDENT = "  ";

    /** The rules this formatter lays out; anything else is copied as written. */
    static final Set<Class<?>> KNOWN = Set.of(LensParser.FileContext.class,
            LensParser.PackageDeclContext.class, LensParser.SchemaContext.class, LensParser.SchemaItemContext.class,
            LensParser.VersionContext.class, LensParser.FieldDeclContext.class, LensParser.TypeContext.class,
            LensParser.DoubleTypeContext.class, LensParser.ArrayTypeContext.class, LensParser.BooleanTypeContext.class,
            LensParser.AnyTypeContext.class, LensParser.StringTypeContext.class, LensParser.IntTypeContext.class,
            LensParser.EnumTypeContext.class, LensParser.MapTypeContext.class, LensParser.LongTypeContext.class,
            LensParser.ObjectTypeContext.class, LensParser.LensContext.class, LensParser.LensItemContext.class,
            LensParser.SemanticOpContext.class, LensParser.RenameOpContext.class, LensParser.AddOpContext.class,
            LensParser.RemoveOpContext.class, LensParser.HoistOpContext.class, LensParser.MergeOpContext.class,
            LensParser.WrapOpContext.class, LensParser.MapOpContext.class, LensParser.ConvertOpContext.class,
            LensParser.CustomOpContext.class, LensParser.HeadOpContext.class, LensParser.SplitOpContext.class,
            LensParser.InOpContext.class, LensParser.PlungeOpContext.class, LensParser.LossDeclarationContext.class,
            LensParser.ReuseDeclarationContext.class, LensParser.ConvertEntryContext.class,
            LensParser.DirectionContext.class, LensParser.SemanticContext.class, LensParser.EpochContext.class,
            LensParser.WriteRuleContext.class, LensParser.ModeDeclContext.class, LensParser.GateContext.class,
            LensParser.EnvelopeContext.class, LensParser.EnvelopeFieldContext.class, LensParser.FieldPathContext.class,
            LensParser.QualifiedNameContext.class, LensParser.NameContext.class, LensParser.NumberContext.class,
            LensParser.FalseValueContext.class, LensParser.StringValueContext.class, LensParser.TrueValueContext.class,
            LensParser.ObjectValueContext.class, LensParser.NumberValueContext.class,
            LensParser.ArrayValueContext.class, LensParser.NullValueContext.class, LensParser.MemberContext.class);

    /** The formatted text, or the syntax errors that kept the file from being formatted. */
    public record Result(String text, List<Diagnostic> errors) {
        public Result {
            errors = List.copyOf(errors);
        }

        public boolean ok() {
            return errors.isEmpty();
        }
    }

    private final CharStream chars;
    private final List<Token> tokens;
    private final Set<Class<?>> known;
    private final StringBuilder out = new StringBuilder();
    /** Widths of the left value and the arrow of the convert table being written, or null. */
    private int[] tableWidths;

    private LensFormatter(CharStream chars, List<Token> tokens, Set<Class<?>> known) {
        this.chars = chars;
        this.tokens = tokens;
        this.known = known;
    }

    public static Result format(String file, String text) {
        return format(file, text, KNOWN);
    }

    /** @param known the rules to lay out (tests leave some out to see the others copied as written) */
    static Result format(String file, String text, Set<Class<?>> known) {
        Diagnostics diagnostics = new Diagnostics();
        SyntaxErrorListener errors = new SyntaxErrorListener(file, diagnostics);
        CharStream chars = CharStreams.fromString(text, file);
        LensLexer lexer = new LensLexer(chars);
        lexer.removeErrorListeners();
        lexer.addErrorListener(errors);
        CommonTokenStream stream = new CommonTokenStream(lexer);
        LensParser parser = new LensParser(stream);
        parser.removeErrorListeners();
        parser.addErrorListener(errors);
        LensParser.FileContext tree = parser.file();
        if (errors.count() > 0) {
            return new Result(null, diagnostics.sorted());
        }
        LensFormatter f = new LensFormatter(chars, stream.getTokens(), known);
        f.file(tree);
        String formatted = f.out.toString();
        if (!Words.of(formatted).equals(Words.of(text))) {
            // a guard, not a path any test reaches: formatting must only move text, never lose it
            return new Result(null, List.of(Diagnostic.error(Location.start(file), DiagnosticCode.SYNTAX,
                    "lensc fmt would change the file's tokens or comments (a bug in lensc fmt)", null)));
        }
        return new Result(formatted, List.of());
    }

    private void file(LensParser.FileContext file) {
        List<ParserRuleContext> items = new ArrayList<>();
        for (ParseTree child : file.children) {
            if (child instanceof ParserRuleContext r) {
                items.add(r);
            }
        }
        Token eof = file.EOF().getSymbol();
        if (items.isEmpty()) {
            Gap gap = gapBefore(eof);
            for (String c : gap.ownLine()) {
                newLine(0, false);
                out.append(c);
            }
        } else {
            items(items, 0, eof);
        }
        // no line of our own at the start; one newline at the end
        while (out.length() > 0 && out.charAt(0) == '\n') {
            out.deleteCharAt(0);
        }
        if (out.length() > 0) {
            out.append('\n');
        }
    }

    // ---- items: one a line, with their comments ----

    /**
     * Items of a block, each on its own line at {@code level}; comments before each item, at the
     * end of its line, and before {@code close} (the block's closing token) keep their places.
     */
    private void items(List<ParserRuleContext> items, int level, Token close) {
        for (int i = 0; i < items.size(); i++) {
            ParserRuleContext item = items.get(i);
            Gap gap = gapBefore(item.getStart());
            trailing(gap);
            ownLineComments(gap, level, i > 0);
            newLine(level, gap.blankBeforeToken() && (i > 0 || !gap.ownLine().isEmpty()));
            item(item, level);
        }
        Gap last = gapBefore(close);
        trailing(last);
        ownLineComments(last, level, !items.isEmpty());
    }

    private void ownLineComments(Gap gap, int level, boolean blankAllowed) {
        for (int i = 0; i < gap.ownLine().size(); i++) {
            newLine(level, gap.blankBefore().get(i) && (blankAllowed || i > 0));
            out.append(gap.ownLine().get(i));
        }
    }

    private void trailing(Gap gap) {
        if (gap.trailing() != null) {
            out.append(gap.trailingSpace()).append(gap.trailing());
        }
    }

    private void item(ParserRuleContext item, int level) {
        if (item instanceof LensParser.SchemaItemContext || item instanceof LensParser.LensItemContext) {
            item((ParserRuleContext) item.getChild(0), level);
            return;
        }
        int open = blockOpen(item);
        List<ParserRuleContext> inner = open < 0 ? List.of() : blockItems(item, open);
        Token headEnd = open < 0 ? item.getStop() : ((TerminalNode) item.getChild(open)).getSymbol();
        if (!known.contains(item.getClass()) || inner == null || commentInside(item, headEnd)) {
            out.append(original(item.getStart(), item.getStop()));
            return;
        }
        if (item instanceof LensParser.ConvertEntryContext entry && tableWidths != null) {
            out.append(Columns.line(row(entry, level), tableWidths));
            return;
        }
        previous = null;
        if (open < 0) {
            inlineNode(item, level);
            if (item instanceof LensParser.PackageDeclContext) {
                out.append(';'); // as Java's package line
            }
            return;
        }
        for (int i = 0; i < open; i++) {
            inlineNode(item.getChild(i), level);
        }
        out.append(" {");
        int close = open + 1 + inner.size();
        Token closing = ((TerminalNode) item.getChild(close)).getSymbol();
        if (inner.isEmpty() && gapBefore(closing).isEmpty()) {
            out.append('}');
        } else {
            int[] outerWidths = tableWidths;
            tableWidths = item instanceof LensParser.ConvertOpContext ? tableWidths(inner, level) : null;
            items(inner, level + 1, closing);
            tableWidths = outerWidths;
            newLine(level, false);
            out.append('}');
        }
        previous = closing;
        for (int i = close + 1; i < item.getChildCount(); i++) {
            inlineNode(item.getChild(i), level);
        }
    }

    /** The items between the '{' at {@code open} and its '}', or null when something else is there. */
    private static List<ParserRuleContext> blockItems(ParserRuleContext item, int open) {
        List<ParserRuleContext> inner = new ArrayList<>();
        for (int i = open + 1; i < item.getChildCount(); i++) {
            ParseTree child = item.getChild(i);
            if (child instanceof TerminalNode t) {
                return t.getSymbol().getType() == LensParser.RBRACE ? inner : null;
            }
            inner.add((ParserRuleContext) child);
        }
        return null;
    }

    /**
     * The index of the '{' that opens the item's block of items (a version's fields, a lens's ops,
     * a table's entries), or -1 for an item written on one line.
     */
    private static int blockOpen(ParserRuleContext item) {
        if (item instanceof LensParser.ObjectTypeContext || item instanceof LensParser.ObjectValueContext) {
            return -1;
        }
        for (int i = 0; i < item.getChildCount(); i++) {
            if (item.getChild(i) instanceof TerminalNode t && t.getSymbol().getType() == LensParser.LBRACE) {
                return i;
            }
        }
        return -1;
    }

    // ---- convert tables: arrows in one column ----

    private int[] tableWidths(List<ParserRuleContext> entries, int level) {
        int[] widths = new int[2];
        for (ParserRuleContext e : entries) {
            if (e instanceof LensParser.ConvertEntryContext entry && !commentInside(entry, entry.getStop())) {
                String[] row = row(entry, level);
                widths[0] = Math.max(widths[0], row[0].codePointCount(0, row[0].length()));
                widths[1] = Math.max(widths[1], row[1].length());
            }
        }
        return widths;
    }

    /** The left value (or {@code else}), the arrow and the right value of a table entry. */
    private String[] row(LensParser.ConvertEntryContext entry, int level) {
        String left = entry.ELSE() != null ? "else" : inlineText(entry.value(0), level);
        return new String[] {left, entry.direction().getText(), inlineText(entry.value(entry.value().size() - 1), level)};
    }

    private String inlineText(ParserRuleContext node, int level) {
        int mark = out.length();
        inline(node, level);
        String text = out.substring(mark);
        out.setLength(mark);
        return text;
    }

    // ---- one line: tokens with the language's spacing ----

    private Token previous;
    /** The token before opens {@code map<} or an object value: no space after it. */
    private boolean previousOpensAngle;

    private void inline(ParserRuleContext node, int level) {
        previous = null;
        inlineNode(node, level);
    }

    private void inlineNode(ParseTree node, int level) {
        if (node instanceof TerminalNode t) {
            token(t, level);
        } else if (node instanceof ParserRuleContext r && !known.contains(r.getClass())) {
            space(r.getStart(), r);
            out.append(original(r.getStart(), r.getStop()));
            previous = r.getStop();
        } else if (node instanceof LensParser.ObjectTypeContext object && multiLine(object)) {
            space(object.getStart(), object);
            out.append('{');
            items(new ArrayList<>(object.fieldDecl()), level + 1, object.RBRACE().getSymbol());
            newLine(level, false);
            out.append('}');
            previous = object.RBRACE().getSymbol();
        } else if (node instanceof LensParser.ObjectTypeContext object) {
            space(object.getStart(), object);
            out.append('{');
            List<LensParser.FieldDeclContext> fields = object.fieldDecl();
            for (int i = 0; i < fields.size(); i++) {
                out.append(i == 0 ? " " : ", ");
                previous = null;
                inlineNode(fields.get(i), level);
            }
            out.append(fields.isEmpty() ? "}" : " }");
            previous = object.RBRACE().getSymbol();
        } else if (node instanceof ParserRuleContext r) {
            for (int i = 0; i < r.getChildCount(); i++) {
                inlineNode(r.getChild(i), level);
            }
        }
    }

    private void token(TerminalNode t, int level) {
        Token token = t.getSymbol();
        int type = token.getType();
        if (type == Token.EOF || isItemSeparator(t)) {
            return;
        }
        space(token, t.getParent());
        out.append(token.getText());
        previous = token;
        previousOpensAngle = (type == LensParser.LT && t.getParent() instanceof LensParser.MapTypeContext)
                || (type == LensParser.LBRACE && t.getParent() instanceof LensParser.ObjectValueContext);
    }

    /** The ';' or ',' after an item that stands on its own line, or after a field of an object type. */
    private static boolean isItemSeparator(TerminalNode t) {
        int type = t.getSymbol().getType();
        if (type != LensParser.SEMI && type != LensParser.COMMA) {
            return false;
        }
        ParseTree parent = t.getParent();
        return parent instanceof LensParser.FieldDeclContext || parent instanceof LensParser.ConvertEntryContext
                || parent instanceof LensParser.WriteRuleContext || parent instanceof LensParser.EnvelopeFieldContext
                || parent instanceof LensParser.SchemaItemContext || parent instanceof LensParser.LensItemContext
                || parent instanceof LensParser.PackageDeclContext || parent instanceof LensParser.SchemaContext
                || (type == LensParser.COMMA && isLastInList(t));
    }

    /** A trailing comma before ']', ')' or '}' of a list or value. */
    private static boolean isLastInList(TerminalNode comma) {
        ParserRuleContext parent = (ParserRuleContext) comma.getParent();
        int i = parent.children.indexOf(comma);
        return i + 1 < parent.getChildCount() && parent.getChild(i + 1) instanceof TerminalNode next
                && (next.getSymbol().getType() == LensParser.RBRACK || next.getSymbol().getType() == LensParser.RPAREN
                || next.getSymbol().getType() == LensParser.RBRACE);
    }

    private void space(Token token, ParseTree parent) {
        if (previous != null && spaced(previous, token, parent)) {
            out.append(' ');
        }
        previousOpensAngle = false;
    }

    private boolean spaced(Token before, Token token, ParseTree parent) {
        int b = before.getType();
        int t = token.getType();
        boolean tightAngles = parent instanceof LensParser.MapTypeContext;
        if (t == LensParser.COMMA || t == LensParser.SEMI || t == LensParser.COLON || t == LensParser.DOT
                || t == LensParser.QUESTION || t == LensParser.RPAREN || t == LensParser.RBRACK || t == LensParser.MINUS
                || (t == LensParser.LPAREN && b == LensParser.ENUM) || (tightAngles && (t == LensParser.LT || t == LensParser.GT))) {
            return false;
        }
        if (b == LensParser.DOT || b == LensParser.LPAREN || b == LensParser.LBRACK || b == LensParser.MINUS
                || previousOpensAngle) {
            return false;
        }
        return !(t == LensParser.RBRACE && parent instanceof LensParser.ObjectValueContext);
    }

    // ---- layout helpers ----

    private void newLine(int level, boolean blank) {
        out.append(blank ? "\n\n" : "\n").append(INDENT.repeat(level));
    }

    private boolean multiLine(LensParser.ObjectTypeContext object) {
        Token open = object.LBRACE().getSymbol();
        Token close = object.RBRACE().getSymbol();
        String inside = chars.getText(Interval.of(open.getStartIndex(), close.getStartIndex()));
        if (inside.contains("\n")) {
            return true;
        }
        for (int i = open.getTokenIndex() + 1; i <= close.getTokenIndex(); i++) {
            if (!gapBefore(tokens.get(i)).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a comment stands between the item's first token and {@code last}, other than inside
     * the object types written on several lines (their fields are items with comments of their own).
     */
    private boolean commentInside(ParserRuleContext item, Token last) {
        boolean[] inBlock = new boolean[last.getTokenIndex() + 1];
        markObjectBlocks(item, inBlock);
        for (int i = item.getStart().getTokenIndex() + 1; i <= last.getTokenIndex(); i++) {
            if (!inBlock[i] && !gapBefore(tokens.get(i)).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private void markObjectBlocks(ParseTree node, boolean[] inBlock) {
        if (node instanceof LensParser.ObjectTypeContext object && multiLine(object)) {
            int from = object.LBRACE().getSymbol().getTokenIndex() + 1;
            int to = Math.min(object.RBRACE().getSymbol().getTokenIndex(), inBlock.length - 1);
            for (int i = from; i <= to; i++) {
                inBlock[i] = true;
            }
        } else if (node instanceof ParserRuleContext r) {
            for (int i = 0; i < r.getChildCount(); i++) {
                markObjectBlocks(r.getChild(i), inBlock);
            }
        }
    }

    private String original(Token first, Token last) {
        return chars.getText(Interval.of(first.getStartIndex(), last.getStopIndex()));
    }

    /** The whitespace and comments between a token and the one before it. */
    private Gap gapBefore(Token token) {
        int index = token.getTokenIndex();
        int from = index == 0 ? 0 : tokens.get(index - 1).getStopIndex() + 1;
        int to = token.getType() == Token.EOF ? chars.size() : token.getStartIndex();
        return Gap.parse(to > from ? chars.getText(Interval.of(from, to - 1)) : "", index == 0);
    }
}
