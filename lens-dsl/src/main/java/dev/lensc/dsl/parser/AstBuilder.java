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
import dev.lensc.dsl.ast.AssemblyNode;
import dev.lensc.dsl.ast.EnvelopeNode;
import dev.lensc.dsl.ast.EpochNode;
import dev.lensc.dsl.ast.FieldPathNode;
import dev.lensc.dsl.ast.GateNode;
import dev.lensc.dsl.ast.FieldNode;
import dev.lensc.dsl.ast.LensFileNode;
import dev.lensc.dsl.ast.LensItem;
import dev.lensc.dsl.ast.LensNode;
import dev.lensc.dsl.ast.LossDeclaration;
import dev.lensc.dsl.ast.ModeNode;
import dev.lensc.dsl.ast.Name;
import dev.lensc.dsl.ast.OpNode;
import dev.lensc.dsl.ast.OpNode.ConvertEntry;
import dev.lensc.dsl.ast.OpNode.Direction;
import dev.lensc.dsl.ast.ReuseDeclaration;
import dev.lensc.dsl.ast.SchemaItem;
import dev.lensc.dsl.ast.SchemaNode;
import dev.lensc.dsl.ast.SemanticNode;
import dev.lensc.dsl.ast.TypeNode;
import dev.lensc.dsl.ast.TypeNode.Scalar;
import dev.lensc.dsl.ast.ValueNode;
import dev.lensc.dsl.ast.VersionNode;
import java.util.List;
import java.util.Map;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.antlr.v4.runtime.tree.AbstractParseTreeVisitor;

/**
 * Builds the AST from a parse tree without syntax errors. It implements the generated
 * {@link LensVisitor} itself (not the base visitor with its defaults), so every rule and every
 * labelled alternative of the grammar has a method here or the build fails.
 */
final class AstBuilder extends AbstractParseTreeVisitor<Object> implements LensVisitor<Object> {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final String file;
    private final Diagnostics diagnostics;

    AstBuilder(String file, Diagnostics diagnostics) {
        this.file = file;
        this.diagnostics = diagnostics;
    }

    LensFileNode file(LensParser.FileContext ctx) {
        return visitFile(ctx);
    }

    @Override
    public LensFileNode visitFile(LensParser.FileContext ctx) {
        String pkg = ctx.packageDecl() == null ? null : visitPackageDecl(ctx.packageDecl());
        return new LensFileNode(file, pkg, ctx.schema().stream().map(this::visitSchema).toList(), at(ctx));
    }

    @Override
    public String visitPackageDecl(LensParser.PackageDeclContext ctx) {
        return visitQualifiedName(ctx.qualifiedName());
    }

    @Override
    public SchemaNode visitSchema(LensParser.SchemaContext ctx) {
        BlockItems.Schema items = new BlockItems.Schema(diagnostics);
        ctx.schemaItem().forEach(item -> visitSchemaItem(item).accept(items));
        return new SchemaNode(visitName(ctx.name()), items.versions, items.lenses, items.sync(),
                items.assemblies, at(ctx));
    }

    @Override
    public SchemaItem visitSchemaItem(LensParser.SchemaItemContext ctx) {
        return (SchemaItem) visit(ctx.getChild(0));
    }

    @Override
    public VersionNode visitVersion(LensParser.VersionContext ctx) {
        return new VersionNode(visitNumber(ctx.number()), fields(ctx.fieldDecl()), at(ctx));
    }

    private List<FieldNode> fields(List<LensParser.FieldDeclContext> ctxs) {
        return ctxs.stream().map(this::visitFieldDecl).toList();
    }

    @Override
    public FieldNode visitFieldDecl(LensParser.FieldDeclContext ctx) {
        return new FieldNode(visitName(ctx.name()), ctx.QUESTION() != null, visitType(ctx.type()),
                value(ctx.value()), at(ctx));
    }

