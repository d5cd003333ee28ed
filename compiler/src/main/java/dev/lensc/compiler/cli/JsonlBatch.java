package dev.lensc.compiler.cli;

import java.util.List;

/**
 * Consecutive lines of a JSON Lines input, translated by one worker.
 *
 * @param firstLine the 1-based line number of the first line
 * @param lines the lines' bytes, without their newlines
 * @param bytes the input bytes they took, newlines included
 */
record JsonlBatch(long firstLine, List<byte[]> lines, long bytes) {
}
