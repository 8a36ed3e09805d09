-- Nightly: rebuild the last two weeks of one tenant's daily parts, so late
-- rows on the source reach the warehouse. The tenant and schema placeholders
-- are replaced per tenant (inside the string literals, escaped for them).
SELECT _wh.update_mv_window_by_template(
    'foodlogstats',
    '{tenant}',
    '{schema}',
    _wh.current_date_utc() - 14,
    _wh.current_date_utc() - 1
)