    @Override
    public LensNode visitLens(LensParser.LensContext ctx) {
        String description = ctx.STRING() == null ? null : StringLiterals.string(ctx.STRING().getSymbol());
        BlockItems.Lens items = new BlockItems.Lens(diagnostics, false);
        ctx.lensItem().forEach(item -> visitLensItem(item).accept(items));
        return new LensNode(visitNumber(ctx.number(0)), visitNumber(ctx.number(1)), description, items.ops, items.losses,
                items.reuses, at(ctx));
    }

    @Override
    public LensItem visitLensItem(LensParser.LensItemContext ctx) {
        return (LensItem) visit(ctx.getChild(0));
    }

    /** The ops of an {@code in} or {@code map} block; declarations there are reported, not kept. */
    private List<OpNode> nestedOps(List<LensParser.LensItemContext> ctxs) {
        BlockItems.Lens items = new BlockItems.Lens(diagnostics, true);
        ctxs.forEach(item -> visitLensItem(item).accept(items));
        return items.ops;
    }

    @Override
    public LossDeclaration visitLossDeclaration(LensParser.LossDeclarationContext ctx) {
        return new LossDeclaration(names(ctx.name()), ctx.STRING() == null ? null
                : StringLiterals.string(ctx.STRING().getSymbol()), at(ctx));
    }

    @Override
    public ReuseDeclaration visitReuseDeclaration(LensParser.ReuseDeclarationContext ctx) {
        return new ReuseDeclaration(names(ctx.qualifiedName().name()), StringLiterals.string(ctx.STRING().getSymbol()),
                at(ctx));
    }

    @Override
    public EpochNode visitEpoch(LensParser.EpochContext ctx) {
        return new EpochNode(visitNumber(ctx.number()), at(ctx.number()),
                ctx.writeRule().stream().map(this::visitWriteRule).toList(), at(ctx));
    }

    @Override
    public EpochNode.WriteRuleNode visitWriteRule(LensParser.WriteRuleContext ctx) {
        return new EpochNode.WriteRuleNode(ctx.ACCEPT() != null,
                ctx.fieldPath() == null ? null : visitFieldPath(ctx.fieldPath()), visitNumber(ctx.number()),
                at(ctx.number()), ctx.STRING() == null ? null : StringLiterals.string(ctx.STRING().getSymbol()), at(ctx));
    }

    @Override
    public SemanticNode visitSemantic(LensParser.SemanticContext ctx) {
        return new SemanticNode(visitFieldPath(ctx.fieldPath()), at(ctx));
    }

    @Override
    public ModeNode visitModeDecl(LensParser.ModeDeclContext ctx) {
        return new ModeNode(String.join("-", names(ctx.name()).stream().map(Name::text).toList()), at(ctx.name(0)));
    }

    @Override
    public GateNode visitGate(LensParser.GateContext ctx) {
        return new GateNode(visitFieldPath(ctx.fieldPath()), visitNumber(ctx.number()), at(ctx.number()),
                StringLiterals.string(ctx.STRING().getSymbol()), at(ctx));
    }

    @Override
    public EnvelopeNode visitEnvelope(LensParser.EnvelopeContext ctx) {
        return new EnvelopeNode(ctx.STRING() == null ? null : StringLiterals.string(ctx.STRING().getSymbol()),
                ctx.STRING() == null ? at(ctx) : at(ctx.STRING().getSymbol()),
                ctx.envelopeField().stream().map(this::visitEnvelopeField).toList(), at(ctx));
    }

    @Override
    public EnvelopeNode.EnvelopeFieldNode visitEnvelopeField(LensParser.EnvelopeFieldContext ctx) {
        return new EnvelopeNode.EnvelopeFieldNode(visitName(ctx.name(0)), visitName(ctx.name(1)),
                ctx.STRING() == null ? null : StringLiterals.string(ctx.STRING().getSymbol()),
                ctx.STRING() == null ? null : at(ctx.STRING().getSymbol()));
    }

    @Override
    public AssemblyNode visitAssembly(LensParser.AssemblyContext ctx) {
        return new AssemblyNode(visitNumber(ctx.number()), at(ctx.number()),
                ctx.assemblyInput().stream().map(this::visitAssemblyInput).toList(), at(ctx));
    }

