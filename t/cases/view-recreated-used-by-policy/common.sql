CREATE SCHEMA app;
CREATE TABLE public.notes (n integer, body text);
ALTER TABLE public.notes ENABLE ROW LEVEL SECURITY;
