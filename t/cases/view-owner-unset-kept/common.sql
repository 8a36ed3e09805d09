CREATE ROLE r_someone;
