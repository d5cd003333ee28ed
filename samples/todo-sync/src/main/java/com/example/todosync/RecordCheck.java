package com.example.todosync;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import dev.lensc.runtime.json.JsonPointers;
import dev.lensc.runtime.lens.LensException;
import dev.lensc.store.DocumentCheck;
import java.util.Map;

/**
 * Checks a document by reading it into the record {@code lensc} generated for its version, whose
 * {@code fromJson} checks it against the version's schema (no unknown fields, no coercion between
 * strings, numbers and booleans, null only where nullable).
 * Generated translators do not check their input; the store runs this first.
 */
final class RecordCheck implements DocumentCheck {
    private static final ObjectMapper STRICT = strict();

    private final Map<Integer, Class<?>> records;

    RecordCheck(Map<Integer, Class<?>> records) {
        this.records = Map.copyOf(records);
    }

    @Override
    public void check(JsonNode doc, int version) {
        Class<?> record = records.get(version);
        if (record == null) {
            throw new LensException("no record for version " + version, null, null);
        }
        try {
            STRICT.treeToValue(doc, record);
        } catch (JsonMappingException e) {
            for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
                if (c instanceof LensException invalid) {
                    // the record's own check (fromJson) names the JSON pointer
                    throw new LensException("the document does not fit version " + version + ": " + invalid.reason(),
                            invalid.pointer(), null);
                }
            }
            StringBuilder pointer = new StringBuilder();
            for (JsonMappingException.Reference r : e.getPath()) {
                pointer.append('/').append(r.getFieldName() != null ? JsonPointers.escape(r.getFieldName())
                        : Integer.toString(r.getIndex()));
            }
            throw new LensException("the document does not fit version " + version + ": " + e.getOriginalMessage(),
                    pointer.toString(), null);
        } catch (IllegalArgumentException | com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new LensException("the document does not fit version " + version + ": " + e.getMessage(), "", null);
        }
    }

    private static ObjectMapper strict() {
        JsonMapper mapper = JsonMapper.builder()
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .build();
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Integer)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        return mapper;
    }
}
