CREATE TRIGGER v_insert INSTEAD OF INSERT ON app.v FOR EACH ROW EXECUTE FUNCTION public.to_sink();
CREATE RULE v_delete AS ON DELETE TO app.v DO INSTEAD NOTHING;
COMMENT ON RULE v_delete ON app.v IS 'deletes do nothing';
