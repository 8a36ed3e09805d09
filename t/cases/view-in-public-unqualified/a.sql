CREATE VIEW public.totals AS SELECT 1 AS n;
