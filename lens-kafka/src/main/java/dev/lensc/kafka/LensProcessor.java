package dev.lensc.kafka;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lensc.kafka.RecordTranslation.Outcome;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.IntFunction;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Translates each record to every target version and forwards it to that version's sink, or
 * forwards it unchanged to the dead-letter sink with the reason in headers. Keys, timestamps and
 * the order of records are kept: every output record of an input record has the input's key (its
 * exact bytes, so it lands in the same partition number), and records are forwarded in the order
 * they arrive. A null value (a tombstone) is forwarded as a delete to every version.
 *
 * <p>With a base store, each translation is made onto the document last published in that version
 * for the same key, so what only that version knows survives writers of other versions.
 */
final class LensProcessor implements Processor<byte[], byte[], byte[], byte[]> {
    private final RecordTranslation translation;
    private final String typeName;
    private final Map<Integer, String> sinkByVersion;
    private final String deadLetterSink;
    private final String baseStoreName;
    private ProcessorContext<byte[], byte[]> context;
    private KeyValueStore<Bytes, byte[]> bases;

    /** @param baseStoreName the key-value store of published documents, or null to translate without bases */
    LensProcessor(RecordTranslation translation, String typeName, Map<Integer, String> sinkByVersion,
            String deadLetterSink, String baseStoreName) {
        this.translation = translation;
        this.typeName = typeName;
        this.sinkByVersion = Map.copyOf(sinkByVersion);
        this.deadLetterSink = deadLetterSink;
        this.baseStoreName = baseStoreName;
    }

    @Override
    public void init(ProcessorContext<byte[], byte[]> context) {
        this.context = context;
        this.bases = baseStoreName == null ? null : context.getStateStore(baseStoreName);
    }

    @Override
    public void process(Record<byte[], byte[]> record) {
        if (record.value() == null) {
            forwardDelete(record);
            return;
        }
        Outcome outcome;
        try {
            outcome = translation.translate(documentId(record.key()), record.headers(), record.value(), basesOf(record.key()));
        } catch (KafkaException e) {
            throw e; // the store's or Kafka's own trouble: Streams must see it (task migration, exactly-once)
        } catch (RuntimeException e) {
            // the last line of defence (a custom VersionDetector, a stored base that no longer parses): a
            // dead letter, never a dead stream thread
            outcome = new Outcome.Rejected(Rejection.of(Rejection.Kind.UNTRANSLATABLE, "translation failed: " + e));
        }
        if (outcome instanceof Outcome.Translated translated) {
            forwardTranslations(record, translated);
        } else {
            forwardDeadLetter(record, ((Outcome.Rejected) outcome).rejection());
        }
    }

    private void forwardTranslations(Record<byte[], byte[]> record, Outcome.Translated translated) {
        for (Map.Entry<Integer, JsonNode> e : translated.published().entrySet()) {
            int version = e.getKey();
            Headers headers = versionHeaders(record.headers(), version);
            LensHeaders.set(headers, LensHeaders.SOURCE_VERSION, translated.sourceVersion());
            context.forward(record.withValue(StrictJson.write(e.getValue())).withHeaders(headers), sinkByVersion.get(version));
            if (bases != null && record.key() != null) {
                bases.put(baseKey(record.key(), version), StrictJson.write(translated.documents().get(version)));
            }
        }
    }

    private void forwardDelete(Record<byte[], byte[]> record) {
        for (int version : translation.targets()) {
            Headers headers = versionHeaders(record.headers(), version);
            LensHeaders.set(headers, LensHeaders.SOURCE_VERSION, null);
            context.forward(record.withHeaders(headers), sinkByVersion.get(version));
            if (bases != null && record.key() != null) {
                bases.delete(baseKey(record.key(), version));
            }
        }
    }

    private void forwardDeadLetter(Record<byte[], byte[]> record, Rejection rejection) {
        Headers headers = rejection.writeTo(LensHeaders.copy(record.headers()));
        RecordMetadata from = context.recordMetadata().orElse(null);
        LensHeaders.set(headers, LensHeaders.ERROR_TOPIC, from == null ? null : from.topic());
        LensHeaders.set(headers, LensHeaders.ERROR_PARTITION, from == null ? null : from.partition());
        LensHeaders.set(headers, LensHeaders.ERROR_OFFSET, from == null ? null : from.offset());
        context.forward(record.withHeaders(headers), deadLetterSink);
    }

    /** The input's headers for a version topic: the type and version set, a replayed dead letter's errors gone. */
    private Headers versionHeaders(Headers in, int version) {
        Headers headers = LensHeaders.withoutErrors(in);
        LensHeaders.set(headers, LensHeaders.TYPE, typeName);
        LensHeaders.set(headers, LensHeaders.VERSION, version);
        return headers;
    }

    private IntFunction<JsonNode> basesOf(byte[] key) {
        if (bases == null || key == null) {
            return version -> null;
        }
        return version -> {
            byte[] stored = bases.get(baseKey(key, version));
            return stored == null ? null : StrictJson.read(stored);
        };
    }

    /** The record's key as UTF-8 text: the id custom lenses are told ({@code LensContext.documentId()}). */
    private static String documentId(byte[] key) {
        return key == null ? null : new String(key, StandardCharsets.UTF_8);
    }

    /** The version first, then the record's key: one store holds every version's documents. */
    private static Bytes baseKey(byte[] key, int version) {
        return Bytes.wrap(ByteBuffer.allocate(Integer.BYTES + key.length).putInt(version).put(key).array());
    }
}
