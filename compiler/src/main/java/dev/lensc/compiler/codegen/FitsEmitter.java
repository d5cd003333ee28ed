package dev.lensc.compiler.codegen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import dev.lensc.runtime.lens.LensOp;
import dev.lensc.runtime.lens.LensOps;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Whether ops would run on a value without failing, told without building their result: a put walk
 * runs the reverses on its base only to learn whether the base fits where nothing reads a field's
 * value after them (the reverse of {@code in items} on the base's items). Only ops that fail on the
 * kind of a value alone are checked so: {@code remove} (an object), {@code in} (an object, and its
 * ops on the field's value), {@code map} (an array, and its ops on every item); a null value stays
 * null, as in the interpreter. For other ops there is no check, and the caller runs them whole.
 */
final class FitsEmitter {
    private final MemberRegistry members;

    FitsEmitter(MemberRegistry members) {
        this.members = members;
    }

    /**
     * {@code boolean name(JsonNode value)}: whether the change {@code in} runs on a present value
     * without failing; null when its ops are not all checked so.
     */
    String fits(LensOp.In in) {
        if (!checkable(in.ops())) {
            return null;
        }
        return method(in.ops(), LensOps.describe(in));
    }

    /** The method checking {@code ops} on a value that may be absent (Java null) or null. */
    private String method(List<LensOp> ops, String text) {
        return members.method(List.of("fits", ops), "fits", name -> {
            MethodSpec.Builder m = MethodSpec.methodBuilder(name).addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                    .returns(boolean.class).addParameter(JsonNode.class, "value")
                    .addJavadoc("Whether $L runs on the value without failing (its result is not built)\n",
                            RecordGenerator.javadocText(text));
            if (ops.isEmpty()) {
                return m.addStatement("return true").build();
            }
            m.beginControlFlow("if (value == null || value.isNull())").addStatement("return true").endControlFlow();
            if (ops.size() == 1 && ops.get(0) instanceof LensOp.Map map) {
                m.beginControlFlow("if (!(value instanceof $T a))", ArrayNode.class).addStatement("return false")
                        .endControlFlow();
                if (!map.ops().isEmpty()) {
                    m.beginControlFlow("for ($T item : a)", JsonNode.class);
                    m.beginControlFlow("if (!($L))", item(map.ops())).addStatement("return false").endControlFlow();
                    m.endControlFlow();
                }
                return m.addStatement("return true").build();
            }
            m.beginControlFlow("if (!(value instanceof $T o))", ObjectNode.class).addStatement("return false")
                    .endControlFlow();
            List<CodeBlock> inner = ops.stream().filter(op -> op instanceof LensOp.In)
                    .map(op -> CodeBlock.of("$N(o.get($S))", method(((LensOp.In) op).ops(), LensOps.describe(op)),
                            ((LensOp.In) op).name()))
                    .toList();
            return m.addStatement("return $L", inner.isEmpty() ? CodeBlock.of("true")
                    : CodeBlock.join(inner, " && ")).build();
        });
    }

    /** The test of a map's {@code ops} on an {@code item}: inline for removes alone, else a method. */
    private CodeBlock item(List<LensOp> ops) {
        if (ops.stream().allMatch(op -> op instanceof LensOp.Remove)) {
            return CodeBlock.of("item.isNull() || item.isObject()");
        }
        return CodeBlock.of("$N(item)", method(ops, "map"));
    }

    /**
     * Whether ops fail on the kinds of values alone: removes and {@code in}s of distinct fields (so
     * no op changes what another sees), or one {@code map}, each of such ops in turn.
     */
    private static boolean checkable(List<LensOp> ops) {
        if (ops.size() == 1 && ops.get(0) instanceof LensOp.Map map) {
            return checkable(map.ops());
        }
        Set<String> names = new HashSet<>();
        for (LensOp op : ops) {
            if (op instanceof LensOp.Remove r) {
                if (!names.add(r.name())) {
                    return false;
                }
            } else if (op instanceof LensOp.In in) {
                if (!names.add(in.name()) || !checkable(in.ops())) {
                    return false;
                }
            } else {
                return false;
            }
        }
        return true;
    }
}
