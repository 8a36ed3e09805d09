CREATE ROLE r_read;
CREATE VIEW app.handmade AS SELECT id FROM app.mv;
GRANT SELECT ON app.handmade TO r_read;
COMMENT ON VIEW app.handmade IS 'made by hand';
