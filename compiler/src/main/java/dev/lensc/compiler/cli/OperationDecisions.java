package dev.lensc.compiler.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lensc.runtime.json.StrictJson;
import dev.lensc.runtime.lens.LensException;
import dev.lensc.runtime.sync.CompatibilityMode;
import dev.lensc.runtime.sync.Decision;
import dev.lensc.runtime.sync.DecisionLog;
import dev.lensc.runtime.sync.Epoch;
import dev.lensc.runtime.sync.OperationGate;
import dev.lensc.runtime.sync.VersionedOperation;
import dev.lensc.runtime.sync.WritePolicy;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.SortedSet;

/**
 * {@code lensc patch} with operation envelopes ({@code {opId, docType, docId, version, epoch?, patch}},
 * one document or JSON Lines): each operation decided by the document type's {@link OperationGate} in
 * epoch {@code --epoch} (default: the latest the type declares) and mode {@code --mode} (default: the
 * declared one); on the stored document {@code --doc} when given, each operation on the document the
 * one before left, otherwise without it (path-level) for version {@code --to} (default: the newest).
 *
 * <p>Prints one JSON line per decision on stdout, and on stderr each buffering as a warning and each
 * rejection as an error, as the {@link DecisionLog} records them (operation, document, versions, epochs,
 * rule, reason). Exit 1 when any operation is rejected.
 */
final class OperationDecisions {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Options of the JSON Patch mode that operation envelopes do without. */
    private static final List<String> PATCH_ONLY = List.of("from", "reverse", "base", "strict", "schema");

    private final OperationGate gate;
    private final WritePolicy policy;
    private final OptionalInt version;
    private final PrintStream out;
    private final PrintStream err;

    private OperationDecisions(OperationGate gate, WritePolicy policy, OptionalInt version, PrintStream out,
            PrintStream err) {
        this.gate = gate;
        this.policy = policy;
        this.version = version;
        this.out = out;
        this.err = err;
    }

    /** Decides and prints every operation of {@code inputs}; the exit code. */
    static int run(Arguments a, Context c, LensSource lens, Selection selection, List<JsonNode> inputs) {
        for (String option : PATCH_ONLY) {
            if (a.has(option)) {
                throw new UsageException(a.command(), "--" + option + " is for JSON Patches; operation envelopes carry"
                        + " their version and are decided by the document type's rules");
            }
        }
        OperationGate gate = lens.gate(selection, a.command(), new DecisionLog());
        SortedSet<Integer> versions = gate.documents().type().versions();
        if (selection.to() != null && !versions.contains(selection.to())) {
            throw new UsageException(a.command(), "unknown version " + selection.to() + " of "
                    + gate.documents().envelope().typeName() + "; known versions: " + versions);
        }
        List<Epoch> epochs = gate.rules().epochs();
        int latest = epochs.isEmpty() ? 0 : epochs.get(epochs.size() - 1).number();
        WritePolicy policy = WritePolicy.inEpoch((int) a.number("epoch", 0, Integer.MAX_VALUE, latest));
        if (a.has("mode")) {
            policy = policy.withMode(CompatibilityMode.fromDslName(a.value("mode")).orElseThrow(() ->
                    new UsageException(a.command(), "unknown mode '" + a.value("mode") + "'; modes: "
                            + String.join(", ", CompatibilityMode.dslNames()))));
        }
        List<VersionedOperation> ops = parse(inputs, Context.inputName(a));
        OptionalInt to = selection.to() == null ? OptionalInt.empty() : OptionalInt.of(selection.to());
        JsonNode stored = c.documentOption(a, "doc", "stored document");
        if (stored != null) {
            try {
                gate.documents().header(stored, to);
            } catch (LensException e) {
                throw new BadInputException(a.value("doc") + ": " + e.getMessage());
            }
        }
        return new OperationDecisions(gate, policy, to, c.out(), c.err()).decideAll(ops, stored);
    }

    private static List<VersionedOperation> parse(List<JsonNode> inputs, String source) {
        List<VersionedOperation> ops = new ArrayList<>(inputs.size());
        for (int i = 0; i < inputs.size(); i++) {
            try {
                ops.add(VersionedOperation.parse(inputs.get(i)));
            } catch (LensException e) {
                throw new BadInputException(source + ": operation " + (i + 1) + " is not an operation envelope"
                        + " {opId, docType, docId, version, epoch?, patch}: " + e.getMessage());
            }
        }
        return ops;
    }

    private int decideAll(List<VersionedOperation> ops, JsonNode stored) {
        int rejected = 0;
        JsonNode document = stored;
        for (VersionedOperation op : ops) {
            int logged = gate.log().entries().size();
            int toVersion = document != null ? gate.documents().header(document, version).version()
                    : version.orElse(gate.documents().type().versions().last());
            Decision d = document == null ? gate.decideWithoutDocument(op, toVersion, policy)
                    : version.isPresent() ? gate.decide(op, document, version.getAsInt(), policy)
                    : gate.decide(op, document, policy);
            out.println(StrictJson.compact(json(d, toVersion)));
            if (d instanceof Decision.Applied applied) {
                document = applied.document().orElse(document);
            } else if (d instanceof Decision.Translated translated) {
                document = translated.document().orElse(document);
            } else if (d instanceof Decision.Rejected) {
                rejected++;
            }
            List<DecisionLog.Entry> entries = gate.log().entries();
            for (DecisionLog.Entry e : entries.subList(logged, entries.size())) {
                err.println(d instanceof Decision.Rejected r ? "error: " + e + "; " + r.action() : "warning: " + e);
            }
        }
        if (rejected > 0) {
            err.println("error: " + rejected + " of " + ops.size() + " operation" + (ops.size() == 1 ? " is" : "s are")
                    + " rejected");
            return Lensc.UNTRANSLATABLE;
        }
        return Lensc.OK;
    }

    /** A decision as one JSON object: the operation, the versions, the epochs, and what was decided. */
    private ObjectNode json(Decision d, int toVersion) {
        VersionedOperation op = d.operation();
        ObjectNode o = NODES.objectNode();
        o.put("opId", op.opId());
        o.put("decision", d.getClass().getSimpleName().toLowerCase(Locale.ROOT));
        o.put("docType", op.docType());
        o.put("docId", op.docId());
        o.put("version", op.version());
        op.epoch().ifPresent(e -> o.put("epoch", e));
        o.put("toVersion", toVersion);
        o.put("replicaEpoch", policy.currentEpoch());
        if (d instanceof Decision.Applied a) {
            a.document().ifPresent(doc -> o.set("document", doc));
        } else if (d instanceof Decision.Translated t) {
            o.set("operation", t.translated().toJson());
            o.set("dropped", NODES.arrayNode().addAll(t.dropped().stream().map(NODES::textNode).toList()));
            t.document().ifPresent(doc -> o.set("document", doc));
        } else if (d instanceof Decision.Buffered b) {
            o.put("wait", b.reason().name().toLowerCase(Locale.ROOT).replace('_', ' '));
            o.put("detail", b.detail());
        } else if (d instanceof Decision.Rejected r) {
            o.put("reason", r.reason());
            o.put("action", r.action());
            o.put("rule", r.rule());
        }
        return o;
    }
}
