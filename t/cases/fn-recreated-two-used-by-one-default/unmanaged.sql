CREATE TABLE public.ranges (lo integer, hi integer DEFAULT app.lo(1) + app.hi(2));
