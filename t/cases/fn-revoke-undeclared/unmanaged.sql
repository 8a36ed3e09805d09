CREATE ROLE r_exec;
