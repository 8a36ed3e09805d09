CREATE ROLE r_outside;
