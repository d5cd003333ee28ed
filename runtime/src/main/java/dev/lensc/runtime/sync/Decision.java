package dev.lensc.runtime.sync;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a replica does with an operation: it understands it ({@link Applied}), translates it
 * ({@link Translated}), keeps it until it has the context or is upgraded ({@link Buffered}), or turns
 * it away with a reason and what to do ({@link Rejected}). An operation is applied whole or not at all.
 */
public sealed interface Decision {
    VersionedOperation operation();

    /**
     * The operation is in the replica's version and applies as it is; {@code document} is the result,
     * when the replica stores the document (empty for a decision without it: the operation passes).
     */
    record Applied(VersionedOperation operation, Optional<JsonNode> document) implements Decision {
        public Applied {
            Objects.requireNonNull(document, "document");
        }

        public Applied(VersionedOperation operation, JsonNode document) {
            this(operation, Optional.of(document));
        }
    }

    /**
     * The operation, translated to the replica's version ({@code translated}), applies; {@code dropped}
     * lists the ops with no counterpart there (plain fields only: a semantic field is never dropped);
     * {@code document} is the result, when the replica stores the document.
     */
    record Translated(VersionedOperation operation, VersionedOperation translated, List<String> dropped,
            Optional<JsonNode> document) implements Decision {
        public Translated {
            dropped = List.copyOf(dropped);
            Objects.requireNonNull(document, "document");
        }

        public Translated(VersionedOperation operation, VersionedOperation translated, List<String> dropped,
                JsonNode document) {
            this(operation, translated, dropped, Optional.of(document));
        }
    }

    /** The operation waits: it cannot be decided without more context, or without an upgrade. */
    record Buffered(VersionedOperation operation, Wait reason, String detail) implements Decision {
        public Buffered {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(detail, "detail");
        }
    }

    /** Why an operation waits. */
    enum Wait {
        /** The replica lacks what the operation builds on (the document, a later epoch). */
        MISSING_CONTEXT,
        /** The replica (or its stored document) must be upgraded to take the operation. */
        UPGRADE_REQUIRED
    }

    /**
     * The operation is turned away.
     *
     * @param reason why, as the writer should read it
     * @param action what the writer should do (upgrade, resync, ...)
     * @param rule the rule that decided, as declared ({@code epoch 3: reject writes to ...})
     */
    record Rejected(VersionedOperation operation, String reason, String action, String rule) implements Decision {
        public Rejected {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(action, "action");
            Objects.requireNonNull(rule, "rule");
        }
    }
}
