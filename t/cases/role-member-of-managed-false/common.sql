CREATE ROLE r_outside_group;
