-- pgform plan
-- database: minimal
-- desired fingerprint: 1c9943f7beba5b92
-- pgform version: 0.1.0

\set ON_ERROR_STOP on

-- step 1: create schema app
CREATE SCHEMA app;

-- step 2: create view app.hello
CREATE VIEW app.hello AS
SELECT 'hello'::text AS greeting, now() AS asked_at;
