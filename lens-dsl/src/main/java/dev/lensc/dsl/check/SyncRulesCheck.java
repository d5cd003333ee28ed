package dev.lensc.dsl.check;

import dev.lensc.dsl.DiagnosticCode;
import dev.lensc.dsl.Diagnostics;
import dev.lensc.dsl.Location;
import dev.lensc.dsl.ast.EnvelopeNode;
import dev.lensc.dsl.ast.EpochNode;
import dev.lensc.dsl.ast.FieldPathNode;
import dev.lensc.dsl.ast.GateNode;
import dev.lensc.dsl.ast.ModeNode;
import dev.lensc.dsl.ast.Name;
import dev.lensc.dsl.ast.SchemaNode;
import dev.lensc.dsl.ast.SemanticNode;
import dev.lensc.runtime.schema.Hints;
import dev.lensc.runtime.schema.Type;
import dev.lensc.runtime.sync.CompatibilityMode;
import dev.lensc.runtime.sync.Envelope;
import dev.lensc.runtime.sync.Epoch;
import dev.lensc.runtime.sync.FeatureGate;
import dev.lensc.runtime.sync.FieldPath;
import dev.lensc.runtime.sync.IdPattern;
import dev.lensc.runtime.sync.SemanticRules;
import dev.lensc.runtime.sync.WriteRule;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

/**
 * Checks a schema's sync declarations ({@code semantic}, {@code epoch}, {@code mode}, {@code gate},
 * {@code envelope}) against its versions and builds the runtime's {@link SemanticRules}. Field
 * paths name fields of the newest version; version numbers must be versions of the schema.
 */
final class SyncRulesCheck {
    private static final List<String> ROLES = List.of("type", "version", "id");

    private final Diagnostics diagnostics;
    private final String schemaName;
    private final SortedMap<Integer, Type> types;
    private final int newest;

    SyncRulesCheck(Diagnostics diagnostics, String schemaName, SortedMap<Integer, Type> types) {
        this.diagnostics = diagnostics;
        this.schemaName = schemaName;
        this.types = types;
        this.newest = types.lastKey();
    }

    /** The rules; where a declaration has an error it is reported and left out. */
    SemanticRules check(SchemaNode.SyncItems items) {
        return new SemanticRules(semantics(items.semantics()), epochs(items.epochs()), mode(items.modes()),
                gates(items.gates()), envelope(items.envelopes()));
    }

    private List<FieldPath> semantics(List<SemanticNode> nodes) {
        List<FieldPath> out = new ArrayList<>();
        Map<FieldPath, SemanticNode> seen = new HashMap<>();
        for (SemanticNode s : nodes) {
            field(s.field()).ifPresent(f -> {
                SemanticNode first = seen.putIfAbsent(f, s);
                if (first != null) {
                    diagnostics.error(s.location(), DiagnosticCode.DUPLICATE, "'" + f + "' is declared semantic twice",
                            "first declared at " + first.location());
                } else {
                    out.add(f);
                }
            });
        }
        return out;
    }

    private List<Epoch> epochs(List<EpochNode> nodes) {
        List<Epoch> out = new ArrayList<>();
        EpochNode previous = null;
        for (EpochNode e : nodes) {
            if (e.number() < 0) {
                continue; // reported by the parser
            }
            if (previous != null && e.number() == previous.number()) {
                diagnostics.error(e.numberLocation(), DiagnosticCode.DUPLICATE, "epoch " + e.number()
                        + " is declared twice", "first declared at " + previous.location()
                        + "; put all its rules in one block");
            } else if (previous != null && e.number() < previous.number()) {
                diagnostics.error(e.numberLocation(), DiagnosticCode.EPOCH_ORDER, "epoch " + e.number()
                        + " comes after epoch " + previous.number(), "write epochs in increasing order: an epoch's"
                        + " rules add to those of every earlier epoch");
            } else {
                previous = e;
            }
            out.add(new Epoch(e.number(), rules(e)));
        }
        return out;
    }

