package dev.lensc.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lensc.runtime.graph.Translator;
import dev.lensc.runtime.json.JsonValues;
import dev.lensc.runtime.lens.LensException;
import dev.lensc.runtime.store.Assembly;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The documents one write stores, worked out before anything is written: the written version,
 * every other live version of its type through the lens graph (each onto the stored document), the
 * inputs of an assembled version written directly, and the assembled documents the write feeds.
 * A deletion plans a tombstone (a null body) for every version instead. A {@link LensException}
 * anywhere means nothing is written.
 */
final class WritePlan {
    private final Catalog catalog;
    private final Tx tx;
    private final Map<DocumentId, JsonNode> rows = new LinkedHashMap<>();
    private final Map<String, Map<Integer, StoredRow>> stored = new HashMap<>();

    WritePlan(Catalog catalog, Tx tx) {
        this.catalog = catalog;
        this.tx = tx;
    }

    /** The planned rows in order; a null body is a tombstone. */
    Map<DocumentId, JsonNode> rows() {
        return rows;
    }

    /** The stored versions of one document, locked for this transaction. */
    Map<Integer, StoredRow> stored(String type, String key) throws SQLException {
        String group = type + "\u0000" + key;
        Map<Integer, StoredRow> byVersion = stored.get(group);
        if (byVersion == null) {
            byVersion = new TreeMap<>();
            for (StoredRow r : tx.lockAndReadAllVersions(type, key)) {
                byVersion.put(r.id().version(), r);
            }
            stored.put(group, byVersion);
        }
        return byVersion;
    }

    /** The revision a writer must have read: that of the stored row, 0 when there is none or it is deleted. */
    long storedRevision(DocumentId id) throws SQLException {
        StoredRow r = stored(id.type(), id.key()).get(id.version());
        return r == null || r.deleted() ? 0 : r.revision();
    }

    /**
     * The revision every row of one document gets from this write: one past the highest stored,
     * tombstones included, so a document created again after a deletion never repeats a revision.
     * With no row at all, its tombstones may have been compacted away: a revision is never above the
     * sequence number of its write (every write of a document takes at least one), so one past the
     * compaction horizon is past every revision the forgotten document had.
     */
    long nextRevision(DocumentId id) throws SQLException {
        Map<Integer, StoredRow> rows = stored(id.type(), id.key());
        long max = rows.isEmpty() ? tx.compactedUpTo() : 0;
        for (StoredRow r : rows.values()) {
            max = Math.max(max, r.revision());
        }
        return max + 1;
    }

    /** The document as this write leaves it so far: planned, else stored; null when absent or deleted. */
    private JsonNode current(DocumentId id) throws SQLException {
        if (rows.containsKey(id)) {
            return rows.get(id);
        }
        StoredRow r = stored(id.type(), id.key()).get(id.version());
        return r == null ? null : r.body();
    }

    /** Plans the write of {@code doc} as {@code id}, every row it leads to checked against its version. */
    void write(DocumentId id, JsonNode doc) throws SQLException {
        plan(id, doc);
        checkRows();
    }

    /**
     * Plans the deletion of {@code id}'s document: a tombstone for every stored version, and the
     * assembled documents it fed assembled again (or, having lost an input, deleted too: they are
     * pending until one arrives). Deleted through an assembled version, the inputs that make it up
     * go with it, as a write through that version writes them: its client knows no other document.
     */
    void delete(DocumentId id) throws SQLException {
        for (StoredRow r : stored(id.type(), id.key()).values()) {
            if (!r.deleted()) {
                rows.put(r.id(), null);
            }
        }
        Assembly target = catalog.assembly(id.type(), id.version());
        if (target != null) {
            for (Assembly.Input in : target.inputs()) {
                Optional<StoredRow> input = findInput(in, id.key());
                if (input.isPresent() && !rows.containsKey(input.get().id())) {
                    delete(input.get().id());
                }
            }
        }
        feedAssemblies(id);
        checkRows();
    }

    private void checkRows() {
        rows.forEach((id, doc) -> {
            if (doc != null) {
                catalog.check(id, doc);
            }
        });
    }

    private void plan(DocumentId id, JsonNode doc) throws SQLException {
        catalog.check(id, doc);
        Translator t = catalog.translator(id.type());
        rows.put(id, t.translate(doc, id.version(), id.version(), null, id.key()));
        stored(id.type(), id.key());
        for (int v : catalog.live(id.type())) {
            if (v == id.version()) {
                continue;
            }
            DocumentId other = id.inVersion(v);
            JsonNode translated = t.translate(doc, id.version(), v, current(other), id.key());
            Assembly a = catalog.assembly(id.type(), v);
            JsonNode result = a == null ? translated : assemble(a, id.key(), translated);
            if (result != null) {
                rows.put(other, result);
            }
        }
        Assembly target = catalog.assembly(id.type(), id.version());
        if (target != null) {
            writeInputs(target, id.key(), doc);
        }
        feedAssemblies(id);
    }

