CREATE ROLE r_fnowner;
