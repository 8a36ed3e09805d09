CREATE ROLE r_group;
CREATE ROLE r_user;
GRANT r_group TO r_user WITH ADMIN OPTION;
