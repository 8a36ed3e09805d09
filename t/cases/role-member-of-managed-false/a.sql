CREATE ROLE r_user;