    @Override
    public AssemblyNode.InputNode visitAssemblyInput(LensParser.AssemblyInputContext ctx) {
        List<Name> names = names(ctx.name());
        int n = names.size();
        return new AssemblyNode.InputNode(names.subList(0, n - 2), names.get(n - 2), visitNumber(ctx.number()),
                at(ctx.number()), names.get(n - 1), inputOps(ctx.lensItem()), at(ctx));
    }

    private List<OpNode> inputOps(List<LensParser.LensItemContext> ctxs) {
        BlockItems.InputOps items = new BlockItems.InputOps(diagnostics);
        ctxs.forEach(item -> visitLensItem(item).accept(items));
        return items.ops;
    }

    @Override
    public FieldPathNode visitFieldPath(LensParser.FieldPathContext ctx) {
        return new FieldPathNode(names(ctx.name()), at(ctx));
    }

    // ---- ops ----

    @Override
    public OpNode visitRenameOp(LensParser.RenameOpContext ctx) {
        return new OpNode.RenameOp(visitName(ctx.name(0)), visitName(ctx.name(1)), at(ctx));
    }

    @Override
    public OpNode visitAddOp(LensParser.AddOpContext ctx) {
        return new OpNode.AddOp(visitName(ctx.name()), visitType(ctx.type()), value(ctx.value()), at(ctx));
    }

    @Override
    public OpNode visitRemoveOp(LensParser.RemoveOpContext ctx) {
        return new OpNode.RemoveOp(visitName(ctx.name()), visitType(ctx.type()), value(ctx.value()), at(ctx));
    }

    @Override
    public OpNode visitHoistOp(LensParser.HoistOpContext ctx) {
        return new OpNode.HoistOp(visitName(ctx.name(0)), visitName(ctx.name(1)), at(ctx));
    }

    @Override
    public OpNode visitPlungeOp(LensParser.PlungeOpContext ctx) {
        return new OpNode.PlungeOp(visitName(ctx.name(0)), visitName(ctx.name(1)), at(ctx));
    }

    @Override
    public OpNode visitWrapOp(LensParser.WrapOpContext ctx) {
        return new OpNode.WrapOp(visitName(ctx.name(0)), ctx.name().size() > 1 ? visitName(ctx.name(1)) : null, at(ctx));
    }

    @Override
    public OpNode visitHeadOp(LensParser.HeadOpContext ctx) {
        return new OpNode.HeadOp(visitName(ctx.name(0)), ctx.name().size() > 1 ? visitName(ctx.name(1)) : null, at(ctx));
    }

    @Override
    public OpNode visitInOp(LensParser.InOpContext ctx) {
        return new OpNode.InOp(visitName(ctx.name()), nestedOps(ctx.lensItem()), at(ctx));
    }

    @Override
    public OpNode visitMapOp(LensParser.MapOpContext ctx) {
        return new OpNode.MapOp(ctx.field == null ? null : visitName(ctx.field),
                ctx.key == null ? null : visitName(ctx.key), nestedOps(ctx.lensItem()), at(ctx));
    }

    @Override
    public OpNode visitConvertOp(LensParser.ConvertOpContext ctx) {
        TypeNode from = ctx.type().isEmpty() ? null : visitType(ctx.type(0));
        TypeNode to = ctx.type().isEmpty() ? null : visitType(ctx.type(1));
        return new OpNode.ConvertOp(visitName(ctx.name()), from, to,
                ctx.convertEntry().stream().map(this::visitConvertEntry).toList(), at(ctx));
    }

    @Override
    public OpNode visitCustomOp(LensParser.CustomOpContext ctx) {
        return new OpNode.CustomOp(visitName(ctx.name()), visitQualifiedName(ctx.qualifiedName()),
                at(ctx.qualifiedName()), at(ctx));
    }

    @Override
    public OpNode visitSplitOp(LensParser.SplitOpContext ctx) {
        return new OpNode.SplitOp(visitName(ctx.name()), ctx.splitPart().stream().map(this::visitSplitPart).toList(),
                ctx.splitRule() == null ? null : visitSplitRule(ctx.splitRule()), at(ctx));
    }

