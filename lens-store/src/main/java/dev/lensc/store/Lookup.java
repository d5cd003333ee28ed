package dev.lensc.store;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lensc.runtime.store.Assembly;
import java.util.List;

/** What the store holds under an id. */
public sealed interface Lookup {

    DocumentId id();

    record Found(DocumentId id, long revision, long seq, JsonNode document) implements Lookup {}

    /**
     * An assembled document (see {@link Assembly}) some of whose inputs are stored and some are not
     * yet: it appears as soon as the last one arrives.
     */
    record Pending(DocumentId id, List<MissingInput> missing) implements Lookup {
        public Pending {
            missing = List.copyOf(missing);
        }
    }

    record Absent(DocumentId id) implements Lookup {}
}
