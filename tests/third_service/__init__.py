"""A made-up third service, defined only by a TOML, a result-kind module and a form, all here:
the proof that a new service needs no line of desktop/."""