    private List<WriteRule> rules(EpochNode epoch) {
        List<WriteRule> out = new ArrayList<>();
        Map<String, EpochNode.WriteRuleNode> seen = new HashMap<>();
        for (EpochNode.WriteRuleNode r : epoch.rules()) {
            String kind = r.accept() ? "accept" : "reject";
            Optional<FieldPath> field = r.field() == null ? Optional.empty() : field(r.field());
            boolean ok = r.field() == null || field.isPresent();
            ok &= version(r.belowVersion(), r.versionLocation(), "'from versions < " + r.belowVersion() + "'");
            if (r.accept() && r.field() == null) {
                diagnostics.error(r.location(), DiagnosticCode.INVALID_SYNC_RULE, "an accept rule names the field it"
                        + " lets through", "write: accept writes to <field> from versions < " + r.belowVersion());
                ok = false;
            }
            if (!r.accept() && (r.reason() == null || r.reason().isBlank())) {
                diagnostics.error(r.location(), DiagnosticCode.INVALID_SYNC_RULE, "a reject rule needs a reason: the"
                        + " rejected writer is shown it", "write: reject writes ... from versions < " + r.belowVersion()
                        + ": \"why, and what to do (e.g. upgrade and resync)\"");
                ok = false;
            }
            String about = field.map(FieldPath::toString).orElse("*");
            EpochNode.WriteRuleNode first = seen.putIfAbsent(about, r);
            if (ok && first != null) {
                boolean same = first.accept() == r.accept();
                diagnostics.error(r.location(), same ? DiagnosticCode.DUPLICATE : DiagnosticCode.INVALID_SYNC_RULE,
                        same ? "epoch " + epoch.number() + " has two rules about writes to " + fieldText(about)
                                : "this " + kind + " rule contradicts the rule about writes to " + fieldText(about)
                                        + " at " + first.location(),
                        "keep one rule per field in an epoch (first at " + first.location() + ")");
                ok = false;
            }
            if (ok) {
                out.add(new WriteRule(r.accept() ? WriteRule.Kind.ACCEPT : WriteRule.Kind.REJECT, field,
                        r.belowVersion(), r.reason()));
            }
        }
        return out;
    }

    private static String fieldText(String about) {
        return about.equals("*") ? "every field" : "'" + about + "'";
    }

    private CompatibilityMode mode(List<ModeNode> nodes) {
        CompatibilityMode out = CompatibilityMode.READ_NEW_WRITE_BOTH;
        for (int i = 0; i < nodes.size(); i++) {
            ModeNode m = nodes.get(i);
            Optional<CompatibilityMode> mode = CompatibilityMode.fromDslName(m.mode());
            if (i > 0) {
                diagnostics.error(m.location(), DiagnosticCode.DUPLICATE, "schema '" + schemaName + "' declares a mode"
                        + " twice", "first declared at " + nodes.get(0).location() + "; a schema is in one mode");
            } else if (mode.isEmpty()) {
                String hint = Hints.didYouMean(m.mode(), CompatibilityMode.dslNames());
                diagnostics.error(m.location(), DiagnosticCode.INVALID_SYNC_RULE, "unknown mode '" + m.mode() + "'",
                        hint != null ? hint : "modes: " + String.join(", ", CompatibilityMode.dslNames()));
            } else {
                out = mode.get();
            }
        }
        return out;
    }

    private List<FeatureGate> gates(List<GateNode> nodes) {
        List<FeatureGate> out = new ArrayList<>();
        Map<FieldPath, GateNode> seen = new HashMap<>();
        for (GateNode g : nodes) {
            Optional<FieldPath> field = field(g.field());
            boolean ok = version(g.minVersion(), g.versionLocation(), "'min-version " + g.minVersion() + "'");
            if (ok && g.minVersion() == types.firstKey()) {
                diagnostics.error(g.versionLocation(), DiagnosticCode.INVALID_SYNC_RULE, "min-version "
                        + g.minVersion() + " is the first version: every writer has it, so the gate never closes",
                        "name the first version whose writers understand '" + g.field().text() + "'");
                ok = false;
            }
            if (field.isPresent() && ok) {
                GateNode first = seen.putIfAbsent(field.get(), g);
                if (first != null) {
                    diagnostics.error(g.location(), DiagnosticCode.DUPLICATE, "'" + field.get() + "' has two gates",
                            "first declared at " + first.location());
                } else {
                    out.add(new FeatureGate(field.get(), g.minVersion(), g.reason()));
                }
            }
        }
        return out;
    }

