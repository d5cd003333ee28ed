package dev.lensc.dsl.check;

import dev.lensc.dsl.DiagnosticCode;
import dev.lensc.dsl.Diagnostics;
import dev.lensc.dsl.LinkedSchema;
import dev.lensc.dsl.Location;
import dev.lensc.dsl.ast.AssemblyNode;
import dev.lensc.dsl.ast.Name;
import dev.lensc.dsl.ast.SchemaNode;
import dev.lensc.runtime.lens.Derivation;
import dev.lensc.runtime.lens.Lens;
import dev.lensc.runtime.schema.Field;
import dev.lensc.runtime.schema.Hints;
import dev.lensc.runtime.schema.Type;
import dev.lensc.runtime.store.Assembly;
import dev.lensc.runtime.store.Part;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks a schema's {@code assemble} blocks against the linked schemas of the file and builds the
 * runtime's {@link Assembly} descriptions: the assembled version and every input schema and
 * version exist, the reference is a string field of the input, each supplied field is a field of
 * the assembled version and comes out of the input's ops with the same type. Cycles are
 * {@link AssemblyCycles}' concern.
 */
final class AssemblyLinker {
    private final Diagnostics diagnostics;
    private final Map<String, LinkedSchema> linked;
    private final Set<String> declared;
    private final LensChecker ops;

    /**
     * @param linked the file's schemas that linked without errors, by name
     * @param declared the name of every schema the file declares (linked or not)
     */
    AssemblyLinker(Diagnostics diagnostics, Map<String, LinkedSchema> linked, Set<String> declared,
            ClassLoader classLoader) {
        this.diagnostics = diagnostics;
        this.linked = linked;
        this.declared = declared;
        this.ops = new LensChecker(diagnostics, classLoader);
    }

    /** The assembled versions of {@code target}; where one has an error it is reported and left out. */
    List<Assembly> link(SchemaNode node, LinkedSchema target) {
        List<Assembly> out = new ArrayList<>();
        Map<Integer, AssemblyNode> seen = new HashMap<>();
        for (AssemblyNode a : node.assemblies()) {
            if (a.version() < 0) {
                continue; // reported by the parser
            }
            Type.ObjectType type = versionType(target, a.version(), a.versionLocation(), "to assemble");
            if (type == null) {
                continue;
            }
            AssemblyNode first = seen.putIfAbsent(a.version(), a);
            if (first != null) {
                diagnostics.error(a.location(), DiagnosticCode.DUPLICATE, "version " + a.version() + " of '"
                        + target.name() + "' is assembled twice", "first assembled at " + first.location());
                continue;
            }
            if (a.inputs().isEmpty()) {
                diagnostics.error(a.location(), DiagnosticCode.INVALID_ASSEMBLY, "version " + a.version() + " of '"
                        + target.name() + "' is assembled from no input",
                        "name what documents of another schema supply: <field> from <Schema> version <N> by <reference>");
                continue;
            }
            assembly(target, a, type).ifPresent(out::add);
        }
        if (!seen.isEmpty() && seen.keySet().containsAll(target.versions())) {
            AssemblyNode last = node.assemblies().get(node.assemblies().size() - 1);
            diagnostics.error(last.location(), DiagnosticCode.INVALID_ASSEMBLY, "every version of '" + target.name()
                    + "' is assembled: no version holds the document itself",
                    "leave at least one version not assembled; the others are translated from it");
        }
        return out;
    }

    /** A version of a schema and its type, named in messages as {@code Status version 1}. */
    private record Version(String schema, int number, Type.ObjectType type) {
        @Override
        public String toString() {
            return schema + " version " + number;
        }
    }

    private Optional<Assembly> assembly(LinkedSchema target, AssemblyNode a, Type.ObjectType type) {
        int errors = diagnostics.errorCount();
        Assembly out = Assembly.of(target.name(), a.version());
        Map<String, Name> supplied = new HashMap<>();
        for (AssemblyNode.InputNode in : a.inputs()) {
            Optional<Part> part = part(new Version(target.name(), a.version(), type), in, supplied);
            if (part.isPresent()) {
                out = out.input(in.schema().text(), in.version(), in.reference().text(), part.get());
            }
        }
        return diagnostics.errorCount() == errors ? Optional.of(out) : Optional.empty();
    }

