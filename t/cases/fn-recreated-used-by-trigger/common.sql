CREATE SCHEMA app;
CREATE TABLE public.orders (id integer, total numeric);
CREATE FUNCTION public.stamp() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.total := coalesce(NEW.total, 0); RETURN NEW; END $$;
