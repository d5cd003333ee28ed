package dev.lensc.runtime.sync;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lensc.runtime.graph.Translator;
import dev.lensc.runtime.lens.LensException;
import dev.lensc.runtime.schema.SchemaValidator;
import dev.lensc.runtime.schema.Type;
import dev.lensc.runtime.schema.Violation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;

/**
 * Which version a document is in: read from its envelope when the type declares one that carries
 * the version, otherwise the one version whose schema the document fits. A document that fits none
 * or several is an error that says so (and, for none, where the closest version refuses it).
 */
public final class VersionDetection {
    private VersionDetection() {}

    /**
     * @param schemas every version's schema
     * @param envelope the type's envelope, or null when it declares none
     * @throws EnvelopeException when the envelope names another type, an unknown version, or none
     * @throws LensException when no envelope says it and the schemas do not tell one version
     */
    public static int versionOf(JsonNode doc, String typeName, SortedMap<Integer, Type> schemas, Envelope envelope) {
        if (envelope != null && envelope.carriesVersion()) {
            return new EnvelopedDocuments(new Versions(typeName, schemas), envelope).header(doc).version();
        }
        List<Integer> fitting = new ArrayList<>();
        int closest = -1;
        List<Violation> closestViolations = null;
        for (var e : schemas.entrySet()) {
            List<Violation> violations = SchemaValidator.validate(doc, e.getValue());
            if (violations.isEmpty()) {
                fitting.add(e.getKey());
            } else if (closestViolations == null || violations.size() < closestViolations.size()) {
                closest = e.getKey();
                closestViolations = violations;
            }
        }
        if (fitting.size() == 1) {
            return fitting.get(0);
        }
        if (fitting.isEmpty()) {
            Violation first = closestViolations == null ? null : closestViolations.get(0);
            throw new LensException("the document fits no version of " + typeName + " " + schemas.keySet()
                    + (first == null ? "" : "; the closest, version " + closest + ", refuses it: " + first.message()),
                    first == null ? "" : first.pointer(), null);
        }
        throw new LensException("the document fits versions " + fitting + " of " + typeName + " alike: give its"
                + " version (or declare an envelope that carries it)", "", null);
    }

    /** Only what the envelope's checks need of a translator: the type's name and versions. */
    private record Versions(String documentType, SortedMap<Integer, Type> schemas) implements Translator {
        @Override
        public SortedSet<Integer> versions() {
            return Collections.unmodifiableSortedSet(new java.util.TreeSet<>(schemas.keySet()));
        }

        @Override
        public JsonNode translate(JsonNode doc, int from, int to, JsonNode base) {
            throw new UnsupportedOperationException("version detection does not translate");
        }
    }

    /** The schemas by version, from pairs (version, schema): what generated code passes in. */
    public static SortedMap<Integer, Type> schemas(Object... versionsAndSchemas) {
        SortedMap<Integer, Type> out = new TreeMap<>();
        for (int i = 0; i < versionsAndSchemas.length; i += 2) {
            out.put((Integer) versionsAndSchemas[i], (Type) versionsAndSchemas[i + 1]);
        }
        return Collections.unmodifiableSortedMap(out);
    }
}
