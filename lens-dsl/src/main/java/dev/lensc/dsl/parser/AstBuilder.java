package dev.lensc.dsl.parser;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lensc.dsl.DiagnosticCode;
import dev.lensc.dsl.Diagnostics;
import dev.lensc.dsl.Location;
import dev.lensc.dsl.ast.EpochNode;
import dev.lensc.dsl.ast.FieldNode;
import dev.lensc.dsl.ast.LensFileNode;
import dev.lensc.dsl.ast.LensNode;
import dev.lensc.dsl.ast.Name;
import dev.lensc.dsl.ast.OpNode;
import dev.lensc.dsl.ast.OpNode.ConvertEntry;
import dev.lensc.dsl.ast.OpNode.Direction;
import dev.lensc.dsl.ast.SchemaNode;
import dev.lensc.dsl.ast.TypeNode;
import dev.lensc.dsl.ast.TypeNode.Scalar;
import dev.lensc.dsl.ast.ValueNode;
import dev.lensc.dsl.ast.VersionNode;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

/** Builds the AST from a parse tree without syntax errors. */
final class AstBuilder extends LensBaseVisitor<Object> {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final String file;
    private final Diagnostics diagnostics;

    AstBuilder(String file, Diagnostics diagnostics) {
        this.file = file;
        this.diagnostics = diagnostics;
    }

    LensFileNode file(LensParser.FileContext ctx) {
        String pkg = ctx.packageDecl() == null ? null : qualifiedName(ctx.packageDecl().qualifiedName());
        List<SchemaNode> schemas = new ArrayList<>();
        for (LensParser.SchemaContext s : ctx.schema()) {
            schemas.add(schema(s));
        }
        return new LensFileNode(file, pkg, schemas, at(ctx));
    }

    private SchemaNode schema(LensParser.SchemaContext ctx) {
        List<VersionNode> versions = new ArrayList<>();
        List<LensNode> lenses = new ArrayList<>();
        List<EpochNode> epochs = new ArrayList<>();
        List<OpNode.SemanticOp> semantics = new ArrayList<>();
        for (LensParser.SchemaItemContext item : ctx.schemaItem()) {
            if (item.version() != null) {
                versions.add(version(item.version()));
            } else if (item.lens() != null) {
                lenses.add(lens(item.lens()));
            } else if (item.epoch() != null) {
                epochs.add(epoch(item.epoch()));
            } else {
                semantics.add(semantic(item.semantic()));
            }
        }
        return new SchemaNode(name(ctx.name()), versions, lenses, epochs, semantics, at(ctx));
    }

    private VersionNode version(LensParser.VersionContext ctx) {
        return new VersionNode(number(ctx.number()), fields(ctx.fieldDecl()), at(ctx));
    }

    private List<FieldNode> fields(List<LensParser.FieldDeclContext> ctxs) {
        List<FieldNode> out = new ArrayList<>();
        for (LensParser.FieldDeclContext f : ctxs) {
            out.add(new FieldNode(name(f.name()), type(f.type()), f.value() == null ? null : value(f.value()), at(f)));
        }
        return out;
    }

    private LensNode lens(LensParser.LensContext ctx) {
        String description = ctx.STRING() == null ? null : string(ctx.STRING().getSymbol());
        return new LensNode(number(ctx.number(0)), number(ctx.number(1)), description, ops(ctx.op()), at(ctx));
    }

    private EpochNode epoch(LensParser.EpochContext ctx) {
        List<EpochNode.RejectRule> rules = new ArrayList<>();
        for (LensParser.RejectRuleContext r : ctx.rejectRule()) {
            rules.add(new EpochNode.RejectRule(name(r.name()), number(r.number()), string(r.STRING().getSymbol()), at(r)));
        }
        return new EpochNode(number(ctx.number()), rules, at(ctx));
    }

    private OpNode.SemanticOp semantic(LensParser.SemanticContext ctx) {
        return new OpNode.SemanticOp(name(ctx.name()), at(ctx));
    }

    private List<OpNode> ops(List<LensParser.OpContext> ctxs) {
        List<OpNode> out = new ArrayList<>();
        for (LensParser.OpContext op : ctxs) {
            out.add(op(op));
        }
        return out;
    }

