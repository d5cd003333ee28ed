package dev.lensc.runtime.sync;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A rollout phase of a document type's newest version ("new"; every earlier version is "old"),
 * as rolling upgrades with offline clients go through them: readers learn the new version before
 * anyone writes it, and old writers are turned away only at the end.
 */
public enum CompatibilityMode {
    /** Nobody reads the new version yet: a write of it waits until this replica is upgraded. */
    READ_OLD_WRITE_OLD("read-old-write-old"),
    /** Readers understand the new version; writes of it are not enabled yet and are refused. */
    READ_NEW_WRITE_OLD("read-new-write-old"),
    /** Writes of old and new versions are accepted (the default without a declaration). */
    READ_NEW_WRITE_BOTH("read-new-write-both"),
    /** New writers write the new version; old writers are still accepted, subject to the epochs. */
    READ_NEW_WRITE_NEW("read-new-write-new"),
    /** Old versions are compacted away: a write of an old version is refused with "upgrade". */
    COMPACT_OLD("compact-old");

    private final String dslName;

    CompatibilityMode(String dslName) {
        this.dslName = dslName;
    }

    /** The name as a {@code .lens} file writes it: {@code mode read-new-write-old}. */
    public String dslName() {
        return dslName;
    }

    public static Optional<CompatibilityMode> fromDslName(String name) {
        return Arrays.stream(values()).filter(m -> m.dslName.equals(name)).findFirst();
    }

    public static List<String> dslNames() {
        return Arrays.stream(values()).map(CompatibilityMode::dslName).toList();
    }

    /** Whether a replica in this mode reads documents and operations of the newest version. */
    public boolean readsNew() {
        return this != READ_OLD_WRITE_OLD;
    }

    /** Whether writes of the newest version are accepted. */
    public boolean acceptsNewWrites() {
        return this != READ_OLD_WRITE_OLD && this != READ_NEW_WRITE_OLD;
    }

    /** Whether writes of older versions are accepted. */
    public boolean acceptsOldWrites() {
        return this != COMPACT_OLD;
    }
}
