ALTER VIEW app.v OWNER TO r_someone;
