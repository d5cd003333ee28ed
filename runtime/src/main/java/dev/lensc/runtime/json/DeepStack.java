package dev.lensc.runtime.json;

import java.util.function.Supplier;

/**
 * Runs work on a thread with a large stack. Translating, checking and comparing values walk them
 * recursively, so a value nested as deeply as {@link StrictJson} reads ({@link StrictJson#MAX_DEPTH}
 * levels) needs more stack than a thread has by default. The stack is reserved address space,
 * committed only as deep as the work goes.
 */
public final class DeepStack {
    /** Enough for every walk over a value of {@link StrictJson#MAX_DEPTH} levels. */
    public static final long STACK_BYTES = 2L << 30;

    private DeepStack() {}

    /**
     * The result of {@code work}, run on a new thread with a {@link #STACK_BYTES} stack; what it
     * throws is thrown here unchanged.
     */
    public static <T> T call(Supplier<T> work) {
        Object[] result = new Object[1];
        Throwable[] failure = new Throwable[1];
        Thread worker = new Thread(null, () -> {
            try {
                result[0] = work.get();
            } catch (Throwable t) {
                failure[0] = t;
            }
        }, "lensc-deep-stack", STACK_BYTES);
        worker.start();
        boolean interrupted = false;
        while (true) {
            try {
                worker.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (failure[0] instanceof RuntimeException e) {
            throw e;
        }
        if (failure[0] instanceof Error e) {
            throw e;
        }
        if (failure[0] != null) {
            throw new IllegalStateException(failure[0]);
        }
        @SuppressWarnings("unchecked")
        T t = (T) result[0];
        return t;
    }
}
