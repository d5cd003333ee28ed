package dev.lensc.runtime.sync;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lensc.runtime.graph.DocumentType;
import dev.lensc.runtime.lens.LensException;
import dev.lensc.runtime.patch.JsonPatch;
import dev.lensc.runtime.patch.PatchOp;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Decides what a replica does with a {@link VersionedOperation} on its stored document, by the
 * document type's lenses and {@link SemanticRules}. The checks run in this order, the first that
 * speaks deciding:
 *
 * <ol>
 *   <li>type and version: another type or an unknown old version is rejected; a version newer than the
 *       replica knows waits for an upgrade;
 *   <li>epoch: an operation written in a later epoch than the replica's waits for that context;
 *   <li>mode: the rollout phase of the newest version ({@link CompatibilityMode});
 *   <li>the stored document: none yet means the operation waits for it; another key is rejected;
 *   <li>the edit, translated to the newest version op by op: epoch rules and feature gates on every
 *       field it writes (declared reasons first); then a semantic field must come through unchanged
 *       (same op, same path, same value), never dropped or reinterpreted;
 *   <li>the edit translated to the stored version and applied, whole or not at all.
 * </ol>
 *
 * <p>Without the document ({@link #decideWithoutDocument}: a relay, or a replica that has not
 * fetched it), the edit is translated path-level, from its ops' paths and values. What the patch
 * engine says about an op decides with the rules: an invalid edit is rejected; an op whose effect
 * needs the document waits for it, and so does one that writes a semantic field on a reading of data
 * it does not carry, or a gated field (whether the object uses it is in the document); an op
 * writing a semantic field the target version cannot hold as written (dropped there, or narrowed)
 * waits for the target's upgrade. Plain fields keep the engine's behaviour: no counterpart, dropped
 * and listed.
 *
 * Every rejection and buffering goes to the {@link DecisionLog}.
 */
public final class OperationGate {
    private final DocumentType type;
    private final SemanticRules rules;
    private final EnvelopedDocuments documents;
    private final DecisionLog log;
    private final int newest;

    public OperationGate(DocumentType type, SemanticRules rules, DecisionLog log) {
        this.type = Objects.requireNonNull(type, "type");
        this.rules = Objects.requireNonNull(rules, "rules");
        this.documents = new EnvelopedDocuments(type, rules.envelope().orElse(Envelope.of(type.name())));
        this.log = Objects.requireNonNull(log, "log");
        this.newest = type.versions().last();
    }

    public DecisionLog log() {
        return log;
    }

    public SemanticRules rules() {
        return rules;
    }

    public EnvelopedDocuments documents() {
        return documents;
    }

    /**
     * Decides {@code op} on {@code stored}, a document with its envelope (which must carry the version),
     * or null when the replica does not have the document yet.
     */
    public Decision decide(VersionedOperation op, JsonNode stored, WritePolicy policy) {
        return decide(op, stored, OptionalInt.empty(), policy);
    }

    /** As {@link #decide(VersionedOperation, JsonNode, WritePolicy)}, for a stored document whose envelope does not carry its version. */
    public Decision decide(VersionedOperation op, JsonNode stored, int storedVersion, WritePolicy policy) {
        return decide(op, stored, OptionalInt.of(storedVersion), policy);
    }

    /**
     * Decides {@code op} for a replica (or relay) in version {@code targetVersion} that does not have
     * the document: path-level (see the class comment). {@link Decision.Applied} and
     * {@link Decision.Translated} carry no document: the operation, or its translation, passes.
     *
     * @throws IllegalArgumentException when {@code targetVersion} is not a version of the type
     */
    public Decision decideWithoutDocument(VersionedOperation op, int targetVersion, WritePolicy policy) {
        if (!type.versions().contains(targetVersion)) {
            throw new IllegalArgumentException("version " + targetVersion + " of " + type.name() + " is unknown;"
                    + " versions: " + type.versions());
        }
        Decision d = new Attempt(op, null, null, targetVersion, policy).decide();
        return log.record(d, OptionalInt.empty(), OptionalInt.of(targetVersion), policy.currentEpoch());
    }

    private Decision decide(VersionedOperation op, JsonNode stored, OptionalInt storedVersion, WritePolicy policy) {
        EnvelopeHeader header = stored == null ? null : documents.header(stored, storedVersion);
        Decision d = new Attempt(op, stored, header, header == null ? -1 : header.version(), policy).decide();
        return log.record(d, header == null ? OptionalInt.empty() : OptionalInt.of(header.version()),
                OptionalInt.empty(), policy.currentEpoch());
    }

    /**
     * One decision: the operation, the stored document (or the target version, without one) and the
     * policy, with what is derived from them on the way.
     */
    private final class Attempt {
        private final VersionedOperation op;
        private final JsonNode stored;
        private final EnvelopeHeader header;
        /** The version the decision is for: the stored document's, or the replica's without one; -1: none. */
        private final int target;
        private final WritePolicy policy;
        private final CompatibilityMode mode;

        Attempt(VersionedOperation op, JsonNode stored, EnvelopeHeader header, int target, WritePolicy policy) {
            this.op = op;
            this.stored = stored;
            this.header = header;
            this.target = target;
            this.policy = policy;
            this.mode = policy.mode().orElse(rules.mode());
        }

        private boolean withoutDocument() {
            return stored == null && target >= 0;
        }

        Decision decide() {
            return versionCheck()
                    .or(this::epochCheck)
                    .or(this::modeCheck)
                    .or(this::documentCheck)
                    .orElseGet(() -> withoutDocument() ? translatePathLevel() : translateAndApply());
        }

        private Optional<Decision> versionCheck() {
            String name = documents.envelope().typeName();
            if (!op.docType().equals(name) && !op.docType().equals(type.name())) {
                return reject("the operation is for document type '" + op.docType() + "', this replica's gate is for '"
                        + name + "'", "route it to the gate of '" + op.docType() + "'", "type");
            }
            if (op.version() > newest) {
                return buffer(Decision.Wait.UPGRADE_REQUIRED, "version " + op.version() + " is newer than this replica"
                        + " knows (newest: " + newest + "); upgrade the replica");
            }
            if (!type.versions().contains(op.version())) {
                return reject("version " + op.version() + " of " + name + " is unknown; versions: " + type.versions(),
                        "send the operation in a version of " + name, "version");
            }
            return Optional.empty();
        }

        private Optional<Decision> epochCheck() {
            if (op.epoch().isPresent() && op.epoch().getAsInt() > policy.currentEpoch()) {
                return buffer(Decision.Wait.MISSING_CONTEXT, "the operation was written in epoch "
                        + op.epoch().getAsInt() + "; this replica is in epoch " + policy.currentEpoch());
            }
            return Optional.empty();
        }

        private Optional<Decision> modeCheck() {
            String rule = "mode " + mode.dslName();
            boolean isNew = op.version() == newest && newest != type.versions().first();
            if (isNew && !mode.readsNew()) {
                return buffer(Decision.Wait.UPGRADE_REQUIRED, "this replica does not read version " + newest
                        + " yet (" + rule + ")");
            }
            if (isNew && !mode.acceptsNewWrites()) {
                return reject("writes of version " + newest + " are not enabled yet (" + rule + ")",
                        "write version " + type.versions().headSet(newest).last() + " until the rollout enables"
                                + " version " + newest, rule);
            }
            if (op.version() < newest && !mode.acceptsOldWrites()) {
                return reject("version " + op.version() + " is no longer accepted (" + rule + ")",
                        "upgrade to version " + newest + " and resync", rule);
            }
            return Optional.empty();
        }

        private Optional<Decision> documentCheck() {
            if (withoutDocument()) {
                return Optional.empty();
            }
            if (stored == null) {
                return buffer(Decision.Wait.MISSING_CONTEXT, "document " + op.docId() + " is not stored here yet");
            }
            if (header.key().isPresent() && !header.key().get().equals(op.docId())) {
                return reject("the operation is for document " + op.docId() + ", the stored document is "
                        + header.key().get(), "send it with the stored document it edits", "document");
            }
            return Optional.empty();
        }

        private Decision translateAndApply() {
            int s = header.version();
            JsonNode body = documents.body(stored);
            try {
                JsonNode view = type.translate(body, s, op.version());
                JsonNode newestBody = type.translate(body, s, newest);
                Effects effects = effects(view, newestBody);
                Optional<Decision> ruled = refusalCheck(effects.ops().stream().map(OpEffect::translation).toList())
                        .or(() -> ruleCheck(effects.ops(), newestBody));
                if (ruled.isPresent()) {
                    return ruled.get();
                }
                return apply(body, view, s, effects);
            } catch (LensException e) {
                return reject("the edit does not apply to document " + op.docId() + ": " + e.getMessage(),
                        "resync the document and retry the edit on it", "patch").orElseThrow();
            }
        }

        /** Each op of the edit and what it writes in the newest version, translated one after another. */
        private Effects effects(JsonNode view, JsonNode newestBody) {
            List<OpEffect> out = new ArrayList<>();
            JsonNode v = view;
            JsonNode n = newestBody;
            for (int i = 0; i < op.patch().ops().size(); i++) {
                JsonPatch one = JsonPatch.of(op.patch().ops().get(i));
                PatchBridge.Translation t = PatchBridge.translate(type, one, v, op.version(), newest, n);
                out.add(new OpEffect(i, one.ops().get(0), t));
                v = PatchBridge.apply(one, v);
                n = PatchBridge.apply(t.patch(), n);
            }
            return new Effects(out, newestBody, n);
        }

        /**
         * The edit without the document: each op translated path-level to the newest version (for the
         * rules) and to the target version (what passes), the semantic fields checked both ways.
         */
        private Decision translatePathLevel() {
            List<OpEffect> effects = new ArrayList<>();
            for (int i = 0; i < op.patch().ops().size(); i++) {
                PatchOp one = op.patch().ops().get(i);
                effects.add(new OpEffect(i, one,
                        PatchBridge.translate(type, JsonPatch.of(one), op.version(), newest).asOp(i)));
            }
            Optional<Decision> ruled = refusalCheck(effects.stream().map(OpEffect::translation).toList())
                    .or(() -> ruleCheck(effects, null))
                    .or(() -> readingCheck(effects));
            if (ruled.isPresent()) {
                return ruled.get();
            }
            List<PatchOp> out = new ArrayList<>();
            List<String> dropped = new ArrayList<>();
            for (OpEffect e : effects) {
                PatchBridge.Translation down = target == newest ? e.translation()
                        : PatchBridge.translate(type, JsonPatch.of(e.original()), op.version(), target).asOp(e.index());
                Optional<Decision> held = refusalCheck(List.of(down)).or(() -> heldCheck(e, down));
                if (held.isPresent()) {
                    return held.get();
                }
                out.addAll(down.patch().ops());
                down.dropped().forEach(d -> dropped.add(d.toString()));
            }
            JsonPatch translated = new JsonPatch(out);
            if (target == op.version() && dropped.isEmpty() && translated.equals(op.patch())) {
                return new Decision.Applied(op, Optional.empty());
            }
            return new Decision.Translated(op, op.translated(target, translated), dropped, Optional.empty());
        }

        /**
         * What the patch engine refuses: an invalid edit is rejected; an op whose effect needs the
         * document waits for it. An operation applies whole or not at all, so the first refusal decides.
         */
        private Optional<Decision> refusalCheck(List<PatchBridge.Translation> translations) {
            for (PatchBridge.Translation t : translations) {
                for (PatchBridge.Refused r : t.refused()) {
                    if (r.needsDocument()) {
                        return buffer(Decision.Wait.MISSING_CONTEXT, r + "; it needs document " + op.docId()
                                + " to be decided");
                    }
                    return reject("the edit is not valid in version " + op.version() + ": " + r,
                            "correct op " + r.index() + " and send the operation again", "patch");
                }
            }
            return Optional.empty();
        }

        /** Path-level: an op that writes a semantic field on a reading of data it does not carry waits for the document. */
        private Optional<Decision> readingCheck(List<OpEffect> effects) {
            for (OpEffect e : effects) {
                Optional<Decision> d = readingCheck(e, e.translation(), newest);
                if (d.isPresent()) {
                    return d;
                }
            }
            return Optional.empty();
        }

        /** {@code e}'s translation {@code t} to {@code version}, when it writes a semantic field on a reading. */
        private Optional<Decision> readingCheck(OpEffect e, PatchBridge.Translation t, int version) {
            Optional<FieldPath> f = semanticFieldWritten(e);
            if (f.isPresent() && !t.readings().isEmpty()) {
                return buffer(Decision.Wait.MISSING_CONTEXT, "op " + e.index() + " writes semantic field '" + f.get()
                        + "', and its translation to version " + version + " rests on a reading of data it does"
                        + " not carry (" + t.readings().get(0).reason() + "); it needs document " + op.docId()
                        + " to be decided");
            }
            return Optional.empty();
        }

        /**
         * Path-level: a semantic field must reach the target version as written: an op dropped there,
         * or one that does not translate back to the same write in the newest version (a narrowed
         * value), waits for the target's upgrade; one taken on a reading waits for the document.
         */
        private Optional<Decision> heldCheck(OpEffect e, PatchBridge.Translation down) {
            Optional<FieldPath> f = semanticFieldWritten(e);
            if (f.isEmpty() || target == newest) {
                return Optional.empty();
            }
            String cannot = "op " + e.index() + " writes semantic field '" + f.get() + "', which version " + target
                    + " cannot hold as written";
            if (!down.dropped().isEmpty()) {
                return buffer(Decision.Wait.UPGRADE_REQUIRED, cannot + " (" + down.dropped().get(0).reason()
                        + "); upgrade to version " + newest);
            }
            if (!down.readings().isEmpty()) {
                return readingCheck(e, down, target);
            }
            PatchBridge.Translation back = PatchBridge.translate(type, down.patch(), target, newest);
            if (!back.refused().isEmpty() || !back.patch().equals(e.translation().patch())) {
                return buffer(Decision.Wait.UPGRADE_REQUIRED, cannot + " (it would come back as " + back.patch()
                        + ", not " + e.translation().patch() + "); upgrade to version " + newest);
            }
            return Optional.empty();
        }

        /** The first semantic field an op writes in the newest version. */
        private Optional<FieldPath> semanticFieldWritten(OpEffect e) {
            return rules.semanticFields().stream().filter(f -> e.written().stream().anyMatch(f::writtenBy)).findFirst();
        }

        /** The declared rules (epochs, gates) first, so the writer reads the reason the schema gives; then semantic fields. */
        private Optional<Decision> ruleCheck(List<OpEffect> effects, JsonNode newestBody) {
            for (OpEffect e : effects) {
                for (String pointer : e.written()) {
                    Optional<Decision> declared = declaredRuleCheck(pointer, newestBody);
                    if (declared.isPresent()) {
                        return declared;
                    }
                }
            }
            for (OpEffect e : effects) {
                for (FieldPath f : rules.semanticFields()) {
                    Optional<Decision> semantic = semanticCheck(e, f);
                    if (semantic.isPresent()) {
                        return semantic;
                    }
                }
            }
            return Optional.empty();
        }

        private Optional<Decision> declaredRuleCheck(String pointer, JsonNode newestBody) {
            Optional<SemanticRules.EpochRule> rule = rules.ruleFor(pointer, op.version(), policy.currentEpoch());
            if (rule.isPresent() && rule.get().rule().kind() == WriteRule.Kind.REJECT) {
                return reject(rule.get().rule().reason(), "upgrade to version " + rule.get().rule().belowVersion()
                        + " or later and resync", rule.get().toString());
            }
            for (FeatureGate g : rules.gates()) {
                if (op.version() < g.minVersion() && g.field().writtenBy(pointer) && newestBody == null) {
                    return buffer(Decision.Wait.MISSING_CONTEXT, "the edit writes '" + g.field() + "', and " + g
                            + " closes per object, once it uses the field: deciding it needs document " + op.docId());
                }
                if (op.version() < g.minVersion() && g.field().writtenBy(pointer) && inUse(newestBody, g.field())) {
                    return reject(g.reason(), "upgrade to version " + g.minVersion() + " or later to edit '"
                            + g.field() + "' on this document", g.toString());
                }
            }
            return Optional.empty();
        }

        /** A semantic field comes through as written, or the edit is turned away: never dropped, never reinterpreted. */
        private Optional<Decision> semanticCheck(OpEffect e, FieldPath f) {
            String rule = "semantic " + f;
            boolean writes = e.written().stream().anyMatch(f::writtenBy);
            if (writes && !e.translation().patch().ops().equals(List.of(e.original()))) {
                return reject("op " + e.index() + " (" + e.original().toJson() + ") writes semantic field '" + f
                        + "' as version " + op.version() + " has it; version " + newest + " would read it as "
                        + e.translation().patch() + ", and a semantic field is never reinterpreted",
                        "upgrade to version " + newest + " to edit '" + f + "'", rule);
            }
            return Optional.empty();
        }

        /**
         * The edit translated to the stored version and applied. A semantic field the stored version
         * cannot hold as the edit means it (an op dropped there, or a value it narrows) makes the
         * operation wait for the stored document's upgrade instead.
         */
        private Decision apply(JsonNode body, JsonNode view, int s, Effects effects) {
            PatchBridge.Translation t = PatchBridge.translate(type, op.patch(), view, op.version(), s, body);
            Optional<Decision> refused = refusalCheck(List.of(t));
            if (refused.isPresent()) {
                return refused.get();
            }
            JsonNode after = PatchBridge.apply(t.patch(), body);
            type.check(after, s, "edited document");
            if (s != newest) {
                JsonNode held = type.translate(after, s, newest, effects.newestBefore());
                for (OpEffect e : effects.ops()) {
                    for (FieldPath f : rules.semanticFields()) {
                        if (e.written().stream().anyMatch(f::writtenBy)
                                && !held.at(f.pointer()).equals(effects.newestAfter().at(f.pointer()))) {
                            return buffer(Decision.Wait.UPGRADE_REQUIRED, "op " + e.index() + " writes semantic field '"
                                    + f + "', which the stored version " + s + " cannot hold as written"
                                    + t.dropped().stream().filter(d -> d.index() == e.index()).findFirst()
                                            .map(d -> " (" + d.reason() + ")").orElse("")
                                    + "; upgrade the stored document to version " + newest).orElseThrow();
                        }
                    }
                }
            }
            JsonNode document = documents.withEnvelope(after, header, stored);
            if (s == op.version() && t.dropped().isEmpty() && t.patch().equals(op.patch())) {
                return new Decision.Applied(op, document);
            }
            return new Decision.Translated(op, op.translated(s, t.patch()),
                    t.dropped().stream().map(PatchBridge.Dropped::toString).toList(), document);
        }

        private Optional<Decision> reject(String reason, String action, String rule) {
            return Optional.of(new Decision.Rejected(op, reason, action, rule));
        }

        private Optional<Decision> buffer(Decision.Wait wait, String detail) {
            return Optional.of(new Decision.Buffered(op, wait, detail));
        }
    }

    /** The ops of an edit with their translations, and the newest version's document before and after them. */
    private record Effects(List<OpEffect> ops, JsonNode newestBefore, JsonNode newestAfter) {}

    /** One op of an edit and its translation to the newest version. */
    private record OpEffect(int index, PatchOp original, PatchBridge.Translation translation) {
        /** The pointers the translated op writes (a move writes where it takes from, too). */
        Set<String> written() {
            Set<String> out = new LinkedHashSet<>();
            for (PatchOp o : translation.patch().ops()) {
                if (!(o instanceof PatchOp.Test)) {
                    out.add(o.path());
                }
                if (o instanceof PatchOp.Move m) {
                    out.add(m.from());
                }
            }
            return out;
        }
    }

    /** Whether a document uses a field: present, not null, not an empty array or object. */
    private static boolean inUse(JsonNode doc, FieldPath field) {
        JsonNode v = doc.at(field.pointer());
        return !v.isMissingNode() && !v.isNull() && !(v.isContainerNode() && v.isEmpty());
    }

}