    private OpNode op(LensParser.OpContext ctx) {
        Location at = at(ctx);
        List<LensParser.NameContext> names = ctx.name();
        if (ctx.RENAME() != null) {
            return new OpNode.RenameOp(name(names.get(0)), name(names.get(1)), at);
        } else if (ctx.ADD() != null) {
            return new OpNode.AddOp(name(names.get(0)), type(ctx.type(0)), ctx.value() == null ? null : value(ctx.value()), at);
        } else if (ctx.REMOVE() != null) {
            return new OpNode.RemoveOp(name(names.get(0)), type(ctx.type(0)), ctx.value() == null ? null : value(ctx.value()), at);
        } else if (ctx.HOIST() != null) {
            return new OpNode.HoistOp(name(names.get(0)), name(names.get(1)), at);
        } else if (ctx.PLUNGE() != null) {
            return new OpNode.PlungeOp(name(names.get(0)), name(names.get(1)), at);
        } else if (ctx.WRAP() != null) {
            return new OpNode.WrapOp(name(names.get(0)), names.size() > 1 ? name(names.get(1)) : null, at);
        } else if (ctx.HEAD() != null) {
            return new OpNode.HeadOp(name(names.get(0)), names.size() > 1 ? name(names.get(1)) : null, at);
        } else if (ctx.LOSSY() != null) {
            List<Name> laws = new ArrayList<>();
            names.forEach(n -> laws.add(name(n)));
            return new OpNode.LossyOp(laws, ctx.STRING() == null ? null : string(ctx.STRING().getSymbol()), at);
        } else if (ctx.IN() != null) {
            return new OpNode.InOp(name(names.get(0)), ops(ctx.op()), at);
        } else if (ctx.MAP() != null) {
            return new OpNode.MapOp(names.isEmpty() ? null : name(names.get(0)), ops(ctx.op()), at);
        } else if (ctx.CONVERT() != null) {
            TypeNode from = ctx.type().isEmpty() ? null : type(ctx.type(0));
            TypeNode to = ctx.type().isEmpty() ? null : type(ctx.type(1));
            List<ConvertEntry> entries = new ArrayList<>();
            for (LensParser.ConvertEntryContext e : ctx.convertEntry()) {
                entries.add(entry(e));
            }
            return new OpNode.ConvertOp(name(names.get(0)), from, to, entries, at);
        } else if (ctx.CUSTOM() != null) {
            return new OpNode.CustomOp(name(names.get(0)), qualifiedName(ctx.qualifiedName()),
                    at(ctx.qualifiedName()), at);
        } else if (ctx.SPLIT() != null) {
            List<Name> parts = new ArrayList<>();
            for (int i = 1; i < names.size(); i++) {
                parts.add(name(names.get(i)));
            }
            return new OpNode.SplitOp(name(names.get(0)), parts, ctx.STRING() == null ? null
                    : string(ctx.STRING().getSymbol()), at);
        } else if (ctx.MERGE() != null) {
            List<Name> parts = new ArrayList<>();
            for (int i = 0; i < names.size() - 1; i++) {
                parts.add(name(names.get(i)));
            }
            return new OpNode.MergeOp(parts, name(names.get(names.size() - 1)), ctx.STRING() == null ? null
                    : string(ctx.STRING().getSymbol()), at);
        } else {
            return semantic(ctx.semantic());
        }
    }

    private ConvertEntry entry(LensParser.ConvertEntryContext ctx) {
        Direction d = direction(ctx.direction());
        if (ctx.ELSE() != null) {
            return new ConvertEntry(null, d, value(ctx.value(0)), at(ctx));
        }
        return new ConvertEntry(value(ctx.value(0)), d, value(ctx.value(1)), at(ctx));
    }

    private static Direction direction(LensParser.DirectionContext ctx) {
        if (ctx.BOTH_ARROW() != null) {
            return Direction.BOTH;
        }
        return ctx.ARROW() != null ? Direction.FORWARD : Direction.BACKWARD;
    }

    // ---- types ----

    private TypeNode type(LensParser.TypeContext ctx) {
        TypeNode base = (TypeNode) visit(ctx.baseType());
        int marks = ctx.QUESTION().size();
        return marks == 0 ? base : new TypeNode.NullableTypeNode(base, marks, at(ctx));
    }

    @Override
    public Object visitStringType(LensParser.StringTypeContext ctx) {
        return new TypeNode.ScalarTypeNode(Scalar.STRING, at(ctx));
    }

    @Override
    public Object visitIntType(LensParser.IntTypeContext ctx) {
        return new TypeNode.ScalarTypeNode(Scalar.INT, at(ctx));
    }

    @Override
    public Object visitLongType(LensParser.LongTypeContext ctx) {
        return new TypeNode.ScalarTypeNode(Scalar.LONG, at(ctx));
    }

    @Override
    public Object visitDoubleType(LensParser.DoubleTypeContext ctx) {
        return new TypeNode.ScalarTypeNode(Scalar.DOUBLE, at(ctx));
    }

    @Override
    public Object visitBooleanType(LensParser.BooleanTypeContext ctx) {
        return new TypeNode.ScalarTypeNode(Scalar.BOOLEAN, at(ctx));
    }

    @Override
    public Object visitAnyType(LensParser.AnyTypeContext ctx) {
        return new TypeNode.ScalarTypeNode(Scalar.ANY, at(ctx));
    }

