CREATE POLICY docs_read ON public.docs AS RESTRICTIVE FOR SELECT TO case_pol_a, "case pol b" USING (app.may_read(owner));
CREATE POLICY docs_write ON public.docs FOR UPDATE USING (true) WITH CHECK (app.may_read(owner));
COMMENT ON POLICY docs_read ON public.docs IS 'owners only';
