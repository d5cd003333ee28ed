package dev.lensc.store;

import dev.lensc.runtime.lens.LensException;

/**
 * Why a write was refused: the reason, and where known the JSON pointer of the offending value,
 * the versions of the translation that failed and the op.
 */
public record Rejection(String reason, String pointer, String fromVersion, String toVersion, String op,
        String message) {

    static Rejection of(LensException e) {
        return new Rejection(e.reason(), e.pointer(), e.fromVersion(), e.toVersion(), e.op(), e.getMessage());
    }

    static Rejection of(String reason) {
        return new Rejection(reason, null, null, null, null, reason);
    }

    @Override
    public String toString() {
        return message;
    }
}
