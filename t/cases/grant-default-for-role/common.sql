CREATE ROLE r_writer;