    /** The part an input supplies, or empty when it has an error (reported) or its schema has errors of its own. */
    private Optional<Part> part(Version target, AssemblyNode.InputNode in, Map<String, Name> supplied) {
        LinkedSchema source = linked.get(in.schema().text());
        if (source == null) {
            if (!declared.contains(in.schema().text())) {
                String hint = Hints.didYouMean(in.schema().text(), declared);
                diagnostics.error(in.schema().location(), DiagnosticCode.UNKNOWN_SCHEMA, "there is no schema '"
                        + in.schema().text() + "' in this file to take fields from", hint != null ? hint
                        : "declare it in this file: schema " + in.schema().text() + " { version 1 { ... } }");
            }
            return Optional.empty();
        }
        if (in.version() < 0) {
            return Optional.empty();
        }
        Type.ObjectType inputType = versionType(source, in.version(), in.versionLocation(), "to take fields from");
        if (inputType == null) {
            return Optional.empty();
        }
        Version input = new Version(source.name(), in.version(), inputType);
        reference(input, in.reference(), target);
        Derivation derived = ops.derive(in.ops(), inputType, in.location());
        Type.ObjectType produced = derived != null && derived.target() instanceof Type.ObjectType o ? o : null;
        List<String> fields = new ArrayList<>();
        for (Name f : in.fields()) {
            Name first = supplied.putIfAbsent(f.text(), f);
            if (first != null) {
                diagnostics.error(f.location(), DiagnosticCode.DUPLICATE, "'" + f.text() + "' is supplied twice",
                        "first supplied at " + first.location());
                continue;
            }
            fields.add(f.text());
            Optional<Field> wanted = target.type().field(f.text());
            if (wanted.isEmpty()) {
                diagnostics.error(f.location(), DiagnosticCode.UNKNOWN_FIELD, "'" + f.text() + "' is not a field of "
                        + target, hintFor(f.text(), target.type(), "the fields of " + target + " are "));
            } else if (produced != null) {
                supply(f, wanted.get(), target, produced, input, !in.ops().isEmpty());
            }
        }
        if (produced == null) {
            return Optional.empty();
        }
        return Optional.of(new Part.LensPart(new Lens(derived.ops()), fields));
    }

    /** The reference must be a string field of the input: it holds the target's key. */
    private void reference(Version input, Name reference, Version target) {
        Optional<Field> field = input.type().field(reference.text());
        String role = "a reference holds the key of the " + target.schema() + " document it belongs to";
        if (field.isEmpty()) {
            diagnostics.error(reference.location(), DiagnosticCode.UNKNOWN_FIELD, "'" + reference.text()
                    + "' is not a field of " + input, hintFor(reference.text(), input.type(), role + "; the fields of "
                    + input + " are "));
        } else if (!isString(field.get().type())) {
            diagnostics.error(reference.location(), DiagnosticCode.INVALID_ASSEMBLY, "'" + reference.text() + "' of "
                    + input + " is " + TypeText.display(field.get().type()) + ", not a string: " + role,
                    "document keys are strings: reference a string field of " + input.schema());
        }
    }

    /** A supplied field must come out of the input's ops with the target's type, present whenever the target needs it. */
    private void supply(Name f, Field wanted, Version target, Type.ObjectType produced, Version input,
            boolean throughOps) {
        String producedName = input + (throughOps ? " after its ops" : "");
        Optional<Field> got = produced.field(f.text());
        if (got.isEmpty()) {
            Optional<String> closest = Hints.closest(f.text(), produced.fieldNames());
            diagnostics.error(f.location(), DiagnosticCode.UNKNOWN_FIELD, "'" + f.text() + "' is not a field of "
                    + producedName, closest.map(c -> "did you mean '" + c + "'? rename it in the input's block: { rename "
                            + c + " -> " + f.text() + " }")
                    .orElse("rename the field that holds it in the input's block: { rename <field> -> " + f.text()
                            + " } (its fields: " + String.join(", ", produced.fieldNames()) + ")"));
        } else if (!got.get().type().equals(wanted.type())) {
            diagnostics.error(f.location(), DiagnosticCode.INVALID_ASSEMBLY, "'" + f.text() + "' is "
                    + TypeText.display(wanted.type()) + " in " + target + " but " + TypeText.display(got.get().type())
                    + " in " + producedName, "convert it in the input's block: { convert " + f.text() + ": "
                    + TypeText.display(got.get().type()) + " -> " + TypeText.display(wanted.type()) + " { ... } }");
        } else if (wanted.required() && !got.get().required()) {
            diagnostics.error(f.location(), DiagnosticCode.INVALID_ASSEMBLY, "'" + f.text() + "' may be absent in "
                    + producedName + " but " + target + " requires it",
                    "give it a default in " + input.schema() + ", or make it optional in " + target);
        }
    }

    /** The object type of a version, or null (reported) when the schema has no such version. */
    private Type.ObjectType versionType(LinkedSchema schema, int version, Location at, String purpose) {
        Type t = schema.types().get(version);
        if (t == null) {
            diagnostics.error(at, DiagnosticCode.UNKNOWN_VERSION, "schema '" + schema.name() + "' has no version "
                    + version + " " + purpose, "its versions: " + schema.versions().stream().map(String::valueOf)
                    .collect(Collectors.joining(", ")));
            return null;
        }
        if (t instanceof Type.ObjectType o) {
            return o;
        }
        diagnostics.error(at, DiagnosticCode.INVALID_ASSEMBLY, "version " + version + " of '" + schema.name()
                + "' is " + TypeText.display(t) + ", not an object", null);
        return null;
    }

    private static boolean isString(Type t) {
        return t instanceof Type.StringType || t instanceof Type.NullableType n && n.inner() instanceof Type.StringType;
    }

    private static String hintFor(String name, Type.ObjectType in, String listIntro) {
        String hint = Hints.didYouMean(name, in.fieldNames());
        return hint != null ? hint : listIntro + String.join(", ", in.fieldNames());
    }
}
