package dev.lensc.runtime.sync;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a sync layer must know about a document type beyond its lenses: the fields whose meaning
 * affects merging ({@code semantic}), the epochs and their write rules, the rollout mode, the
 * feature gates, and how a document carries its type, version and id ({@code envelope}).
 */
public record SemanticRules(List<FieldPath> semanticFields, List<Epoch> epochs, CompatibilityMode mode,
        List<FeatureGate> gates, Optional<Envelope> envelope) {

    public SemanticRules {
        semanticFields = List.copyOf(semanticFields);
        epochs = epochs.stream().sorted(Comparator.comparingInt(Epoch::number)).toList();
        Objects.requireNonNull(mode, "mode");
        gates = List.copyOf(gates);
        Objects.requireNonNull(envelope, "envelope");
    }

    /** No rules: every field plain, no epochs, old and new writes accepted, no envelope. */
    public static SemanticRules none() {
        return new SemanticRules(List.of(), List.of(), CompatibilityMode.READ_NEW_WRITE_BOTH, List.of(),
                Optional.empty());
    }

    public SemanticRules withSemantic(String... fields) {
        List<FieldPath> all = new ArrayList<>(semanticFields);
        for (String f : fields) {
            all.add(FieldPath.of(f));
        }
        return new SemanticRules(all, epochs, mode, gates, envelope);
    }

    public SemanticRules withEpoch(int number, WriteRule... rules) {
        List<Epoch> all = new ArrayList<>(epochs);
        all.add(new Epoch(number, List.of(rules)));
        return new SemanticRules(semanticFields, all, mode, gates, envelope);
    }

    public SemanticRules withMode(CompatibilityMode m) {
        return new SemanticRules(semanticFields, epochs, m, gates, envelope);
    }

    public SemanticRules withGate(String field, int minVersion, String reason) {
        List<FeatureGate> all = new ArrayList<>(gates);
        all.add(new FeatureGate(FieldPath.of(field), minVersion, reason));
        return new SemanticRules(semanticFields, epochs, mode, all, envelope);
    }

    public SemanticRules withEnvelope(Envelope e) {
        return new SemanticRules(semanticFields, epochs, mode, gates, Optional.of(e));
    }

    /** The semantic fields a write at {@code pointer} writes. */
    public List<FieldPath> semanticFieldsWrittenBy(String pointer) {
        return semanticFields.stream().filter(f -> f.writtenBy(pointer)).toList();
    }

    /**
     * The rule that decides a write at {@code pointer} by a writer of {@code version} on a replica in
     * epoch {@code currentEpoch}: among the rules of every epoch in force that cover the write, the
     * one about the most specific field, and among those the latest epoch's.
     */
    public Optional<EpochRule> ruleFor(String pointer, int version, int currentEpoch) {
        EpochRule best = null;
        for (Epoch e : epochs) {
            if (e.number() > currentEpoch) {
                break;
            }
            for (WriteRule r : e.rules()) {
                if (r.covers(pointer, version) && (best == null || r.specificity() >= best.rule().specificity())) {
                    best = new EpochRule(e.number(), r);
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** A rule and the epoch that declares it. */
    public record EpochRule(int epoch, WriteRule rule) {
        @Override
        public String toString() {
            return "epoch " + epoch + ": " + rule;
        }
    }
}
