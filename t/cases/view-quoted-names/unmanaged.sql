CREATE VIEW "Rpt"."Daily Totals" AS SELECT 1 AS "Total";
