CREATE VIEW app.handmade AS SELECT n FROM app.base;
