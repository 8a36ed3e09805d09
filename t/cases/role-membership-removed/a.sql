CREATE ROLE r_group;
CREATE ROLE r_other;
CREATE ROLE r_user IN ROLE r_group, r_other;
