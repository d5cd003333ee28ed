package dev.lensc.kafka;

import dev.lensc.runtime.graph.Translator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.common.utils.Bytes;

/**
 * Wires one document type's translation into a Kafka Streams {@link Topology}: records read from a
 * source topic are translated to each target version and written to that version's topic
 * ({@code todo-item.v1}, {@code todo-item.v2}, ...); records that cannot be translated go, unchanged,
 * to a dead-letter topic with the reason in headers.
 *
 * <pre>{@code
 * Topology topology = LensTopology.builder()
 *         .source("todo-item.in")
 *         .translator(todoItem)
 *         .toVersions(1, 2, 3)
 *         .deadLetters("todo-item.dlq")
 *         .build();
 * }</pre>
 *
 * Keys and values are handled as bytes: keys pass through untouched (same key, same partition
 * number, so per-key order holds on every version topic with as many partitions as the source),
 * values are read strictly by Lensc itself so a malformed one becomes a dead letter.
 */
public final class LensTopology {

    private LensTopology() {}

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private String source;
        private Translator translator;
        private List<Integer> targets;
        private String deadLetters;
        private VersionDetector detector = VersionDetector.header();
        private TopicNaming naming = TopicNaming.kebabDotVersion();
        private boolean keepBases;

        private Builder() {}

        /** The topic the writers of every version produce to. */
        public Builder source(String topic) {
            this.source = topic;
            return this;
        }

        /** The document type's translator: a {@code DocumentType} or generated code. */
        public Builder translator(Translator translator) {
            this.translator = translator;
            return this;
        }

        /** The versions whose readers need every record (default: all the translator's versions). */
        public Builder toVersions(int... versions) {
            this.targets = new ArrayList<>();
            for (int v : versions) {
                targets.add(v);
            }
            return this;
        }

        /** Where records that cannot be translated go, each with {@code lensc-error-*} headers. */
        public Builder deadLetters(String topic) {
            this.deadLetters = topic;
            return this;
        }

        /** How a record tells its version (default: the {@code lensc-version} header). */
        public Builder versionFrom(VersionDetector detector) {
            this.detector = detector;
            return this;
        }

        /** How version topics are named (default: {@code todo-item.v2}). */
        public Builder topics(TopicNaming naming) {
            this.naming = naming;
            return this;
        }

        /**
         * Translates each record onto the document last published in each version for the same key
         * (kept in a state store, backed by a changelog topic), so an old writer's update keeps
         * what only newer versions know. Without it each record is translated on its own: fields a
         * writer's version does not know get their defaults.
         */
        public Builder keepBases() {
            this.keepBases = true;
            return this;
        }

        /** A new topology holding this translation. */
        public Topology build() {
            return addTo(new Topology());
        }

        /** Adds this translation to {@code topology} (one call per document type); returns it. */
        public Topology addTo(Topology topology) {
            Plan plan = plan();
            topology.addSource(plan.sourceName(), new ByteArrayDeserializer(), new ByteArrayDeserializer(), source);
            ProcessorSupplier<byte[], byte[], byte[], byte[]> supplier = () -> new LensProcessor(
                    new RecordTranslation(translator, detector, plan.targets()), translator.documentType(),
                    plan.sinks(), plan.deadLetterSink(), keepBases ? plan.storeName() : null);
            topology.addProcessor(plan.processorName(), supplier, plan.sourceName());
            if (keepBases) {
                StoreBuilder<KeyValueStore<Bytes, byte[]>> store = Stores.keyValueStoreBuilder(
                        Stores.persistentKeyValueStore(plan.storeName()), Serdes.Bytes(), Serdes.ByteArray());
                topology.addStateStore(store, plan.processorName());
            }
            plan.topics().forEach((sink, topic) -> topology.addSink(sink, topic,
                    new ByteArraySerializer(), new ByteArraySerializer(), plan.processorName()));
            return topology;
        }

        private Plan plan() {
            require(source, "source(topic)");
            require(translator, "translator(type)");
            require(deadLetters, "deadLetters(topic)");
            SortedSet<Integer> known = translator.versions();
            List<Integer> versions = targets == null ? List.copyOf(known) : List.copyOf(new LinkedHashSet<>(targets));
            if (versions.isEmpty()) {
                throw new IllegalArgumentException("toVersions() needs at least one version of " + translator.documentType());
            }
            for (int v : versions) {
                if (!known.contains(v)) {
                    throw new IllegalArgumentException("toVersions: " + translator.documentType() + " has no version "
                            + v + "; known versions: " + known);
                }
            }
            String id = "lensc-" + TopicNaming.kebab(translator.documentType());
            Map<Integer, String> sinks = new LinkedHashMap<>();
            Map<String, String> topics = new LinkedHashMap<>();
            for (int v : versions) {
                String topic = naming.topic(translator.documentType(), v);
                sinks.put(v, id + "-sink-v" + v);
                topics.put(id + "-sink-v" + v, topic);
            }
            topics.put(id + "-dead-letters", deadLetters);
            Set<String> distinct = new LinkedHashSet<>(topics.values());
            if (distinct.size() < topics.size()) {
                throw new IllegalArgumentException("two outputs share a topic: " + topics.values());
            }
            if (distinct.contains(source)) {
                throw new IllegalArgumentException("the source topic " + source
                        + " is also an output: every translated record would be translated again");
            }
            return new Plan(id, versions, sinks, topics);
        }

        private static void require(Object value, String call) {
            if (value == null) {
                throw new IllegalStateException("LensTopology needs ." + call + " before build()");
            }
        }
    }

    /** Node names and topics of one document type's part of the topology. */
    private record Plan(String id, List<Integer> targets, Map<Integer, String> sinks, Map<String, String> topics) {
        String sourceName() {
            return id + "-source";
        }

        String processorName() {
            return id + "-translate";
        }

        String deadLetterSink() {
            return id + "-dead-letters";
        }

        String storeName() {
            return id + "-bases";
        }
    }
}
