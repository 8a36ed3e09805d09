CREATE SCHEMA app;
CREATE TABLE public.sink (n integer);
CREATE FUNCTION public.to_sink() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO public.sink VALUES (NEW.n::integer); RETURN NEW; END $$;
