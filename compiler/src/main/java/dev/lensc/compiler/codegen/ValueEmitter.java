package dev.lensc.compiler.codegen;

import com.fasterxml.jackson.databind.JsonNode;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import dev.lensc.runtime.json.JsonPointers;
import dev.lensc.runtime.json.JsonValues;
import dev.lensc.runtime.lens.LensOp;
import dev.lensc.runtime.lens.LensOps;
import dev.lensc.runtime.lens.Steps;
import dev.lensc.runtime.lens.ValueMapping;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Methods on one field's value rather than on its object: a convert's image of a value, a convert
 * or an {@code in} applied to a present value (what a pass calls per slot).
 */
final class ValueEmitter {
    private static final ClassName STEPS = ClassName.get(Steps.class);
    private static final ClassName JSON_NODE = ClassName.get(JsonNode.class);

    private final MemberRegistry members;
    private final OpEmitter ops;

    ValueEmitter(MemberRegistry members, OpEmitter ops) {
        this.members = members;
        this.ops = ops;
    }

    /** {@code JsonNode name(JsonNode value)}: a present value converted, or the convert's failure. */
    String convertValue(LensOp.Convert c) {
        Object key = List.of("convertValue", c);
        return members.method(key, "convert", name -> {
            String image = image(c);
            String text = LensOps.describe(c);
            MethodSpec.Builder m = MemberRegistry.valueMethod(name, "value")
                    .addJavadoc("$L, on the value\n", RecordGenerator.javadocText(text));
            m.addStatement("$T result = $N(value)", JSON_NODE, image);
            m.beginControlFlow("if (result == null)");
            m.addStatement("$L", noImage(c));
            m.endControlFlow();
            m.addStatement("return result.deepCopy()");
            return m.build();
        });
    }

    /** {@code throw Steps.noImage(...)} for a value the convert has no image of. */
    CodeBlock noImage(LensOp.Convert c) {
        return CodeBlock.of("throw $T.noImage(value, $L, $L, $S, $S)", STEPS, c.table().isEmpty(),
                c.toType() == null ? CodeBlock.of("null") : CodeBlock.of("$N", members.typeConstant(c.toType())),
                c.name(), LensOps.describe(c));
    }

    /** {@code JsonNode name(JsonNode value)}: the ops of an {@code in} run on a present value. */
    String inValue(LensOp.In in) {
        return inValue(in, false);
    }

    /**
     * {@code JsonNode name(JsonNode value, JsonNode base)}: the ops of an {@code in} run on a present
     * value (which they may change) onto the base's value of the field (null: none, as a null one).
     */
    String inValueOnto(LensOp.In in) {
        return inValue(in, true);
    }

    private String inValue(LensOp.In in, boolean onto) {
        Object key = List.of(onto ? "inValueOnto" : "inValue", in);
        return members.method(key, "in", name -> {
            String inner = onto ? ops.put(in.ops()) : ops.get(in.ops());
            MethodSpec.Builder m = MemberRegistry.valueMethod(name, "value");
            if (onto) {
                m.addParameter(JsonNode.class, "base");
            }
            m.addJavadoc("$L, on the value$L\n", RecordGenerator.javadocText(LensOps.describe(in)),
                    onto ? " onto the base's value" : "");
            m.beginControlFlow("if (value.isNull())").addStatement("return value").endControlFlow();
            boolean down = OpEmitter.callsCustom(in.ops());
            OpEmitter.tryAt(m, down ? CodeBlock.of("$S", in.name()) : null);
            if (onto) {
                m.addStatement("return $N(value, base == null || base.isNull() ? null : base)", inner);
            } else {
                m.addStatement("return $N(value)", inner);
            }
            OpEmitter.catchAt(m, CodeBlock.of("$S", JsonPointers.child("", in.name())), down);
            return m.build();
        });
    }

    /** {@code JsonNode imageN(JsonNode v)}: the convert's value for {@code v}, or null when it has none. */
    String image(LensOp.Convert c) {
        Object key = List.of("image", c);
        return members.method(key, "image", name -> {
            MethodSpec.Builder m = MemberRegistry.valueMethod(name, "v")
                    .addJavadoc("The image of a value under $L, or null.\n",
                            RecordGenerator.javadocText(LensOps.describe(c)));
            // a text matches only a text, so texts are looked up by a switch; the first mapping of a value wins
            Map<String, JsonNode> texts = new LinkedHashMap<>();
            for (ValueMapping mapping : c.table()) {
                if (mapping.forwards() && mapping.from().isTextual()) {
                    texts.putIfAbsent(mapping.from().textValue(), mapping.to());
                }
            }
            if (!texts.isEmpty()) {
                m.beginControlFlow("if (v.isTextual())").beginControlFlow("switch (v.textValue())");
                texts.forEach((text, to) -> m.addCode("case $S:\n$>", text)
                        .addStatement("return $N", members.constant(to)).addCode("$<"));
                m.addCode("default:\n$>").addStatement("break").addCode("$<");
                m.endControlFlow().endControlFlow();
            }
            for (ValueMapping mapping : c.table()) {
                if (mapping.forwards() && !mapping.from().isTextual()) {
                    m.beginControlFlow("if ($T.equal(v, $N))", JsonValues.class, members.constant(mapping.from()));
                    m.addStatement("return $N", members.constant(mapping.to()));
                    m.endControlFlow();
                }
            }
            if (c.forwardFallback() != null) {
                m.addStatement("return $N", members.constant(c.forwardFallback()));
            } else {
                // null is a value of its own, never looked up as the text "null"; it stays null
                m.beginControlFlow("if (v.isNull())").addStatement("return v").endControlFlow();
                if (!c.table().isEmpty()) {
                    m.addStatement("return null");
                } else if (c.toType() == null) {
                    m.addStatement("return v");
                } else {
                    m.addStatement("return $T.coerce(v, $N)", STEPS, members.typeConstant(c.toType()));
                }
            }
            return m.build();
        });
    }
}
