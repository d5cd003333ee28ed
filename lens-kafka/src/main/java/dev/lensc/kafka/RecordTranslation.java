package dev.lensc.kafka;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lensc.kafka.VersionDetector.Detection;
import dev.lensc.runtime.graph.Translator;
import dev.lensc.runtime.lens.LensException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.function.IntFunction;
import org.apache.kafka.common.header.Headers;

/**
 * What happens to one record's value, without Kafka's processor context: read it strictly, tell its
 * version, translate it to every target version. All or nothing: a record that cannot reach one
 * target reaches none, so the version topics never disagree about which writes happened.
 * Never throws for a bad record; the outcome says why it was rejected.
 */
final class RecordTranslation {
    private final Translator translator;
    private final VersionDetector detector;
    private final List<Integer> targets;

    RecordTranslation(Translator translator, VersionDetector detector, List<Integer> targets) {
        this.translator = translator;
        this.detector = detector.forTranslator(translator);
        this.targets = List.copyOf(targets);
    }

    List<Integer> targets() {
        return targets;
    }

    sealed interface Outcome {
        /**
         * @param documents the translation per target version, in target order (what the lenses
         *                  produced: the base for the next record of the same key)
         * @param published the value to publish per target version (the detector's form)
         */
        record Translated(int sourceVersion, Map<Integer, JsonNode> documents, Map<Integer, JsonNode> published)
                implements Outcome {}

        record Rejected(Rejection rejection) implements Outcome {}
    }

    /**
     * @param documentId the record's key as text (what custom lenses are told as the document id), or null
     * @param value the record's value, not null (tombstones do not need translation)
     * @param bases the document already published in a version for the record's key, or null
     */
    Outcome translate(String documentId, Headers headers, byte[] value, IntFunction<JsonNode> bases) {
        String type = LensHeaders.text(headers, LensHeaders.TYPE);
        if (type != null && !type.equals(translator.documentType())) {
            return rejected(Rejection.of(Rejection.Kind.WRONG_TYPE, "the record is a " + type + " (its "
                    + LensHeaders.TYPE + " header), not a " + translator.documentType()));
        }
        JsonNode json;
        try {
            json = StrictJson.read(value);
        } catch (StrictJson.MalformedJson e) {
            return rejected(Rejection.of(Rejection.Kind.MALFORMED_JSON, e.getMessage()));
        }
        Detection detection = detector.detect(headers, json);
        if (detection instanceof Detection.Missing missing) {
            return rejected(Rejection.of(Rejection.Kind.NO_VERSION, missing.reason()));
        }
        if (detection instanceof Detection.Refused refused) {
            return rejected(refused.rejection());
        }
        Detection.Found found = (Detection.Found) detection;
        int from = found.version();
        SortedSet<Integer> known = translator.versions();
        if (!known.contains(from)) {
            return rejected(new Rejection(Rejection.Kind.UNKNOWN_VERSION, "the record is in version " + from
                    + ", which " + translator.documentType() + " does not have; known versions: " + known,
                    null, null, from, null));
        }
        Map<Integer, JsonNode> documents = new LinkedHashMap<>();
        Map<Integer, JsonNode> published = new LinkedHashMap<>();
        for (int to : targets) {
            JsonNode base = bases.apply(to);
            try {
                JsonNode doc = translator.translate(found.document(), from, to, base, documentId);
                documents.put(to, doc);
                published.put(to, detector.publish(doc, to, found));
            } catch (LensException e) {
                return rejected(Rejection.untranslatable(e, from, to));
            } catch (RuntimeException e) {
                // a custom lens or generated code with a bug: still a dead letter, never a dead stream thread
                return rejected(new Rejection(Rejection.Kind.UNTRANSLATABLE, "the translator failed: " + e,
                        null, null, from, to));
            }
        }
        return new Outcome.Translated(from, Collections.unmodifiableMap(documents), Collections.unmodifiableMap(published));
    }

    private static Outcome rejected(Rejection rejection) {
        return new Outcome.Rejected(rejection);
    }
}
