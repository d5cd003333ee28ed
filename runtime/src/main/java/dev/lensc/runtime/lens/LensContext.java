package dev.lensc.runtime.lens;

/**
 * Where a {@link CustomLens} runs: the translation it is part of and the value it is given, so that
 * it can make deterministic output (an id minted from the document id and the pointer is the same
 * on every run, on every replica).
 *
 * @param documentType the document type's name, or null when the lens runs outside one
 * @param sourceVersion the version the translation starts from, 0 when unknown
 * @param targetVersion the version the translation ends at, 0 when unknown
 * @param pointer the JSON pointer of the value in the whole document being translated
 * @param documentId the document's id when the caller gives one, else null
 */
public record LensContext(String documentType, int sourceVersion, int targetVersion, String pointer,
        String documentId) {

    /** A lens run on its own: nothing is known but the pointer. */
    public static final LensContext NONE = new LensContext(null, 0, 0, "", null);

    public LensContext {
        pointer = pointer == null ? "" : pointer;
    }

    /** A translation of a document of {@code documentType} between two versions; {@code documentId} may be null. */
    public static LensContext of(String documentType, int sourceVersion, int targetVersion, String documentId) {
        return new LensContext(documentType, sourceVersion, targetVersion, "", documentId);
    }

    /** The same translation, at another value. */
    public LensContext at(String pointer) {
        return new LensContext(documentType, sourceVersion, targetVersion, pointer, documentId);
    }
}
