CREATE SCHEMA "Sales Data";
CREATE ROLE "Readers";
