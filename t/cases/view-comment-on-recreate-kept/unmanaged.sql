COMMENT ON VIEW app.v IS 'kept, as nothing else is declared';
