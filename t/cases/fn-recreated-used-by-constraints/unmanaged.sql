CREATE DOMAIN public.code AS text CONSTRAINT code_ok CHECK (app.valid_code(VALUE));
CREATE TABLE public.items (code text, alt public.code, CONSTRAINT items_code_ok CHECK (app.valid_code(code)) NOT VALID);
CREATE TABLE public.parts (code text CONSTRAINT parts_code_ok CHECK (app.valid_code(code)));
CREATE INDEX parts_valid ON public.parts (app.valid_code(code));
CLUSTER public.parts USING parts_valid;
COMMENT ON CONSTRAINT code_ok ON DOMAIN public.code IS 'three letters';
COMMENT ON INDEX public.parts_valid IS 'by validity';
INSERT INTO public.parts VALUES ('abc');
