CREATE SCHEMA "Rpt";
CREATE VIEW "Rpt"."Daily Totals" AS SELECT 1 AS "Total";
CREATE VIEW "Rpt"."Daily_Totals" AS SELECT 1 AS "Total";