    @Override
    public OpNode visitMergeOp(LensParser.MergeOpContext ctx) {
        return new OpNode.MergeOp(ctx.splitPart().stream().map(this::visitSplitPart).toList(), visitName(ctx.name()),
                ctx.splitRule() == null ? null : visitSplitRule(ctx.splitRule()), at(ctx));
    }

    @Override
    public OpNode.SplitPart visitSplitPart(LensParser.SplitPartContext ctx) {
        return new OpNode.SplitPart(visitName(ctx.name()),
                ctx.STRING() == null ? null : StringLiterals.string(ctx.STRING().getSymbol()),
                ctx.STRING() == null ? null : at(ctx.STRING().getSymbol()));
    }

    @Override
    public OpNode.SplitRule visitSplitRule(LensParser.SplitRuleContext ctx) {
        List<TerminalNode> strings = ctx.STRING();
        TerminalNode regexToken = ctx.REGEX();
        String separator = regexToken == null && !strings.isEmpty() ? StringLiterals.string(strings.get(0).getSymbol()) : null;
        String regex = regexToken == null ? null : regexToken.getText().substring(1, regexToken.getText().length() - 1);
        int formatIndex = regexToken == null ? 1 : 0;
        TerminalNode format = ctx.FORMAT() == null || strings.size() <= formatIndex ? null : strings.get(formatIndex);
        List<OpNode.SplitElse> elseRule = ctx.ELSE() == null ? null
                : ctx.splitElse().stream().map(this::visitSplitElse).toList();
        return new OpNode.SplitRule(separator, regex, regexToken == null ? null : at(regexToken.getSymbol()),
                format == null ? null : StringLiterals.string(format.getSymbol()),
                format == null ? null : at(format.getSymbol()), elseRule, at(ctx));
    }

    @Override
    public OpNode.SplitElse visitSplitElse(LensParser.SplitElseContext e) {
        return e.STRING() != null
                ? new OpNode.SplitElse(visitName(e.name(0)), StringLiterals.string(e.STRING().getSymbol()), null)
                : new OpNode.SplitElse(visitName(e.name(0)), null, visitName(e.name(1)));
    }

    @Override
    public OpNode visitSemanticOp(LensParser.SemanticOpContext ctx) {
        return new OpNode.SemanticOp(visitFieldPath(ctx.semantic().fieldPath()), at(ctx));
    }

    @Override
    public ConvertEntry visitConvertEntry(LensParser.ConvertEntryContext ctx) {
        Direction d = visitDirection(ctx.direction());
        if (ctx.ELSE() != null) {
            return new ConvertEntry(null, d, value(ctx.value(0)), at(ctx));
        }
        return new ConvertEntry(value(ctx.value(0)), d, value(ctx.value(1)), at(ctx));
    }

    @Override
    public Direction visitDirection(LensParser.DirectionContext ctx) {
        if (ctx.BOTH_ARROW() != null) {
            return Direction.BOTH;
        }
        return ctx.ARROW() != null ? Direction.FORWARD : Direction.BACKWARD;
    }

    // ---- types ----

    @Override
    public TypeNode visitType(LensParser.TypeContext ctx) {
        TypeNode base = (TypeNode) visit(ctx.baseType());
        int marks = ctx.QUESTION().size();
        return marks == 0 ? base : new TypeNode.NullableTypeNode(base, marks, at(ctx));
    }

    @Override
    public TypeNode visitStringType(LensParser.StringTypeContext ctx) {
        return new TypeNode.ScalarTypeNode(Scalar.STRING, at(ctx));
    }

    @Override
    public TypeNode visitIntType(LensParser.IntTypeContext ctx) {
        return new TypeNode.ScalarTypeNode(Scalar.INT, at(ctx));
    }

    @Override
    public TypeNode visitLongType(LensParser.LongTypeContext ctx) {
        return new TypeNode.ScalarTypeNode(Scalar.LONG, at(ctx));
    }

    @Override
    public TypeNode visitDoubleType(LensParser.DoubleTypeContext ctx) {
        return new TypeNode.ScalarTypeNode(Scalar.DOUBLE, at(ctx));
    }