    @Override
    public Object visitEnumType(LensParser.EnumTypeContext ctx) {
        List<Name> values = new ArrayList<>();
        for (LensParser.NameContext n : ctx.name()) {
            values.add(name(n));
        }
        return new TypeNode.EnumTypeNode(values, at(ctx));
    }

    @Override
    public Object visitObjectType(LensParser.ObjectTypeContext ctx) {
        return new TypeNode.ObjectTypeNode(fields(ctx.fieldDecl()), at(ctx));
    }

    @Override
    public Object visitArrayType(LensParser.ArrayTypeContext ctx) {
        return new TypeNode.ArrayTypeNode(type(ctx.type()), at(ctx));
    }

    @Override
    public Object visitMapType(LensParser.MapTypeContext ctx) {
        return new TypeNode.MapTypeNode(type(ctx.type()), at(ctx));
    }

    // ---- values ----

    private ValueNode value(LensParser.ValueContext ctx) {
        return new ValueNode(json(ctx), at(ctx));
    }

    private JsonNode json(LensParser.ValueContext ctx) {
        return (JsonNode) visit(ctx);
    }

    @Override
    public Object visitStringValue(LensParser.StringValueContext ctx) {
        return NODES.textNode(string(ctx.STRING().getSymbol()));
    }

    @Override
    public Object visitNumberValue(LensParser.NumberValueContext ctx) {
        String text = ctx.NUMBER().getText();
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            // the lexer admits only JSON numbers, so this is a number beyond Jackson's limits
            diagnostics.error(at(ctx), DiagnosticCode.SYNTAX, "the number " + (text.length() > 20
                    ? text.substring(0, 17) + "..." : text) + " is too long", null);
            return NODES.nullNode();
        }
    }

    @Override
    public Object visitTrueValue(LensParser.TrueValueContext ctx) {
        return NODES.booleanNode(true);
    }

    @Override
    public Object visitFalseValue(LensParser.FalseValueContext ctx) {
        return NODES.booleanNode(false);
    }

    @Override
    public Object visitNullValue(LensParser.NullValueContext ctx) {
        return NODES.nullNode();
    }

    @Override
    public Object visitArrayValue(LensParser.ArrayValueContext ctx) {
        ArrayNode out = NODES.arrayNode();
        for (LensParser.ValueContext v : ctx.value()) {
            out.add(json(v));
        }
        return out;
    }

    @Override
    public Object visitObjectValue(LensParser.ObjectValueContext ctx) {
        ObjectNode out = NODES.objectNode();
        for (LensParser.MemberContext m : ctx.member()) {
            Name key = name(m.name());
            if (out.has(key.text())) {
                diagnostics.error(key.location(), DiagnosticCode.DUPLICATE,
                        "duplicate key '" + key.text() + "' in an object value");
            }
            out.set(key.text(), json(m.value()));
        }
        return out;
    }

    // ---- names ----

    private Name name(LensParser.NameContext ctx) {
        Token t = ctx.getStart();
        String text;
        if (t.getType() == LensParser.STRING) {
            text = string(t);
        } else if (t.getType() == LensParser.BACKTICKED) {
            String raw = t.getText();
            text = raw.substring(1, raw.length() - 1).replace("``", "`");
        } else {
            text = t.getText();
        }
        return new Name(text, at(t));
    }

    private String qualifiedName(LensParser.QualifiedNameContext ctx) {
        List<String> parts = new ArrayList<>();
        for (LensParser.NameContext n : ctx.name()) {
            parts.add(name(n).text());
        }
        return String.join(".", parts);
    }

    private int number(LensParser.NumberContext ctx) {
        String text = ctx.NUMBER().getText();
        try {
            int n = Integer.parseInt(text);
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        diagnostics.error(at(ctx), DiagnosticCode.BAD_VERSION_NUMBER,
                "'" + text + "' is not a version number", "version numbers are whole numbers from 0 to " + Integer.MAX_VALUE);
        return -1;
    }

    /** The text of a string token: JSON escapes decoded; raw tabs and other characters kept as written. */
    private static String string(Token token) {
        String raw = token.getText();
        StringBuilder sb = new StringBuilder(raw.length());
        for (int i = 1; i < raw.length() - 1; i++) {
            char c = raw.charAt(i);
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            char e = raw.charAt(++i);
            switch (e) {
                case 'b': sb.append('\b'); break;
                case 'f': sb.append('\f'); break;
                case 'n': sb.append('\n'); break;
                case 'r': sb.append('\r'); break;
                case 't': sb.append('\t'); break;
                case 'u':
                    sb.append((char) Integer.parseInt(raw.substring(i + 1, i + 5), 16));
                    i += 4;
                    break;
                default: sb.append(e); // " \\ /
            }
        }
        return sb.toString();
    }

    private Location at(ParserRuleContext ctx) {
        return at(ctx.getStart());
    }

    private Location at(Token t) {
        return new Location(file, Math.max(1, t.getLine()), t.getCharPositionInLine() + 1);
    }
}
