package com.example.preferences;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The JSON preferences column of a user row. Each app release writes its own version and tags the
 * row with it; the current reader reads all of them as v3.
 */
public final class PreferencesColumn {
    private static final ObjectMapper JSON = new ObjectMapper();

    private PreferencesColumn() {}

    /** A stored row: the version its writer spoke and the JSON it wrote. */
    public record Row(int version, JsonNode json) {}

    /** The reader of the current release: any stored version, as v3. */
    public static PreferencesV3 read(Row row) {
        return JSON.convertValue(PreferencesLenses.translate(row.json(), row.version(), 3), PreferencesV3.class);
    }

    /** A writer of release {@code version}: writes its own version onto the stored row, keeping what it does not know. */
    public static Row write(Object preferences, int version, Row stored) {
        JsonNode doc = JSON.valueToTree(preferences);
        if (stored == null) {
            return new Row(version, doc);
        }
        // the row stays in the newer of the two versions, so newer writers' settings survive older writers
        int keep = Math.max(stored.version(), version);
        JsonNode base = stored.json();
        ObjectNode json = (ObjectNode) PreferencesLenses.translate(doc, version, keep,
                PreferencesLenses.translate(base, stored.version(), keep));
        return new Row(keep, json);
    }
}
