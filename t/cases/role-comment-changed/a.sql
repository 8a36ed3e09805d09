CREATE ROLE r_app;
COMMENT ON ROLE r_app IS 'old';
