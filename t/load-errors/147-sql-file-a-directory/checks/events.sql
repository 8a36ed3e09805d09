SELECT true
