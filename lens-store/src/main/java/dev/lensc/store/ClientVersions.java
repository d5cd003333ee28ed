package dev.lensc.store;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The versions a client reads, one per document type, and whether it also takes newer versions.
 * Chesterfield's replication rules: a client never receives versions older than its own; it
 * receives newer ones only when it asks ({@link #andNewer()}, for "seamless" upgrades, where the
 * app can already read what the next version writes). Types not listed are not replicated.
 */
public record ClientVersions(Map<String, Integer> versions, boolean newer) {

    public ClientVersions {
        Map<String, Integer> byType = new TreeMap<>();
        versions.forEach((type, version) -> byType.put(DocumentId.typeName(type), version));
        versions = Collections.unmodifiableMap(byType);
    }

    public static ClientVersions of(String type, int version) {
        return new ClientVersions(Map.of(type, version), false);
    }

    public static ClientVersions of(Map<String, Integer> versions) {
        return new ClientVersions(versions, false);
    }

    public ClientVersions andNewer() {
        return new ClientVersions(versions, true);
    }

    /** Whether this client receives the document {@code id}. */
    public boolean receives(DocumentId id) {
        Integer own = versions.get(id.type());
        return own != null && (newer ? id.version() >= own : id.version() == own);
    }

    /**
     * The equivalent replication selector for CouchDB-style clients (Mango syntax; documents carry
     * {@code schema} and {@code version} fields), e.g. for a version-2 client of {@code todo-item}
     * that takes newer versions: {@code {"$or": [{"schema": "todo-item", "version": {"$gte": 2}}]}}.
     */
    public ObjectNode couchSelector() {
        JsonNodeFactory n = JsonNodeFactory.instance;
        ArrayNode any = n.arrayNode();
        versions.forEach((type, version) -> {
            ObjectNode one = any.addObject().put("schema", type);
            if (newer) {
                one.putObject("version").put("$gte", version);
            } else {
                one.put("version", version);
            }
        });
        ObjectNode selector = n.objectNode();
        selector.set("$or", any);
        return selector;
    }

    /**
     * Chesterfield's own selector form, which only keeps older versions of one type away and lets
     * every other document through: {@code {"$not": {"schema": "todo-item", "version": {"$lt": 2}}}}.
     */
    public static ObjectNode couchSelectorNotOlderThan(String type, int version) {
        ObjectNode selector = JsonNodeFactory.instance.objectNode();
        ObjectNode not = selector.putObject("$not").put("schema", DocumentId.typeName(type));
        not.putObject("version").put("$lt", version);
        return selector;
    }
}
