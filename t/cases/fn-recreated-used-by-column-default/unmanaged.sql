CREATE TABLE app.items (code integer DEFAULT app.next_code());
