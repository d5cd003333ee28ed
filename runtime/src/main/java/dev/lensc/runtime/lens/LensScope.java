package dev.lensc.runtime.lens;

import dev.lensc.runtime.json.JsonPointers;

/**
 * The {@link LensContext} of the generated translation running on this thread, so that generated
 * code tells custom lenses what the interpreter tells them (which passes the context down its
 * calls): the document type, the versions, the id and the pointer of the object the code is at.
 * Generated code shares its methods and constants between pairs of versions, so the context cannot
 * be written into them; a generated pair method {@linkplain #enter enters} its translation, an
 * {@code in} or {@code map} around a custom lens goes {@linkplain #down down} to its value, and
 * each restores what it found. Types without custom lenses never touch it.
 */
public final class LensScope {
    private static final ThreadLocal<LensContext> CURRENT = new ThreadLocal<>();

    private LensScope() {}

    /** Where generated code is: {@link LensContext#NONE} outside a generated translation. */
    public static LensContext current() {
        LensContext c = CURRENT.get();
        return c == null ? LensContext.NONE : c;
    }

    /** Makes {@code context} current; returns what was, for {@link #restore}. */
    public static LensContext enter(LensContext context) {
        LensContext outer = CURRENT.get();
        CURRENT.set(context);
        return outer;
    }

    /** The current translation at the current object's field {@code name}; returns what was, for {@link #restore}. */
    public static LensContext down(String name) {
        LensContext outer = current();
        return enter(outer.at(JsonPointers.child(outer.pointer(), name)));
    }

    /** The current translation at the current array's item {@code index}; returns what was, for {@link #restore}. */
    public static LensContext down(int index) {
        LensContext outer = current();
        return enter(outer.at(JsonPointers.child(outer.pointer(), index)));
    }

    /** Makes {@code outer}, which {@link #enter} or {@link #down} returned, current again. */
    public static void restore(LensContext outer) {
        if (outer == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(outer);
        }
    }
}
