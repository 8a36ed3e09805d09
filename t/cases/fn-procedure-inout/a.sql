CREATE SCHEMA app;
CREATE PROCEDURE app.bump(INOUT n integer) LANGUAGE plpgsql AS $$ BEGIN n := n + 1; END $$;
