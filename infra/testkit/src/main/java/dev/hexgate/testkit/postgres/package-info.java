/**
 * PostgreSQL for tests: {@link dev.hexgate.testkit.postgres.SharedPostgres} (one server per test JVM, a fresh
 * database per test class or test on demand) and {@link dev.hexgate.testkit.postgres.WithPostgres} (JUnit 5).
 */
package dev.hexgate.testkit.postgres;
