package dev.lensc.store;

/**
 * Where a backfill of {@code type@version} stands: {@code done} of about {@code total} documents
 * looked at (in this run), {@code copied} of them written into the version.
 */
public record BackfillProgress(String type, int version, long done, long total, long copied) {

    @Override
    public String toString() {
        return type + "@" + version + ": " + done + "/" + total + " documents, " + copied + " copied";
    }
}
