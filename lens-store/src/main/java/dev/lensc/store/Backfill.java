package dev.lensc.store;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lensc.runtime.lens.LensException;
import dev.lensc.runtime.store.Assembly;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Copies every stored document of a type into a version added to the store, key by key in key
 * order, one batch per transaction; the batch's last key is saved with it, so a run that dies
 * resumes after the last committed batch, and a key already present is skipped.
 */
final class Backfill {
    private final LensStore store;
    private final Catalog catalog;
    private final String type;
    private final int version;
    private final int batch;
    private long copied;
    private long present;
    private long pending;
    private final List<BackfillReport.Failure> failures = new ArrayList<>();

    Backfill(LensStore store, Catalog catalog, String type, int version, int batch) {
        this.store = store;
        this.catalog = catalog;
        this.type = type;
        this.version = version;
        this.batch = batch;
    }

    BackfillReport run(BackfillListener listener) {
        if (!catalog.translator(type).versions().contains(version)) {
            throw new IllegalArgumentException(type + " has no version " + version + "; its translator knows "
                    + catalog.translator(type).versions());
        }
        String start = store.transaction(tx -> {
            VersionState state = tx.versionStates(type).stream().filter(s -> s.version() == version).findFirst()
                    .orElse(null);
            if (state != null && state.state() == VersionState.State.ACTIVE) {
                return null;
            }
            String cursor = state != null && state.state() == VersionState.State.BACKFILLING ? state.cursor() : "";
            tx.saveVersionState(new VersionState(type, version, VersionState.State.BACKFILLING, cursor));
            return cursor;
        });
        if (start == null) {
            return report();
        }
        SortedSet<Integer> live = new TreeSet<>(catalog.live(type));
        live.add(version);
        catalog.setLive(type, live);
        long total = store.transaction(tx -> tx.countKeys(type));
        long done = 0;
        String cursor = start;
        while (true) {
            String from = cursor;
            List<String> keys = store.transaction(tx -> {
                List<String> batchKeys = tx.keysAfter(type, from, batch);
                for (String key : batchKeys) {
                    copy(tx, key);
                }
                boolean finished = batchKeys.isEmpty();
                tx.saveVersionState(new VersionState(type, version,
                        finished ? VersionState.State.ACTIVE : VersionState.State.BACKFILLING,
                        finished ? null : batchKeys.get(batchKeys.size() - 1)));
                return batchKeys;
            });
            if (keys.isEmpty()) {
                return report();
            }
            done += keys.size();
            cursor = keys.get(keys.size() - 1);
            listener.progress(new BackfillProgress(type, version, done, Math.max(total, done), copied));
        }
    }

    private void copy(Tx tx, String key) throws SQLException {
        WritePlan plan = new WritePlan(catalog, tx);
        Map<Integer, StoredRow> rows = plan.stored(type, key);
        if (rows.containsKey(version)) {
            present++;
            return;
        }
        Set<Integer> live = rows.values().stream().filter(r -> !r.deleted()).map(r -> r.id().version())
                .collect(Collectors.toSet());
        Integer from = catalog.source(type, version, live);
        if (from == null) {
            return;
        }
        StoredRow source = rows.get(from);
        DocumentId id = source.id().inVersion(version);
        try {
            JsonNode doc = catalog.translator(type).translate(source.body(), from, version, null, key);
            Assembly a = catalog.assembly(type, version);
            if (a != null) {
                doc = plan.assemble(a, key, doc);
                if (doc == null) {
                    pending++;
                    return;
                }
            }
            catalog.check(id, doc);
            if (tx.insertIfAbsent(new StoredRow(id, source.revision(), tx.nextSeq(1, store.channel()), doc))) {
                copied++;
            } else {
                present++;
            }
        } catch (LensException e) {
            failures.add(new BackfillReport.Failure(id, Rejection.of(e)));
        }
    }

    private BackfillReport report() {
        return new BackfillReport(type, version, copied, present, pending, failures);
    }
}
