CREATE ROLE r_viewowner;
