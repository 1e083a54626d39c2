-- The emulator's sample warehouse: a small subscription business (customers, monthly usage, invoices).
-- Loaded once per JVM into an in-memory H2 database named ANALYTICS, so Hex-style three-part names such as
-- analytics.public.customers resolve. Rows are generated with deterministic formulas: every run sees the same data.

CREATE TABLE customers (
    customer_id   INTEGER PRIMARY KEY,
    name          VARCHAR(80)  NOT NULL,
    segment       VARCHAR(20)  NOT NULL,
    region        VARCHAR(20)  NOT NULL,
    plan          VARCHAR(20)  NOT NULL,
    signed_up_on  DATE         NOT NULL
);

INSERT INTO customers VALUES
 (1,  'Alder Logistics',        'Enterprise', 'North America', 'Enterprise', DATE '2022-02-14'),
 (2,  'Birchwood Dental',       'SMB',        'North America', 'Team',       DATE '2022-05-03'),
 (3,  'Cobalt Freight GmbH',    'Mid-Market', 'EMEA',          'Team',       DATE '2022-07-21'),
 (4,  'Driftwood Apparel',      'SMB',        'North America', 'Starter',    DATE '2022-09-09'),
 (5,  'Ember Analytics Ltd',    'Mid-Market', 'EMEA',          'Team',       DATE '2022-11-30'),
 (6,  'Fjord Marine AS',        'Enterprise', 'EMEA',          'Enterprise', DATE '2023-01-17'),
 (7,  'Granite Peak Credit',    'Enterprise', 'North America', 'Enterprise', DATE '2023-02-28'),
 (8,  'Harbor Lane Books',      'SMB',        'North America', 'Starter',    DATE '2023-04-11'),
 (9,  'Indigo Health Partners', 'Mid-Market', 'North America', 'Team',       DATE '2023-05-19'),
 (10, 'Juniper Robotics KK',    'Enterprise', 'APAC',          'Enterprise', DATE '2023-06-02'),
 (11, 'Kestrel Travel Pty',     'Mid-Market', 'APAC',          'Team',       DATE '2023-07-25'),
 (12, 'Lumen Solar SA',         'Mid-Market', 'EMEA',          'Team',       DATE '2023-08-14'),
 (13, 'Maple Street Bakery',    'SMB',        'North America', 'Starter',    DATE '2023-09-06'),
 (14, 'Nimbus Games Oy',        'SMB',        'EMEA',          'Team',       DATE '2023-10-23'),
 (15, 'Orchid Telecom Pte',     'Enterprise', 'APAC',          'Enterprise', DATE '2023-12-01'),
 (16, 'Pinecone Schools',       'Mid-Market', 'North America', 'Team',       DATE '2024-01-15'),
 (17, 'Quarry Works Ltd',       'SMB',        'EMEA',          'Starter',    DATE '2024-02-20'),
 (18, 'Redwood Insurance',      'Enterprise', 'North America', 'Enterprise', DATE '2024-03-12'),
 (19, 'Saffron Foods SpA',      'Mid-Market', 'EMEA',          'Team',       DATE '2024-04-08'),
 (20, 'Tidewater Utilities',    'Enterprise', 'North America', 'Enterprise', DATE '2024-05-27'),
 (21, 'Umber Studio',           'SMB',        'APAC',          'Starter',    DATE '2024-06-18'),
 (22, 'Vireo Bikes BV',         'SMB',        'EMEA',          'Team',       DATE '2024-08-05'),
 (23, 'Willow Pharmacy Group',  'Mid-Market', 'North America', 'Team',       DATE '2024-09-16'),
 (24, 'Yarrow Energy Corp',     'Enterprise', 'APAC',          'Enterprise', DATE '2024-10-29');

-- One row per customer per month from 2025-01 to 2025-10.
CREATE TABLE usage (
    customer_id    INTEGER      NOT NULL REFERENCES customers (customer_id),
    usage_month    DATE         NOT NULL,
    active_users   INTEGER      NOT NULL,
    queries_run    INTEGER      NOT NULL,
    compute_hours  DECIMAL(10, 1) NOT NULL,
    PRIMARY KEY (customer_id, usage_month)
);

INSERT INTO usage
SELECT c.customer_id,
       DATEADD(MONTH, m.x - 1, DATE '2025-01-01'),
       CASE c.segment WHEN 'Enterprise' THEN 180 WHEN 'Mid-Market' THEN 45 ELSE 8 END
           + MOD(c.customer_id * 7 + m.x * 3, 23),
       (CASE c.segment WHEN 'Enterprise' THEN 9000 WHEN 'Mid-Market' THEN 2200 ELSE 300 END)
           + MOD(c.customer_id * 131 + m.x * 97, 1700),
       CAST((CASE c.segment WHEN 'Enterprise' THEN 620 WHEN 'Mid-Market' THEN 140 ELSE 18 END)
           + MOD(c.customer_id * 17 + m.x * 29, 90) AS DECIMAL(10, 1)) + 0.5
FROM customers c CROSS JOIN SYSTEM_RANGE(1, 10) m;

-- One invoice per customer per month; a few recent ones are still open or overdue.
CREATE TABLE invoices (
    invoice_id   VARCHAR(16)   PRIMARY KEY,
    customer_id  INTEGER       NOT NULL REFERENCES customers (customer_id),
    issued_on    DATE          NOT NULL,
    amount_usd   DECIMAL(12, 2) NOT NULL,
    status       VARCHAR(10)   NOT NULL
);

INSERT INTO invoices
SELECT 'INV-' || LPAD(CAST(c.customer_id AS VARCHAR), 3, '0') || '-' || LPAD(CAST(m.x AS VARCHAR), 2, '0'),
       c.customer_id,
       DATEADD(MONTH, m.x - 1, DATE '2025-01-05'),
       CAST(CASE c.plan WHEN 'Enterprise' THEN 18500 WHEN 'Team' THEN 2400 ELSE 390 END
           + MOD(c.customer_id * 53 + m.x * 11, 400) AS DECIMAL(12, 2)),
       CASE
           WHEN m.x = 10 AND MOD(c.customer_id, 3) = 0 THEN 'open'
           WHEN m.x = 9 AND MOD(c.customer_id, 7) = 0 THEN 'overdue'
           ELSE 'paid'
       END
FROM customers c CROSS JOIN SYSTEM_RANGE(1, 10) m;
