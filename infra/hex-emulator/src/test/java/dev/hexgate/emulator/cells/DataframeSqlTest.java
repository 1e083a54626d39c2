package dev.hexgate.emulator.cells;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DataframeSqlTest {

    private static final UUID PROJECT = UUID.randomUUID();
    private static final UUID WAREHOUSE = SeededConnections.FERNBROOK_WAREHOUSE;

    @Test
    void readsOnlyTheDataframesItNeedsTransitivelyInDraftOrder() {
        Cell customers = sql("customers", "SELECT * FROM analytics.public.customers;", WAREHOUSE);
        Cell unused = sql("invoices", "SELECT * FROM analytics.public.invoices", WAREHOUSE);
        Cell smb = sql("smb", "SELECT * FROM customers WHERE segment = 'SMB'", null);
        Cell target = sql("result", "SELECT COUNT(*) FROM smb", null);

        String composed = DataframeSql.compose(target, List.of(customers, unused, smb, target));

        assertThat(composed).isEqualTo("WITH customers AS (SELECT * FROM analytics.public.customers), "
                + "smb AS (SELECT * FROM customers WHERE segment = 'SMB') SELECT COUNT(*) FROM smb");
    }

    @Test
    void qualifiedTableNamesAndCellsBelowAreNotDataframeReferences() {
        Cell target = sql("result", "SELECT * FROM analytics.public.customers", null);
        Cell below = sql("customers", "SELECT 1", WAREHOUSE);

        assertThat(DataframeSql.compose(target, List.of(target, below)))
                .isEqualTo("SELECT * FROM analytics.public.customers");
    }

    @Test
    void aLeadingWithIsContinued() {
        Cell frame = sql("frame", "SELECT 1 AS x", WAREHOUSE);
        Cell target = sql("result", "with doubled AS (SELECT x * 2 AS y FROM frame) SELECT y FROM doubled", null);

        assertThat(DataframeSql.compose(target, List.of(frame, target)))
                .isEqualTo("WITH frame AS (SELECT 1 AS x), doubled AS (SELECT x * 2 AS y FROM frame) SELECT y FROM doubled");
    }

    private static Cell sql(String dataframe, String source, UUID connection) {
        return new Cell(UUID.randomUUID(), UUID.randomUUID(), CellType.SQL, dataframe, connection,
                CellContents.sql(source, dataframe), PROJECT);
    }
}
