package dev.lensc.dsl.cambria;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lensc.runtime.lens.Lens;
import dev.lensc.runtime.lens.LensException;
import dev.lensc.runtime.lens.LensOp;
import dev.lensc.runtime.lens.LensOps;
import dev.lensc.runtime.lens.Problem;
import dev.lensc.runtime.lens.SchemaProblems;
import dev.lensc.runtime.lens.SchemaTransform;
import dev.lensc.runtime.json.JsonPointers;
import dev.lensc.runtime.schema.Field;
import dev.lensc.runtime.schema.SchemaValidator;
import dev.lensc.runtime.schema.JsonSchemas;
import dev.lensc.runtime.schema.SchemaInference;
import dev.lensc.runtime.schema.Type;
import java.util.List;

/**
 * A Cambria lens (a list of ops with no versions) and Cambria's whole-document conversion, without
 * Cambria's losses (see docs/cambria-compat.md).
 *
 * <p>{@link #applyToDoc} does what Cambria's {@code applyLensToDoc} does: the input schema is the
 * one given or else inferred from the document (and the ops must fit it); the output schema is the
 * input schema run through the ops; the result is the translated document over the base (when
 * given), with the fields it still lacks filled from the output schema's defaults when an input
 * schema was given.
 */
public record CambriaLens(List<LensOp> ops) {

    public CambriaLens {
        ops = List.copyOf(ops);
    }

    public Lens lens() {
        return new Lens(ops);
    }

    /** The lens that goes the other way: reversed ops in reverse order. */
    public CambriaLens reverse() {
        return new CambriaLens(LensOp.reverseAll(ops));
    }

    /**
     * The type documents have after the lens.
     *
     * @throws LensException when an op does not fit the input type (a rename of a missing field,
     *     a hoist out of a non-object); it names the JSON pointer of the object the op ran on, the
     *     op and the fields that do exist
     */
    public Type outputType(Type input) {
        return outputType(ops, input, "");
    }

    /** Walks {@code in} ops itself so that a problem inside one names the JSON pointer of its object. */
    private static Type outputType(List<LensOp> ops, Type input, String pointer) {
        Type t = input;
        for (LensOp op : ops) {
            if (op instanceof LensOp.In in && t instanceof Type.ObjectType obj && obj.has(in.name())) {
                Field f = obj.field(in.name()).orElseThrow();
                Type inner = outputType(in.ops(), Type.nonNull(f.type()), JsonPointers.child(pointer, in.name()));
                Type changed = f.type().isNullable() && !(f.type() instanceof Type.AnyType) ? Type.nullable(inner) : inner;
                JsonNode def = f.defaultValue() != null && SchemaValidator.fits(f.defaultValue(), changed)
                        ? f.defaultValue() : null;
                t = obj.with(f.with(changed, def));
            } else {
                t = SchemaTransform.apply(op, t, problems(pointer));
            }
        }
        return t;
    }

    private static SchemaProblems problems(String pointer) {
        return p -> {
            // Cambria's remove carries a loose type ("object", default {}) that only serves to go back:
            // it is not checked against the field it removes.
            if (p.op() instanceof LensOp.Remove && (p.kind() == Problem.Kind.DECLARED_TYPE_DIFFERS
                    || p.kind() == Problem.Kind.DEFAULT_TYPE)) {
                return;
            }
            throw new LensException(p.text(), pointer, LensOps.describe(p.op()));
        };
    }

    /** The output JSON Schema for an input JSON Schema; a lens applied to {@code {}} when none is given. */
    public ObjectNode outputSchema(JsonNode inputSchema) {
        Type in = inputSchema == null ? Type.ObjectType.empty() : JsonSchemas.fromJsonSchema(inputSchema);
        return JsonSchemas.toJsonSchema(outputType(in));
    }

    /**
     * Converts a whole document.
     *
     * @param inputSchema the JSON Schema of {@code doc}, or null to infer it from {@code doc}
     * @param base an existing document of the output side, or null: the result keeps every value of
     *     the base that {@code doc} has no say about, at any depth
     * @throws LensException naming the JSON pointer of a value the lens cannot translate
     * @throws IllegalArgumentException when {@code inputSchema} is outside the supported subset
     */
    public JsonNode applyToDoc(JsonNode doc, JsonNode inputSchema, JsonNode base) {
        Type in = inputSchema != null ? JsonSchemas.fromJsonSchema(inputSchema) : SchemaInference.infer(doc);
        // Translate first: a value the lens cannot take fails there, with its JSON pointer.
        JsonNode translated = base == null ? lens().forward(doc) : lens().forward(doc, base);
        Type out = outputType(in);
        JsonNode merged = DocumentMerge.over(base, translated);
        // An inferred schema says only what the document holds (a field missing from some array
        // items is optional, not null); the ops themselves write every default they introduce.
        JsonNode filled = inputSchema != null ? CambriaDefaults.fill(merged, out) : merged;
        return DocumentMerge.orderedLike(filled, base);
    }

    public JsonNode applyToDoc(JsonNode doc) {
        return applyToDoc(doc, null, null);
    }
}
