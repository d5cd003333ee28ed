package dev.lensc.compiler.cli;

import java.util.List;

/**
 * What a batch became.
 *
 * @param output the translated lines, compact JSON each followed by a newline, in input order
 * @param translated how many lines {@code output} holds
 * @param rejects the lines that could not be translated, in input order
 * @param batch the batch it came from
 */
record JsonlBatchResult(byte[] output, int translated, List<JsonlReject> rejects, JsonlBatch batch) {
}
