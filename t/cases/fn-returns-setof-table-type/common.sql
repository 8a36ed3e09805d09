CREATE SCHEMA src;
CREATE TABLE src.items (id integer, name text);
