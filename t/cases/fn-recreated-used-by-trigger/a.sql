CREATE FUNCTION app.positive(n integer) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT n > 0 $$;
CREATE TRIGGER orders_stamp BEFORE INSERT OR UPDATE OF total ON public.orders FOR EACH ROW WHEN (app.positive(NEW.id)) EXECUTE FUNCTION public.stamp();
CREATE TRIGGER orders_stamp_off AFTER UPDATE ON public.orders FOR EACH ROW WHEN (app.positive(OLD.id)) EXECUTE FUNCTION public.stamp();
ALTER TABLE public.orders DISABLE TRIGGER orders_stamp_off;
COMMENT ON TRIGGER orders_stamp ON public.orders IS 'keeps totals';
