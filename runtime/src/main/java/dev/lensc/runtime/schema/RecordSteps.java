package dev.lensc.runtime.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What generated record translators ({@code TodoItemRecordTranslators}) share: giving a translation
 * up to the tree translators, and the list steps of {@code wrap} and {@code head} on records' lists.
 * One copy here instead of one per generated class; the calls are small and static, so the JIT
 * inlines them as it did the per-class copies.
 */
public final class RecordSteps {
    /** The one {@link Fallback}: it carries no stack trace, so throwing it costs a jump. */
    public static final Fallback FALLBACK = new Fallback();

    private RecordSteps() {}

    /**
     * Thrown to leave a translation to the tree translator, which then fails with its usual
     * message or succeeds exactly as it always did; a record translator catches it and gives null.
     */
    public static final class Fallback extends RuntimeException {
        private static final long serialVersionUID = 1L;

        private Fallback() {
            super(null, null, false, false);
        }
    }

    /** Gives the translation up: an expression of any type that never completes. */
    public static <T> T fail() {
        throw FALLBACK;
    }

    /** {@code v}, which must not be null: a null gives the translation up. */
    public static <T> T req(T v) {
        if (v == null) {
            throw FALLBACK;
        }
        return v;
    }

    /** {@code wrap}: the one-item list of {@code v}, or the empty list when it is null. */
    public static <T> List<T> wrap(T v) {
        return v == null ? Frozen.empty() : Frozen.one(v);
    }

    /**
     * {@code wrap} onto a base's list, as {@code Steps.wrap}: the base's list when its first item
     * is {@code v}, else the base's list with {@code v} first, else as {@link #wrap}.
     *
     * @param baseAbsent whether the base has no such field
     * @param exact whether Java's equality of items is JSON's (it is not for doubles: 0.0 and -0.0;
     *     then two different non-null items give the translation up)
     */
    public static <T> List<T> wrapOnto(T v, List<T> base, boolean baseAbsent, boolean exact) {
        if (!baseAbsent) {
            T first = head(base);
            if (Objects.equals(first, v)) {
                return base;
            }
            if (!exact && first != null && v != null) {
                throw FALLBACK;
            }
        }
        if (v == null) {
            return Frozen.empty();
        }
        if (!baseAbsent && base != null && !base.isEmpty()) {
            ArrayList<T> out = new ArrayList<>(base);
            out.set(0, v);
            return out;
        }
        return Frozen.one(v);
    }

    /** {@code head}: the first item of {@code v}, null when it is null or empty. */
    public static <T> T head(List<T> v) {
        return v == null || v.isEmpty() ? null : v.get(0);
    }
}
