/**
 * JSON Patch (RFC 6902) edits across lenses.
 *
 * <ul>
 *   <li>{@link dev.lensc.runtime.patch.JsonPatch} and {@link dev.lensc.runtime.patch.PatchOp}: the six
 *       ops as records, parsed from and written to JSON arrays, applied with RFC 6902 semantics to a
 *       copy of a document.</li>
 *   <li>{@link dev.lensc.runtime.patch.PatchTranslator}: a patch on a document of a lens's source,
 *       translated to its target (forward, optionally onto a stored target document), or a patch on
 *       the target translated back onto the source document.</li>
 *   <li>{@link dev.lensc.runtime.patch.DocumentPatches}: the same between any two versions of a
 *       {@link dev.lensc.runtime.graph.DocumentType}.</li>
 *   <li>{@link dev.lensc.runtime.patch.PatchTranslation}: the translated patch, and the source ops
 *       that have no counterpart in the target, each with the reason.</li>
 * </ul>
 *
 * <p>The law every translation keeps: applying the translated patch to the translated document
 * gives the translation of the patched document.
 */
package dev.lensc.runtime.patch;
