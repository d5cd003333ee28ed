package dev.lensc.store;

import java.nio.file.Path;

/** Runs a slow backfill of todo-item@3 in its own JVM, printing progress, for {@link BackfillCrashTest} to kill. */
public final class BackfillChild {
    private BackfillChild() {}

    static StoreConfig config() {
        return StoreConfig.builder().type(Schemas.TODO, 1, 2).backfillBatch(10).build();
    }

    public static void main(String[] args) throws Exception {
        try (LensStore store = LensStore.open(StoreDatabase.sqlite(Path.of(args[0])), config())) {
            store.addVersion("todo-item", 3, p -> {
                System.out.println("progress " + p.done());
                System.out.flush();
                try {
                    Thread.sleep(25);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            System.out.println("finished");
        }
    }
}
