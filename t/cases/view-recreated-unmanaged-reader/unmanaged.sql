CREATE ROLE r_read;
CREATE VIEW app.handmade AS SELECT n FROM app.base;
GRANT SELECT ON app.handmade TO r_read;
