CREATE TABLE app.items (code bigint DEFAULT app.next_code());