    /** A client wrote an assembled version: each input takes back the fields it supplies. */
    private void writeInputs(Assembly target, String key, JsonNode doc) throws SQLException {
        for (Assembly.Input in : target.inputs()) {
            Optional<StoredRow> found = findInput(in, key);
            JsonNode before = found.map(StoredRow::body).orElse(null);
            JsonNode input = in.part().backward(doc, before);
            if (!input.isObject()) {
                throw new LensException("the part for " + in.type() + "@" + in.version() + " gave a " + input.getNodeType()
                        + ", not an object", "", null);
            }
            ((ObjectNode) input).put(in.reference(), key);
            if (before == null || !JsonValues.equal(before, input)) {
                plan(found.map(StoredRow::id).orElse(new DocumentId(in.type(), in.version(), key)), input);
            }
        }
    }

    /**
     * Assembles again the documents that the rows just planned for {@code id}'s document feed: the
     * target its new state references and the one its stored state referenced, so an input that
     * moves to another target, or is deleted, leaves its old target assembled from what is left.
     */
    private void feedAssemblies(DocumentId id) throws SQLException {
        for (Map.Entry<DocumentId, JsonNode> e : new ArrayList<>(rows.entrySet())) {
            DocumentId written = e.getKey();
            if (!written.type().equals(id.type()) || !written.key().equals(id.key())) {
                continue;
            }
            StoredRow before = stored(written.type(), written.key()).get(written.version());
            for (Assembly a : catalog.fedBy(written.type(), written.version())) {
                if (!catalog.live(a.type()).contains(a.version())) {
                    continue;
                }
                Assembly.Input in = a.inputs().stream()
                        .filter(i -> i.type().equals(written.type()) && i.version() == written.version())
                        .findFirst().orElseThrow();
                Set<String> targets = new LinkedHashSet<>();
                reference(e.getValue(), in).ifPresent(targets::add);
                reference(before == null ? null : before.body(), in).ifPresent(targets::add);
                for (String key : targets) {
                    reassemble(a, key);
                }
            }
        }
    }

    private static Optional<String> reference(JsonNode doc, Assembly.Input in) {
        JsonNode ref = doc == null ? null : doc.get(in.reference());
        return ref != null && ref.isTextual() ? Optional.of(ref.asText()) : Optional.empty();
    }

    /** The target assembled from its inputs as they are now; deleted (pending again) when one is missing. */
    private void reassemble(Assembly a, String key) throws SQLException {
        DocumentId target = new DocumentId(a.type(), a.version(), key);
        JsonNode before = current(target);
        JsonNode own = before != null ? before : ownTypeTranslation(a, key);
        if (own == null) {
            return;
        }
        JsonNode after = assemble(a, key, own);
        if (after == null) {
            if (before != null) {
                rows.put(target, null);
            }
        } else if (!after.equals(before)) {
            rows.put(target, after);
        }
    }

    /** The target's own type translated into the assembled version, from the closest version there is. */
    JsonNode ownTypeTranslation(Assembly a, String key) throws SQLException {
        Map<Integer, JsonNode> have = new TreeMap<>();
        for (int v : catalog.live(a.type())) {
            JsonNode doc = current(new DocumentId(a.type(), v, key));
            if (doc != null) {
                have.put(v, doc);
            }
        }
        Integer from = catalog.source(a.type(), a.version(), have.keySet());
        return from == null ? null : catalog.translator(a.type()).translate(have.get(from), from, a.version(), null, key);
    }

    /** {@code own} with every input's fields, checked against the version's schema; null while an input is missing. */
    JsonNode assemble(Assembly a, String key, JsonNode own) throws SQLException {
        ObjectNode out = own.deepCopy();
        for (Assembly.Input in : a.inputs()) {
            Optional<StoredRow> input = findInput(in, key);
            if (input.isEmpty()) {
                return null;
            }
            out.setAll(in.part().forward(input.get().body()));
        }
        return catalog.translator(a.type()).translate(out, a.version(), a.version(), null, key);
    }

    /** Inputs of an assembled document that are not there yet (empty when none is missing). */
    List<MissingInput> missing(Assembly a, String key) throws SQLException {
        List<MissingInput> out = new ArrayList<>();
        if (ownTypeTranslation(a, key) == null) {
            Integer closest = catalog.source(a.type(), a.version(), catalog.live(a.type()));
            out.add(new MissingInput(a.type(), closest == null ? a.version() : closest, null, key));
        }
        for (Assembly.Input in : a.inputs()) {
            if (findInput(in, key).isEmpty()) {
                out.add(new MissingInput(in.type(), in.version(), in.reference(), key));
            }
        }
        return out;
    }

    /** The input document referencing {@code key}: planned in this write, else stored (and not replaced here). */
    private Optional<StoredRow> findInput(Assembly.Input in, String key) throws SQLException {
        for (Map.Entry<DocumentId, JsonNode> e : rows.entrySet()) {
            DocumentId id = e.getKey();
            if (e.getValue() == null) {
                continue; // deleted in this write
            }
            JsonNode ref = e.getValue().get(in.reference());
            if (id.type().equals(in.type()) && id.version() == in.version() && ref != null && key.equals(ref.asText())) {
                return Optional.of(new StoredRow(id, 0, 0, e.getValue()));
            }
        }
        Optional<StoredRow> found = tx.findByReference(in.type(), in.version(), in.reference(), key);
        return found.filter(r -> !rows.containsKey(r.id()));
    }
}
