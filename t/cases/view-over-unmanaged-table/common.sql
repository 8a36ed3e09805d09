CREATE SCHEMA src;
CREATE TABLE src.events (id integer, amount numeric);
