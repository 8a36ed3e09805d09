CREATE ROLE r_read;
