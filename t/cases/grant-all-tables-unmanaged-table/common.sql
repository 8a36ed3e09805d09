CREATE ROLE r_read;
CREATE SCHEMA rpt;
CREATE TABLE rpt.handmade (id integer);
