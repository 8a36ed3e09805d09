CREATE SCHEMA app;
CREATE ROLE case_pol_a;
CREATE ROLE "case pol b";
CREATE TABLE public.docs (owner text, body text);
ALTER TABLE public.docs ENABLE ROW LEVEL SECURITY;