    private Optional<Envelope> envelope(List<EnvelopeNode> nodes) {
        if (nodes.isEmpty()) {
            return Optional.empty();
        }
        for (EnvelopeNode extra : nodes.subList(1, nodes.size())) {
            diagnostics.error(extra.location(), DiagnosticCode.DUPLICATE, "schema '" + schemaName + "' declares an"
                    + " envelope twice", "first declared at " + nodes.get(0).location());
        }
        EnvelopeNode node = nodes.get(0);
        Envelope envelope = Envelope.of(node.typeName() == null ? schemaName : node.typeName());
        Map<String, EnvelopeNode.EnvelopeFieldNode> roles = new HashMap<>();
        Map<String, EnvelopeNode.EnvelopeFieldNode> fields = new HashMap<>();
        boolean ok = true;
        for (EnvelopeNode.EnvelopeFieldNode f : node.fields()) {
            String role = f.role().text();
            if (!ROLES.contains(role)) {
                String hint = Hints.didYouMean(role, ROLES);
                diagnostics.error(f.role().location(), DiagnosticCode.INVALID_SYNC_RULE, "unknown envelope role '" + role
                        + "'", hint != null ? hint : "roles: type, version, id");
                ok = false;
                continue;
            }
            ok &= unique(roles, role, f, f.role(), "role '" + role + "'");
            ok &= unique(fields, f.field().text(), f, f.field(), "field '" + f.field().text() + "'");
            ok &= notData(f.field());
            if (f.pattern() != null && !role.equals("id")) {
                diagnostics.error(f.patternLocation(), DiagnosticCode.INVALID_SYNC_RULE, "only the id has a pattern",
                        "write the pattern after the id role: _id: id \"{type}@{version}:{key}\"");
                ok = false;
            } else if (f.pattern() != null) {
                List<String> problems = IdPattern.problems(f.pattern());
                for (String p : problems) {
                    diagnostics.error(f.patternLocation(), DiagnosticCode.INVALID_SYNC_RULE, "id pattern \"" + f.pattern()
                            + "\": " + p, "placeholders: {type}, {version}, {key} (once)");
                }
                ok &= problems.isEmpty();
            }
            if (ok) {
                envelope = switch (role) {
                    case "type" -> envelope.typeIn(f.field().text());
                    case "version" -> envelope.versionIn(f.field().text());
                    default -> envelope.idIn(f.field().text(), f.pattern() == null ? "{key}" : f.pattern());
                };
            }
        }
        return ok ? Optional.of(envelope) : Optional.empty();
    }

    private boolean unique(Map<String, EnvelopeNode.EnvelopeFieldNode> seen, String key,
            EnvelopeNode.EnvelopeFieldNode f, Name at, String what) {
        EnvelopeNode.EnvelopeFieldNode first = seen.putIfAbsent(key, f);
        if (first != null) {
            diagnostics.error(at.location(), DiagnosticCode.DUPLICATE, "the envelope names its " + what + " twice",
                    "first at " + first.field().location());
            return false;
        }
        return true;
    }

    /** An envelope field is not data: a version that declares it would make lenses translate it. */
    private boolean notData(Name field) {
        for (Map.Entry<Integer, Type> v : types.entrySet()) {
            if (v.getValue() instanceof Type.ObjectType o && o.has(field.text())) {
                diagnostics.error(field.location(), DiagnosticCode.INVALID_SYNC_RULE, "'" + field.text() + "' is a field"
                        + " of version " + v.getKey() + " and of the envelope", "leave it out of the versions: the"
                        + " envelope carries it, and the runtime rewrites it for each version");
                return false;
            }
        }
        return true;
    }

    private boolean version(int version, Location at, String what) {
        if (version < 0) {
            return false; // reported by the parser
        }
        if (!types.containsKey(version)) {
            diagnostics.error(at, DiagnosticCode.UNKNOWN_VERSION, what + ": schema '" + schemaName + "' has no version "
                    + version, "versions: " + types.keySet());
            return false;
        }
        return true;
    }

    /** The path as a field of the newest version, or empty (reported) when it is not one. */
    private Optional<FieldPath> field(FieldPathNode path) {
        Type at = types.get(newest);
        for (Name n : path.names()) {
            Type.ObjectType host = object(at);
            if (host == null || !host.has(n.text())) {
                reportUnknown(n, host, path);
                return Optional.empty();
            }
            at = host.field(n.text()).orElseThrow().type();
        }
        return Optional.of(new FieldPath(path.texts()));
    }

    private void reportUnknown(Name n, Type.ObjectType host, FieldPathNode path) {
        if (host == null) {
            diagnostics.error(n.location(), DiagnosticCode.UNKNOWN_FIELD, "'" + n.text() + "' is inside a value that is"
                    + " not an object in version " + newest, "a path names object fields only: " + path.text());
            return;
        }
        String hint = Hints.didYouMean(n.text(), host.fieldNames());
        if (hint == null && path.names().size() == 1) {
            hint = types.entrySet().stream()
                    .filter(v -> v.getValue() instanceof Type.ObjectType o && o.has(n.text()))
                    .map(v -> "'" + n.text() + "' is a field of version " + v.getKey() + "; rules name fields as the"
                            + " newest version (" + newest + ") has them")
                    .findFirst().orElse(null);
        }
        diagnostics.error(n.location(), DiagnosticCode.UNKNOWN_FIELD, "'" + n.text() + "' is not a field of version "
                + newest + " (the newest) of '" + schemaName + "'", hint);
    }

    private static Type.ObjectType object(Type t) {
        while (t instanceof Type.NullableType n) {
            t = n.inner();
        }
        return t instanceof Type.ObjectType o ? o : null;
    }
}
