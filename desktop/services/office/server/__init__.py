"""An office of several PCs on one server: making it, joining it, moving a PC's records
into it, switching to it, and its backups and their weekly check."""
