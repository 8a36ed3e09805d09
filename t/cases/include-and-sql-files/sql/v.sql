SELECT app.f() AS two, app.g('x') AS big_x