    @Override
    public TypeNode visitBooleanType(LensParser.BooleanTypeContext ctx) {
        return new TypeNode.ScalarTypeNode(Scalar.BOOLEAN, at(ctx));
    }

    @Override
    public TypeNode visitAnyType(LensParser.AnyTypeContext ctx) {
        return new TypeNode.ScalarTypeNode(Scalar.ANY, at(ctx));
    }

    @Override
    public TypeNode visitEnumType(LensParser.EnumTypeContext ctx) {
        return new TypeNode.EnumTypeNode(names(ctx.name()), at(ctx));
    }

    @Override
    public TypeNode visitObjectType(LensParser.ObjectTypeContext ctx) {
        return new TypeNode.ObjectTypeNode(fields(ctx.fieldDecl()), at(ctx));
    }

    @Override
    public TypeNode visitArrayType(LensParser.ArrayTypeContext ctx) {
        return new TypeNode.ArrayTypeNode(visitType(ctx.type()), at(ctx));
    }

    @Override
    public TypeNode visitMapType(LensParser.MapTypeContext ctx) {
        return new TypeNode.MapTypeNode(visitType(ctx.type()), at(ctx));
    }

    // ---- values ----

    /** The value, or null where none is written. */
    private ValueNode value(LensParser.ValueContext ctx) {
        return ctx == null ? null : new ValueNode(json(ctx), at(ctx));
    }

    private JsonNode json(LensParser.ValueContext ctx) {
        return (JsonNode) visit(ctx);
    }

    @Override
    public JsonNode visitStringValue(LensParser.StringValueContext ctx) {
        return NODES.textNode(StringLiterals.string(ctx.STRING().getSymbol()));
    }

    @Override
    public JsonNode visitNumberValue(LensParser.NumberValueContext ctx) {
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
    public JsonNode visitTrueValue(LensParser.TrueValueContext ctx) {
        return NODES.booleanNode(true);
    }

    @Override
    public JsonNode visitFalseValue(LensParser.FalseValueContext ctx) {
        return NODES.booleanNode(false);
    }

    @Override
    public JsonNode visitNullValue(LensParser.NullValueContext ctx) {
        return NODES.nullNode();
    }

    @Override
    public JsonNode visitArrayValue(LensParser.ArrayValueContext ctx) {
        ArrayNode out = NODES.arrayNode();
        ctx.value().forEach(v -> out.add(json(v)));
        return out;
    }

    @Override
    public JsonNode visitObjectValue(LensParser.ObjectValueContext ctx) {
        ObjectNode out = NODES.objectNode();
        for (LensParser.MemberContext m : ctx.member()) {
            Map.Entry<Name, JsonNode> member = visitMember(m);
            Name key = member.getKey();
            if (out.has(key.text())) {
                diagnostics.error(key.location(), DiagnosticCode.DUPLICATE,
                        "duplicate key '" + key.text() + "' in an object value");
            }
            out.set(key.text(), member.getValue());
        }
        return out;
    }

    @Override
    public Map.Entry<Name, JsonNode> visitMember(LensParser.MemberContext ctx) {
        return Map.entry(visitName(ctx.name()), json(ctx.value()));
    }

    // ---- names ----

    @Override
    public Name visitName(LensParser.NameContext ctx) {
        Token t = ctx.getStart();
        return new Name(StringLiterals.name(t), at(t));
    }

    private List<Name> names(List<LensParser.NameContext> ctxs) {
        return ctxs.stream().map(this::visitName).toList();
    }

    @Override
    public String visitQualifiedName(LensParser.QualifiedNameContext ctx) {
        return String.join(".", names(ctx.name()).stream().map(Name::text).toList());
    }

    @Override
    public Integer visitNumber(LensParser.NumberContext ctx) {
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

    private Location at(ParserRuleContext ctx) {
        return at(ctx.getStart());
    }

    private Location at(Token t) {
        return new Location(file, Math.max(1, t.getLine()), t.getCharPositionInLine() + 1);
    }
}
