package dev.hexgate.testkit.postgres;

/** A server this package started and must stop; {@link SharedPostgres} hands it out only as {@link Postgres}. */
interface RunningPostgres extends Postgres, AutoCloseable {

    @Override
    void close();
}
