CREATE ROLE "Readers";
CREATE SCHEMA "Sales Data";
