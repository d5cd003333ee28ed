package dev.lensc.store;

import org.junit.jupiter.api.BeforeEach;

/** The store contract on a real PostgreSQL server ({@link PostgresServer}), each test in its own schema. */
class PostgresStoreTest extends StoreContract {
    private String url;

    @BeforeEach
    void freshSchema() {
        url = PostgresServer.freshSchemaUrl();
    }

    @Override
    StoreDatabase database() {
        return StoreDatabase.postgres(url);
    }

    @Override
    int writesPerWriter() {
        return 500;
    }
}
