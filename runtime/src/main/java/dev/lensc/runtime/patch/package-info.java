/**
 * JSON Patch (RFC 6902) edits across lenses.
 *
 * <ul>
 *   <li>{@link dev.lensc.runtime.patch.JsonPatch} and {@link dev.lensc.runtime.patch.PatchOp}: the six
 *       ops as records, parsed from and written to JSON arrays, applied with RFC 6902 semantics to a
 *       copy of a document.</li>
 *   <li>{@link dev.lensc.runtime.patch.PatchTranslator}: a patch translated across a lens in one of
 *       two modes: path-level ({@link dev.lensc.runtime.patch.PathLevelTranslator}: from each op's
 *       path and value alone, no document, Cambria's readings as warnings) or document-aware (with
 *       the source document: exact; it keeps the path-level translation where the document confirms
 *       it).</li>
 *   <li>{@code SourceVersionCheck} (internal): the op checks both modes share
 *       (paths the version has, value types, required fields).</li>
 *   <li>{@link dev.lensc.runtime.patch.DocumentPatches}: the same between any two versions of a
 *       {@link dev.lensc.runtime.graph.DocumentType}.</li>
 *   <li>{@link dev.lensc.runtime.patch.PatchTranslation}: the translated patch, and a note per source
 *       op that did not translate plainly: dropped, rejected (with a cause) or translated on a
 *       reading; each with the op's index, pointer and reason.</li>
 * </ul>
 *
 * <p>The law every translation keeps: applying the translated patch to the translated document
 * gives the translation of the patched document.
 */
package dev.lensc.runtime.patch;
