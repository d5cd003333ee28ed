package dev.lensc.compiler.codegen;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import dev.lensc.runtime.graph.DocumentType;
import dev.lensc.runtime.lens.LensContext;
import dev.lensc.runtime.lens.LensOp;
import dev.lensc.runtime.lens.LensOps;
import dev.lensc.runtime.lens.LensScope;
import dev.lensc.runtime.lens.LensException;
import dev.lensc.runtime.schema.Type;
import dev.lensc.runtime.stream.CheckedStream;
import dev.lensc.runtime.stream.ConvertStream;
import dev.lensc.runtime.stream.LateFields;
import dev.lensc.runtime.stream.LevelStream;
import dev.lensc.runtime.stream.PlungeStream;
import dev.lensc.runtime.stream.StreamChecks;
import dev.lensc.runtime.stream.TreeStream;
import dev.lensc.runtime.stream.TypeStream;
import dev.lensc.runtime.stream.ValueStream;
import dev.lensc.runtime.stream.WrittenText;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Java for {@link StreamPlan}s: what reads a planned value from {@code JsonParser p} (at the
 * value's first token, leaving it at its last) and writes its translation to
 * {@code JsonGenerator g}. Most values are data run by the runtime: an object level is a
 * {@link LevelStream} table (a key's copy, rename, drop or value stream; appended constants), a
 * convert a {@link ConvertStream}, a {@link StreamPlan.Tree} a {@link TreeStream} over the tree
 * translator's code; so a pair of versions costs a few lines of constants, not a method with a
 * {@code case} per field. A private method remains where values pass between fields (a level that
 * hoists or plunges keeps a {@code case} for those fields only), and for {@code map}, {@code head}
 * and {@code wrap}. The code goes to a class of its own ({@code OrderStreamTranslators}), shared
 * through its own {@link MemberRegistry}, so identical levels of different pairs are one constant;
 * the tree code it runs (a convert's images, a tree fallback, late ops) is the tree translators'
 * ({@code OrderLenses}), made package-private where it is called ({@link MemberRegistry#share}).
 */
final class StreamEmitter {
    private static final ClassName CHECKS = ClassName.get(StreamChecks.class);
    private static final ClassName JSON_NODE = ClassName.get(JsonNode.class);
    private static final ClassName TOKEN = ClassName.get(JsonToken.class);

    private final OpEmitter ops;
    /** The streaming class's own members. */
    private final MemberRegistry members;
    /** The tree translators' members, some of which the streaming code calls ({@link MemberRegistry#share}). */
    private final MemberRegistry trees;
    /** The tree translators' class ({@code OrderLenses}). */
    private final ClassName lenses;
    /** The streaming class ({@code OrderStreamTranslators}), for method references to its own methods. */
    private final ClassName streams;

    StreamEmitter(OpEmitter ops, ClassName lenses, ClassName streams) {
        this.ops = ops;
        this.trees = ops.members();
        this.members = trees.sibling();
        this.lenses = lenses;
        this.streams = streams;
    }

    List<FieldSpec> fields() {
        return members.fields();
    }

    List<MethodSpec> methods() {
        return members.methods();
    }

    /**
     * A statement streaming {@code value} from parser {@code p} to generator {@code g};
     * {@code captured} is the array its captures go to (null when it has none).
     */
    CodeBlock stream(StreamPlan value, String context, String p, String g, String captured) {
        if (value instanceof StreamPlan.Copy copy) {
            return CodeBlock.of("$N.copy($N, $N)", typeStream(copy.type(), context), p, g);
        }
        String data = dataStream(value, context);
        if (data != null) {
            return CodeBlock.of("$N.stream($N, $N)", data, p, g);
        }
        String method = method(value, context);
        return captured == null ? CodeBlock.of("$N($N, $N)", method, p, g)
                : CodeBlock.of("$N($N, $N, $N)", method, p, g, captured);
    }

    /** A {@code ValueStream} expression for {@code value}, which has no captures. */
    private CodeBlock valueStream(StreamPlan value, String context) {
        if (value instanceof StreamPlan.Copy copy) {
            return CodeBlock.of("$N::copy", typeStream(copy.type(), context));
        }
        String data = dataStream(value, context);
        return data != null ? CodeBlock.of("$N", data) : CodeBlock.of("$T::$N", streams, method(value, context));
    }

    /**
     * The constant streaming {@code value} from data (a {@link LevelStream}, {@link ConvertStream} or
     * {@link TreeStream}), or null when it takes a method of its own.
     */
    private String dataStream(StreamPlan value, String context) {
        if (value instanceof StreamPlan.Level l && !coded(l)) {
            return levelStream(l, context, true);
        }
        if (value instanceof StreamPlan.Convert c) {
            return convertStream(c, context);
        }
        if (value instanceof StreamPlan.Tree t) {
            return treeStream(t, context, null);
        }
        if (value instanceof StreamPlan.Checked c) {
            return checkedStream(c, context);
        }
        return null;
    }

    /** The constant holding the start of a misfit's message. */
    private String context(String context) {
        return members.constant("context:" + context, "CONTEXT_", name -> FieldSpec.builder(String.class, name,
                Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL).initializer("$S", context).build());
    }

    /** The constant {@code TypeStream} checking (and copying) values of {@code type}. */
    String typeStream(Type type, String context) {
        return members.constant("typeStream:" + type + ":" + context, "VALUES_",
                name -> FieldSpec.builder(TypeStream.class, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .initializer("$T.of($N, $N)", TypeStream.class, members.typeConstant(type), context(context))
                        .build());
    }

    private String method(StreamPlan value, String context) {
        if (value instanceof StreamPlan.Level l) {
            return level(l, context);
        }
        if (value instanceof StreamPlan.Items i) {
            return items(i, context);
        }
        if (value instanceof StreamPlan.Head h) {
            return head(h, context);
        }
        return wrap((StreamPlan.Wrap) value, context);
    }

    /** {@code private static void name(JsonParser p, JsonGenerator g[, JsonNode[] captured])}. */
    private static MethodSpec.Builder streamMethod(String name, boolean captures) {
        MethodSpec.Builder m = MethodSpec.methodBuilder(name).addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addParameter(JsonParser.class, "p").addParameter(JsonGenerator.class, "g")
                .addException(IOException.class);
        if (captures) {
            m.addParameter(ArrayTypeName.of(JSON_NODE), "captured");
        }
        return m;
    }

    /**
     * Whether a level needs code of its own: where its fields hand values to each other or to its
     * caller (hoist, plunge). Any other level is a {@link LevelStream} table.
     */
    private static boolean coded(StreamPlan.Level l) {
        return !l.captures().isEmpty() || l.plunge() != null || StreamPlan.late(l)
                || l.inputs().stream().anyMatch(StreamEmitter::coded);
    }

    /** Whether an input needs code of its level: it goes to the caller, or its value hoists fields out. */
    private static boolean coded(StreamPlan.Input in) {
        return in.capture() >= 0 || in.held() >= 0 || !StreamPlan.captures(in.value()).isEmpty() || discarded(in);
    }

    /** Whether an input is dropped after changes that may fail or hoists out of it: streamed to nowhere. */
    static boolean discarded(StreamPlan.Input in) {
        return in.name() == null && in.held() < 0 && !(in.value() instanceof StreamPlan.Copy);
    }

    /**
     * The {@link LevelStream} of a level's inputs that stream on their own, and (when {@code whole},
     * for a level without code) its appended constants.
     */
    private String levelStream(StreamPlan.Level l, String context, boolean whole) {
        // the calls after the first, each a soft line break apart; the key lists them without the
        // breaks (a CodeBlock's text stops at its first unflushed soft break)
        List<CodeBlock> table = new ArrayList<>();
        table.add(CodeBlock.of("$T.of($N, $N)", LevelStream.class, members.typeConstant(l.type()), context(context)));
        List<String> copies = new ArrayList<>();
        List<String> drops = new ArrayList<>();
        for (int i = 0; i < l.inputs().size(); i++) {
            StreamPlan.Input in = l.inputs().get(i);
            if (coded(in) || (l.plunge() != null
                    && (l.plunge().field() == i || l.plunge().host() == i))) {
                continue;
            }
            boolean copy = in.value() instanceof StreamPlan.Copy;
            if (!(copy && in.key().equals(in.name()))) {
                flush(table, "copy", copies);
            }
            if (in.name() != null) {
                flush(table, "drop", drops);
            }
            if (in.name() == null) {
                drops.add(in.key());
            } else if (copy && in.key().equals(in.name())) {
                copies.add(in.key());
            } else if (copy) {
                table.add(CodeBlock.of(".rename($S, $S)", in.key(), in.name()));
            } else {
                table.add(CodeBlock.of(".stream($S, $S, $L)", in.key(), in.name(), valueStream(in.value(), context)));
            }
        }
        flush(table, "copy", copies);
        flush(table, "drop", drops);
        if (whole) {
            for (StreamPlan.Appended a : l.appended()) {
                StreamPlan.Constant c = (StreamPlan.Constant) a;
                table.add(CodeBlock.of(".append($S, $N)", c.name(), members.constant(c.value())));
            }
        }
        CodeBlock initializer = CodeBlock.join(table, "$Z");
        String doc = whole ? levelJavadoc(l) : "The fields of a level that stream on their own.\n";
        return members.constant("levelStream:" + table + ":" + doc, "LEVEL_", name -> FieldSpec.builder(
                LevelStream.class, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL).addJavadoc(doc)
                .initializer(initializer).build());
    }

    /** Adds {@code .method("a", "b")} for the keys gathered, if any, and forgets them. */
    private static void flush(List<CodeBlock> table, String method, List<String> keys) {
        if (!keys.isEmpty()) {
            table.add(CodeBlock.of(".$L($L)", method, keys.stream().map(k -> CodeBlock.of("$S", k)).collect(CodeBlock.joining(", "))));
            keys.clear();
        }
    }

    private String level(StreamPlan.Level l, String context) {
        return members.method(List.of("streamLevel", l, context), "streamLevel", name -> {
            boolean captures = !l.captures().isEmpty();
            MethodSpec.Builder m = streamMethod(name, captures).addJavadoc(levelJavadoc(l));
            String table = levelStream(l, context, false);
            if (l.type().isNullable()) {
                m.beginControlFlow("if (p.currentToken() == $T.VALUE_NULL)", TOKEN);
                nullCaptures(m, l.captures().size());
                m.addStatement("g.writeNull()").addStatement("return").endControlFlow();
            }
            m.addStatement("$N.begin(p, g)", table);
            for (int i = 0; i < l.inputs().size(); i++) {
                int n = StreamPlan.captures(l.inputs().get(i).value()).size();
                if (n > 0) {
                    m.addStatement("$T[] from$L = new $T[$L]", JSON_NODE, i, JSON_NODE, n);
                }
            }
            StreamPlan.Plunge plunge = l.plunge();
            if (plunge != null) {
                m.addStatement("$T.Level plunge = $N.begin(g)", PlungeStream.class, plungeStream(l, context));
            }
            List<String> held = l.inputs().stream().filter(in -> in.held() >= 0).map(in -> "held" + in.held() + " = null")
                    .toList();
            if (!held.isEmpty()) {
                m.addStatement("$T $L", JSON_NODE, String.join(", ", held));
            }
            if (anyStays(l)) {
                m.addStatement("$T.Stays stays = $T.stays(g)", LateFields.class, LateFields.class);
            }
            m.addStatement("long seen = 0");
            m.addStatement("String key");
            // the next key in one call (null at the object's end: nothing else can follow a value in an object)
            m.beginControlFlow("while ((key = p.nextFieldName()) != null)");
            m.beginControlFlow("switch (key)");
            for (int i = 0; i < l.inputs().size(); i++) {
                StreamPlan.Input in = l.inputs().get(i);
                boolean plunged = plunge != null && (plunge.field() == i || plunge.host() == i);
                if (!plunged && !coded(in)) {
                    continue; // in the table
                }
                m.addCode("case $S:\n$>", in.key());
                m.addStatement("seen = $T.enter(p, key, seen, $L)", CHECKS, i);
                if (plunge != null && plunge.field() == i) {
                    m.addStatement("plunge.field(p)");
                } else if (plunge != null && plunge.host() == i) {
                    m.addStatement("g = plunge.host(p)");
                } else if (in.capture() >= 0) {
                    m.addStatement("captured[$L] = $N.read(p)", in.capture(), typeStream(in.value().type(), context));
                } else if (in.held() >= 0) {
                    m.addStatement("held$L = $N.read(p)", in.held(), typeStream(in.value().type(), context));
                    String stays = stays(l, in.held());
                    if (stays != null) {
                        m.addStatement("g = stays.stay($L)", in.held());
                    }
                } else if (discarded(in)) {
                    m.addStatement("$T nowhere$L = $T.nowhere()", JsonGenerator.class, i, CHECKS);
                    m.addStatement("$L", stream(in.value(), context, "p", "nowhere" + i,
                            StreamPlan.captures(in.value()).isEmpty() ? null : "from" + i));
                } else {
                    m.addStatement("g.writeFieldName($N)", name(in.name()));
                    m.addStatement("$L", stream(in.value(), context, "p", "g", "from" + i));
                }
                m.addStatement("break").addCode("$<");
            }
            m.addCode("default:\n$>").addStatement("seen = $N.field(p, g, key, seen)", table).addCode("$<");
            m.endControlFlow();
            if (anyStays(l)) {
                // the late ops take only what the level read (and constants): once it all has been, the
                // held inputs are written in their places, and the rest of the level streams on
                long lateInputs = StreamPlan.lateInputs(l);
                m.beginControlFlow("if (stays.waiting() && (seen & $LL) == $LL)", lateInputs, lateInputs);
                m.addStatement("g = $N.flush($L)", lateProgram(l), lateArgs(l, "p, stays"));
                m.endControlFlow();
            }
            m.endControlFlow();
            m.addStatement("$N.requirePresent(p, seen)", table);
            if (plunge != null) {
                m.addStatement("g = plunge.end()");
            }
            if (StreamPlan.late(l)) {
                lateFields(m, l);
                m.addStatement("g.writeEndObject()");
                return m.build();
            }
            for (StreamPlan.Appended a : l.appended()) {
                if (a instanceof StreamPlan.NewHost) {
                    m.addStatement("plunge.newHost()");
                } else if (a instanceof StreamPlan.Constant c) {
                    if (c.capture() >= 0) {
                        m.addStatement("captured[$L] = $N", c.capture(), members.constant(c.value()));
                    } else {
                        m.addStatement("g.writeFieldName($N)", name(c.name()));
                        m.addStatement("$L", writeConstant(c.value()));
                    }
                } else {
                    StreamPlan.Hoisted h = (StreamPlan.Hoisted) a;
                    m.beginControlFlow("if (from$L[$L] != null)", h.input(), h.capture());
                    m.addStatement("g.writeFieldName($N)", name(h.name()));
                    m.addStatement("$T.write(from$L[$L], g)", CHECKS, h.input(), h.capture());
                    m.endControlFlow();
                }
            }
            m.addStatement("g.writeEndObject()");
            return m.build();
        });
    }

    /**
     * The end of a level with late fields: gathered, changed by the late ops, handed up or written,
     * by a {@code LateFields.Program} constant that levels ending alike share; the level gives it the
     * values it put in, in order.
     */
    private void lateFields(MethodSpec.Builder m, StreamPlan.Level l) {
        m.addStatement("g = $N.end($L)", lateProgram(l), lateArgs(l, "p, g, " + (anyStays(l) ? "stays" : "null")));
    }

    /** Whether a level holds an input that stays in its place. */
    private static boolean anyStays(StreamPlan.Level l) {
        return l.appended().stream().anyMatch(a -> a instanceof StreamPlan.Held h && h.stays() != null);
    }

    /** The arguments of a late program's {@code end} or {@code flush}: {@code first}, the captures, the values in order. */
    private static CodeBlock lateArgs(StreamPlan.Level l, String first) {
        List<CodeBlock> values = new ArrayList<>();
        for (StreamPlan.Appended a : l.appended()) {
            if (a instanceof StreamPlan.Hoisted h) {
                values.add(CodeBlock.of("from$L[$L]", h.input(), h.capture()));
            } else if (a instanceof StreamPlan.Held h) {
                values.add(CodeBlock.of("held$L", h.held()));
            }
        }
        CodeBlock args = CodeBlock.of("$L, $L", first, l.captures().isEmpty() ? "null" : "captured");
        return values.isEmpty() ? args : CodeBlock.of("$L, $L", args, CodeBlock.join(values, ", "));
    }

    /** The name of the {@code LateFields.Program} constant a level's late fields run by. */
    private String lateProgram(StreamPlan.Level l) {
        ClassName late = ClassName.get(LateFields.class);
        List<CodeBlock> steps = new ArrayList<>();
        for (StreamPlan.Appended a : l.appended()) {
            if (a instanceof StreamPlan.Constant c) {
                steps.add(CodeBlock.of(".constant($S, $N)", c.name(), members.constant(c.value())));
            } else if (a instanceof StreamPlan.Hoisted h) {
                steps.add(CodeBlock.of(".put($S)", h.name()));
            } else if (a instanceof StreamPlan.Held h) {
                steps.add(CodeBlock.of(".put($S)", h.name()));
            } else {
                steps.add(CodeBlock.of(".run($T::$N)", lenses, trees.share(lateOps(((StreamPlan.Ops) a).ops()))));
            }
        }
        List<CodeBlock> takes = new ArrayList<>();
        for (int c = 0; c < l.captures().size(); c++) {
            int capture = c;
            takes.add(l.inputs().stream().noneMatch(in -> in.capture() == capture)
                    ? CodeBlock.of("$S", l.captures().get(c)) : CodeBlock.of("null"));
        }
        if (takes.stream().anyMatch(t -> !t.toString().equals("null"))) {
            steps.add(CodeBlock.of(".take($L)", CodeBlock.join(takes, ", ")));
        }
        List<String> stays = l.appended().stream().filter(a -> a instanceof StreamPlan.Held)
                .sorted(java.util.Comparator.comparingInt(a -> ((StreamPlan.Held) a).held()))
                .map(a -> ((StreamPlan.Held) a).stays()).toList();
        boolean anyStays = stays.stream().anyMatch(java.util.Objects::nonNull);
        if (anyStays) {
            steps.add(CodeBlock.of(".stays($L)", stays.stream().map(n -> n == null ? CodeBlock.of("null")
                    : CodeBlock.of("$S", n)).collect(CodeBlock.joining(", "))));
        }
        // the steps a soft line break apart; the key lists them without the breaks (see levelStream)
        CodeBlock program = CodeBlock.of("$T.program()$Z$L", late, CodeBlock.join(steps, "$Z"));
        String key = "lateProgram:" + String.join("", steps.stream().map(CodeBlock::toString).toList());
        return members.constant(key, "LATE_", n -> FieldSpec.builder(LateFields.Program.class, n,
                Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("The end of a level with late fields (the late ops say what they do).\n")
                .initializer(program).build());
    }

    /**
     * {@code JsonNode name(JsonNode x)}: late ops, one by one, each as the tree translator runs it;
     * tree code, in the tree translators' class.
     */
    private String lateOps(List<LensOp> list) {
        return trees.method(List.of("late", list), "late", name -> {
            MethodSpec.Builder m = MethodSpec.methodBuilder(name).addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                    .returns(JSON_NODE).addParameter(JSON_NODE, "x")
                    .addJavadoc("$L, on the fields a level appends.\n", RecordGenerator.javadocText(
                            String.join("; ", list.stream().map(LensOps::describe).toList())));
            for (LensOp op : list) {
                m.addStatement("x = $L", ops.apply(op, CodeBlock.of("x"), null));
            }
            return m.addStatement("return x").build();
        });
    }

    /** The name a held input that stays in its place ends with, or null. */
    private static String stays(StreamPlan.Level l, int held) {
        for (StreamPlan.Appended a : l.appended()) {
            if (a instanceof StreamPlan.Held h && h.held() == held) {
                return h.stays();
            }
        }
        return null;
    }

    /** The constant {@code PlungeStream} of a level's plunge. */
    private String plungeStream(StreamPlan.Level l, String context) {
        StreamPlan.Plunge plunge = l.plunge();
        Type host = l.object().fields().get(plunge.host()).type();
        Type field = l.object().fields().get(plunge.field()).type();
        return members.constant("plungeStream:" + plunge + ":" + host + ":" + field + ":" + context, "PLUNGE_",
                name -> FieldSpec.builder(PlungeStream.class, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .initializer("$T.of($S, $S, $N, $N, $N)", PlungeStream.class, plunge.hostName(), plunge.name(),
                                members.typeConstant(host), members.typeConstant(field), context(context))
                        .build());
    }

    private static String levelJavadoc(StreamPlan.Level l) {
        StringBuilder doc = new StringBuilder("An object in one pass over its keys");
        if (StreamPlan.late(l)) {
            doc.append(", then the fields it appends, gathered and changed by ").append(names(l.appended().stream()
                    .filter(a -> a instanceof StreamPlan.Ops).flatMap(a -> ((StreamPlan.Ops) a).ops().stream())
                    .map(LensOps::describe).toList()));
        } else if (!l.appended().isEmpty()) {
            doc.append(", then ").append(names(l.appended().stream().map(a -> a instanceof StreamPlan.Constant c
                    ? c.name() : a instanceof StreamPlan.Hoisted h ? h.name() : l.plunge().hostName()).toList()));
        }
        if (l.plunge() != null) {
            doc.append("; plunges ").append(RecordGenerator.javadocText(l.plunge().name())).append(" into ")
                    .append(RecordGenerator.javadocText(l.plunge().hostName()));
        }
        if (!l.captures().isEmpty()) {
            doc.append("; hands ").append(names(l.captures())).append(" to the caller");
        }
        return doc.append(".\n").toString();
    }

    private static String names(List<String> names) {
        return String.join(", ", names.stream().map(RecordGenerator::javadocText).toList());
    }

    private static void nullCaptures(MethodSpec.Builder m, int captures) {
        for (int i = 0; i < captures; i++) {
            // a field hoisted out of a null object is null
            m.addStatement("captured[$L] = $T.getInstance()", i, NullNode.class);
        }
    }

    private String items(StreamPlan.Items items, String context) {
        return members.method(List.of("streamItems", items, context), "streamItems", name -> {
            MethodSpec.Builder m = streamMethod(name, false).addJavadoc("map: every item of the array.\n");
            if (items.type().isNullable()) {
                m.beginControlFlow("if (p.currentToken() == $T.VALUE_NULL)", TOKEN)
                        .addStatement("g.writeNull()").addStatement("return").endControlFlow();
            }
            m.beginControlFlow("if (p.currentToken() != $T.START_ARRAY)", TOKEN)
                    .addStatement("throw $T.misfit(p, $N, $S)", CHECKS, context(context), "an array").endControlFlow();
            m.addStatement("g.writeStartArray()");
            m.beginControlFlow("while (p.nextToken() != $T.END_ARRAY)", TOKEN)
                    .addStatement("$L", stream(items.item(), context, "p", "g", null)).endControlFlow();
            m.addStatement("g.writeEndArray()");
            return m.build();
        });
    }

    private String head(StreamPlan.Head head, String context) {
        return members.method(List.of("streamHead", head, context), "streamHead", name -> {
            int captures = StreamPlan.captures(head.first()).size();
            Type items = ((Type.ArrayType) Type.nonNull(head.type())).items();
            MethodSpec.Builder m = streamMethod(name, captures > 0)
                    .addJavadoc("head: the first item; the others are only checked.\n");
            m.addStatement("$T t = p.currentToken()", TOKEN);
            m.beginControlFlow("if (t == $T.START_ARRAY)", TOKEN);
            m.beginControlFlow("if (p.nextToken() != $T.END_ARRAY)", TOKEN);
            m.addStatement("$L", stream(head.first(), context, "p", "g", captures > 0 ? "captured" : null));
            m.beginControlFlow("while (p.nextToken() != $T.END_ARRAY)", TOKEN)
                    .addStatement("$N.skip(p)", typeStream(items, context)).endControlFlow();
            m.addStatement("return");
            m.endControlFlow();
            if (head.type().isNullable()) {
                m.nextControlFlow("else if (t != $T.VALUE_NULL)", TOKEN);
            } else {
                m.nextControlFlow("else");
            }
            m.addStatement("throw $T.misfit(p, $N, $S)", CHECKS, context(context), "an array");
            m.endControlFlow();
            nullCaptures(m, captures);
            m.addComment("an empty or null array has no first item");
            m.addStatement("$L", writeConstant(head.ifEmpty()));
            return m.build();
        });
    }

    /** The {@link ConvertStream} of a convert, on the value read. */
    private String convertStream(StreamPlan.Convert c, String context) {
        String convert = trees.share(ops.values().convertValue(c.op()));
        return members.constant("convertStream:" + c.type() + ":" + context + ":" + convert, "CONVERT_",
                name -> FieldSpec.builder(ConvertStream.class, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("$L, on the value read.\n", RecordGenerator.javadocText(LensOps.describe(c.op())))
                        .initializer("$T.of($N, $N, $T::$N)", ConvertStream.class, members.typeConstant(c.type()),
                                context(context), lenses, convert)
                        .build());
    }

    private String wrap(StreamPlan.Wrap w, String context) {
        return members.method(List.of("streamWrap", w, context), "streamWrap", name -> {
            int captures = StreamPlan.captures(w).size();
            MethodSpec.Builder m = streamMethod(name, captures > 0).addJavadoc("wrap: the value as a one-item array.\n");
            if (w.type().isNullable()) {
                m.beginControlFlow("if (p.currentToken() == $T.VALUE_NULL)", TOKEN);
                nullCaptures(m, captures);
                m.addComment("null wraps as an empty array")
                        .addStatement("g.writeStartArray()").addStatement("g.writeEndArray()").addStatement("return")
                        .endControlFlow();
            }
            m.addStatement("g.writeStartArray()");
            m.addStatement("$L", stream(w.inner(), context, "p", "g", captures > 0 ? "captured" : null));
            m.addStatement("g.writeEndArray()");
            return m.build();
        });
    }

    /**
     * The {@link TreeStream} of a value whose ops do not stream, through {@code get} (null: the
     * tree translator's get of its ops).
     */
    private String treeStream(StreamPlan.Tree t, String context, String treeGet) {
        String get = trees.share(treeGet != null ? treeGet : ops.get(t.ops()));
        CodeBlock output = t.output() == null ? CodeBlock.of("")
                : CodeBlock.of(",$W$N,$W$S,$W$S", members.typeConstant(t.output()), t.outputContext(), t.culprit());
        return members.constant("treeStream:" + t + ":" + context + ":" + get, "TREE_", name -> FieldSpec.builder(
                TreeStream.class, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer("$T.of($N, $N, $T::$N$L)", TreeStream.class, members.typeConstant(t.type()),
                        context(context), lenses, get, output)
                .build());
    }

    /** The {@link CheckedStream} of a value whose output is checked as it is written. */
    private String checkedStream(StreamPlan.Checked c, String context) {
        CodeBlock inner = valueStream(c.value(), context);
        CodeBlock culprit = c.culprit() == null ? CodeBlock.of("null") : CodeBlock.of("$S", c.culprit());
        return members.constant("checkedStream:" + inner + ":" + c.output() + ":" + c.outputContext() + ":" + c.culprit(),
                "CHECKED_", name -> FieldSpec.builder(CheckedStream.class, name, Modifier.PRIVATE, Modifier.STATIC,
                        Modifier.FINAL)
                        .addJavadoc("What the translation writes, checked against the target version as it is written.\n")
                        .initializer("$T.of($L,$W$N,$W$S,$W$L)", CheckedStream.class, inner,
                                members.typeConstant(c.output()), c.outputContext(), culprit)
                        .build());
    }

    /** A field name written as a constant, escaped once. */
    private String name(String fieldName) {
        return members.constant("name:" + fieldName, "NAME_", constant -> FieldSpec.builder(serializedType(fieldName),
                constant, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer(serialized(fieldName)).build());
    }

    /** Text encoded once; through {@link WrittenText} where it holds a character beyond the BMP. */
    private static CodeBlock serialized(String text) {
        return text.chars().anyMatch(c -> Character.isSurrogate((char) c))
                ? CodeBlock.of("$T.of($S)", WrittenText.class, text) : CodeBlock.of("new $T($S)", SerializedString.class, text);
    }

    private static Class<?> serializedType(String text) {
        return text.chars().anyMatch(c -> Character.isSurrogate((char) c)) ? SerializableString.class : SerializedString.class;
    }

    /** A constant value written as the tree writer writes it (text encoded once). */
    private CodeBlock writeConstant(JsonNode value) {
        if (value.isTextual()) {
            String text = members.constant("text:" + value.textValue(), "TEXT_", constant -> FieldSpec.builder(
                    serializedType(value.textValue()), constant, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                    .initializer(serialized(value.textValue())).build());
            return CodeBlock.of("g.writeString($N)", text);
        }
        if (value.isBoolean()) {
            return CodeBlock.of("g.writeBoolean($L)", value.booleanValue());
        }
        if (value.isNull()) {
            return CodeBlock.of("g.writeNull()");
        }
        if (value.getClass() == IntNode.class) {
            return CodeBlock.of("g.writeNumber($L)", value.intValue());
        }
        return CodeBlock.of("$T.write($N, g)", CHECKS, members.constant(value));
    }

    /** What every streaming pair method does, said once in the class comment. */
    static final CodeBlock CONTRACT = CodeBlock.of("""

            <p>{@code vAToVB(JsonParser in, JsonGenerator out)} streams: it reads one document from {@code in} (at
            its first token, or before it) and writes its translation to {@code out}, leaving {@code in} at the
            document's last token. The document is checked against version A as it is read; only hoisted values
            and ops that do not stream are held in memory. An op's failure waits until the input was read and
            checked (a misfit fails first). On a {@link $T} what was written is not the translation: discard it.
            """, LensException.class);

    /** What a streaming class with composed routes ({@link Routes}) says of them once. */
    static final CodeBlock COMPOSED = CodeBlock.of("""

            <p>A single hop and each route to or from the newest version stream on their own; a route between two
            older versions reads its document into a tree (checked as it is read) and runs its hops' tree
            translators in turn.
            """);

    /**
     * {@code public static void vAToVB(JsonParser in, JsonGenerator out)}: the streaming translator
     * of one pair of versions, named {@code name}.
     */
    MethodSpec pair(DocumentType type, int from, int to, TranslationPlan plan, String name) {
        return pair(type, from, to, plan, name, null);
    }

    /**
     * {@link #pair(DocumentType, int, int, TranslationPlan, String)}; with {@code treeGet} (the
     * route's get method) not null, the route is composed ({@link Routes}) and its documents are read
     * into a tree and run through {@code treeGet} ({@link StreamPlanner#tree}).
     */
    MethodSpec pair(DocumentType type, int from, int to, TranslationPlan plan, String name, String treeGet) {
        StreamPlan root = treeGet == null ? StreamPlanner.document(type, from, to, plan)
                : StreamPlanner.tree(type, from, to, plan);
        String context = StreamPlanner.inputContext(type, from);
        MethodSpec.Builder m = MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addParameter(JsonParser.class, "in").addParameter(JsonGenerator.class, "out")
                .addException(IOException.class)
                .addJavadoc("Version $L to version $L, streaming$L.\n", from, to, treeGet != null
                        ? " (read into a tree first: the route runs hop by hop)" : root instanceof StreamPlan.Tree
                        ? " (read into a tree first: the ops do not stream)" : "");
        CodeBlock translate = CodeBlock.of("$T.translate(in, out, $L, $S, $L, $L)", CHECKS, treeGet == null
                ? valueStream(root, context) : CodeBlock.of("$N", treeStream((StreamPlan.Tree) root, context, treeGet)),
                type.name(), from, to);
        if (!OpEmitter.callsCustom(plan.ops())) {
            return m.addStatement(translate).build();
        }
        // custom lenses (in the values read into trees) are told the translation, as the tree translator tells them
        return m.addStatement("$T outer = $T.enter($T.of($S, $L, $L, null))", LensContext.class, LensScope.class,
                        LensContext.class, type.name(), from, to)
                .beginControlFlow("try").addStatement(translate)
                .nextControlFlow("finally").addStatement("$T.restore(outer)", LensScope.class).endControlFlow()
                .build();
    }

    /**
     * {@code translate(JsonParser in, JsonGenerator out, int from, int to)}: any version to any
     * other, streaming, through the pair's method.
     */
    MethodSpec translate(DocumentType type, List<Integer> versions, List<int[]> pairs) {
        MethodSpec.Builder t = MethodSpec.methodBuilder("translate").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addJavadoc("Any version to any other, streaming (see the {@code vAToVB(JsonParser, JsonGenerator)} methods).\n")
                .addParameter(JsonParser.class, "in").addParameter(JsonGenerator.class, "out")
                .addParameter(TypeName.INT, "from").addParameter(TypeName.INT, "to").addException(IOException.class);
        PairSwitch.choose(t, ClassName.get(ValueStream.class), "translation", type.name(), versions, (from, to) ->
                from.equals(to) ? CodeBlock.of("(i, o) -> $T.copyDocument(i, o, $N, $S, $L)", CHECKS,
                        typeStream(type.schema(from).orElseThrow(), StreamPlanner.inputContext(type, from)),
                        type.name(), from)
                : pairs.stream().anyMatch(p -> p[0] == from && p[1] == to)
                        ? CodeBlock.of("$T::$N", streams, JavaGenerator.method(from, to)) : null);
        t.addStatement("translation.stream(in, out)");
        return t.build();
    }

    /** The registration's override of {@code Translator.translate(JsonParser, JsonGenerator, int, int)}. */
    static MethodSpec registration(ClassName streams) {
        return MethodSpec.methodBuilder("translate").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
                .addParameter(JsonParser.class, "in").addParameter(JsonGenerator.class, "out")
                .addParameter(TypeName.INT, "from").addParameter(TypeName.INT, "to").addException(IOException.class)
                .addStatement("$T.translate(in, out, from, to)", streams).build();
    }
}
