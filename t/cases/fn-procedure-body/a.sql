CREATE PROCEDURE app.note(m text) LANGUAGE sql AS $$ INSERT INTO app.log VALUES (m) $$;
