CREATE ROLE r_group;
CREATE ROLE r_user;
