"""Pure rules of the two services: no Qt, no database, nothing else of ours."""
