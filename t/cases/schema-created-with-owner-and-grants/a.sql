CREATE ROLE r_owner;
CREATE ROLE r_dev;
