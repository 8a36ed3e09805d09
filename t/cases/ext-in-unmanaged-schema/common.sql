CREATE SCHEMA handmade;
CREATE EXTENSION fuzzystrmatch SCHEMA handmade;
