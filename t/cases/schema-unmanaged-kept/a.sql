CREATE SCHEMA handmade;
CREATE TABLE handmade.t (id integer);
