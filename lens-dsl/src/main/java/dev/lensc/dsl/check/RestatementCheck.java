package dev.lensc.dsl.check;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lensc.dsl.DiagnosticCode;
import dev.lensc.dsl.Diagnostics;
import dev.lensc.dsl.Location;
import dev.lensc.dsl.ast.FieldNode;
import dev.lensc.dsl.ast.TypeNode;
import dev.lensc.dsl.ast.VersionNode;
import dev.lensc.runtime.json.JsonValues;
import dev.lensc.runtime.schema.Field;
import dev.lensc.runtime.schema.Hints;
import dev.lensc.runtime.schema.SchemaValidator;
import dev.lensc.runtime.schema.Type;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Compares a restated {@code version N { ... }} with the type the lenses derive; reports each difference. */
final class RestatementCheck {
    private final Diagnostics diagnostics;
    // problems inside the restated types were reported when they were first resolved
    private final TypeResolver quietTypes = new TypeResolver(new Diagnostics());

    RestatementCheck(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    void check(VersionNode restated, Type.ObjectType derived) {
        compare(restated.number(), "", derived, restated.fields(), restated.location());
    }

    private void compare(int version, String path, Type.ObjectType derived, List<FieldNode> restated, Location block) {
        Set<String> seen = new HashSet<>();
        for (FieldNode fn : restated) {
            String name = fn.name().text();
            if (!seen.add(name)) {
                continue;
            }
            String full = path + name;
            Field d = derived.field(name).orElse(null);
            if (d == null) {
                List<String> candidates = new ArrayList<>(derived.fieldNames());
                String hint = Hints.didYouMean(name, candidates);
                diagnostics.error(fn.name().location(), DiagnosticCode.RESTATED_VERSION_DIFFERS, "version " + version
                        + " restates field '" + full + "', which the lenses do not derive",
                        hint != null ? hint : candidates.isEmpty() ? null : "the lenses derive: " + String.join(", ", candidates));
                continue;
            }
            Type r = quietTypes.type(fn.type());
            if (!d.type().equals(r)) {
                TypeNode bare = fn.type() instanceof TypeNode.NullableTypeNode n ? n.inner() : fn.type();
                if (Type.nonNull(d.type()) instanceof Type.ObjectType dObj && bare instanceof TypeNode.ObjectTypeNode rObj
                        && d.type().isNullable() == r.isNullable()) {
                    compare(version, full + ".", dObj, rObj.fields(), fn.location());
                } else {
                    diagnostics.error(fn.type().location(), DiagnosticCode.RESTATED_VERSION_DIFFERS, "version " + version
                            + " restates field '" + full + "' as " + TypeText.display(r) + ", but the lenses derive "
                            + TypeText.display(d.type()), "write '" + TypeText.field(d) + "'");
                }
                continue;
            }
            JsonNode rDef = fn.defaultValue() == null || !SchemaValidator.fits(fn.defaultValue().value(), r)
                    ? null : fn.defaultValue().value();
            if (!sameDefault(d.defaultValue(), rDef, r)) {
                Location at = fn.defaultValue() != null ? fn.defaultValue().location() : fn.location();
                diagnostics.error(at, DiagnosticCode.RESTATED_VERSION_DIFFERS, "version " + version + " restates field '"
                        + full + "' with " + defaultText(rDef) + ", but the lenses derive " + defaultText(d.defaultValue()),
                        "write '" + TypeText.field(d) + "'");
            } else if (d.optional() != TypeResolver.field(name, fn.optional(), r, rDef).optional()) {
                diagnostics.error(fn.name().location(), DiagnosticCode.RESTATED_VERSION_DIFFERS, "version " + version
                        + " restates field '" + full + "' as " + presence(!d.optional()) + ", but the lenses derive it "
                        + presence(d.optional()), "write '" + TypeText.field(d) + "'");
            }
        }
        for (Field d : derived.fields()) {
            if (!seen.contains(d.name())) {
                diagnostics.error(block, DiagnosticCode.RESTATED_VERSION_DIFFERS, "version " + version
                        + " does not restate field '" + path + d.name() + "', which the lenses derive",
                        "add '" + TypeText.field(d) + "'");
            }
        }
    }

    private static boolean sameDefault(JsonNode a, JsonNode b, Type type) {
        if (type.isNullable()) {
            a = a == null ? null : a.isNull() ? null : a;
            b = b == null ? null : b.isNull() ? null : b;
        }
        return a == null ? b == null : b != null && JsonValues.equal(a, b);
    }

    private static String defaultText(JsonNode def) {
        return def == null ? "no default" : "default " + def;
    }

    private static String presence(boolean optional) {
        return optional ? "optional (it may be absent)" : "required";
    }

}
