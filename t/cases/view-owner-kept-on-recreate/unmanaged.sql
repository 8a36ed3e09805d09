ALTER VIEW app.v OWNER TO r_viewowner;
