package dev.hexgate.testkit.postgres;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Starts the {@linkplain SharedPostgres shared server} before the test class and lets test methods, lifecycle
 * methods and constructors declare a {@link Postgres} parameter.
 *
 * <pre>{@code
 * @WithPostgres
 * class TokenRepositoryTest {
 *     static DataSource db;
 *
 *     @BeforeAll
 *     static void database(Postgres postgres) {
 *         db = postgres.dataSource(postgres.createDatabase());
 *         // ... migrate ...
 *     }
 * }
 * }</pre>
 *
 * <p>With Spring Boot, register the URL through {@code @DynamicPropertySource}; see {@link SharedPostgres}.
 */
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(PostgresExtension.class)
public @interface WithPostgres {
}
