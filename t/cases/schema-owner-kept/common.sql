CREATE ROLE r_other;
