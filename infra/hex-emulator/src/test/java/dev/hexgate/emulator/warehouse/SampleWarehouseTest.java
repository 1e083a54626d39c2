package dev.hexgate.emulator.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The warehouse without Spring: queries run as the read-only user. */
class SampleWarehouseTest {

    private final SampleWarehouse warehouse = new SampleWarehouse();

    @Test
    void answersQueriesWithThreePartNames() {
        QueryResult result = warehouse.query("SELECT COUNT(*) AS n FROM analytics.public.customers", 10);

        assertThat(result.rows()).hasSize(1);
        assertThat(result.rows().get(0).get("n")).isEqualTo("24");
        assertThat(result.truncated()).isFalse();
    }

    @Test
    void capsRowsAtTheLimit() {
        QueryResult result = warehouse.query("SELECT * FROM analytics.public.usage", 5);

        assertThat(result.rows()).hasSize(5);
        assertThat(result.truncated()).isTrue();
    }

    @Test
    void refusesToChangeData() {
        assertThatThrownBy(() -> warehouse.query("DELETE FROM analytics.public.customers", 1))
                .isInstanceOf(WarehouseQueryException.class);
        assertThat(warehouse.query("SELECT COUNT(*) AS n FROM analytics.public.customers", 1).rows().get(0).get("n"))
                .isEqualTo("24");
    }
}
