"""The sentences about the office server: making it, joining it, moving an office onto it
(desktop/services/office/server/setup.py, joining.py, move.py). Asked by
error_sentences.store_error for the codes it does not hold itself."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def server_error(code: str, params: dict) -> str | None:
    texts = {
        "bad_join_code": lambda: translate(
            "messages", "The join code is damaged or incomplete. Copy it again, whole, from "
            "the Admin page of a PC that uses the office server; nothing was changed."),
        "not_joined": lambda: translate(
            "messages", "This computer has not joined an office server yet. Join it first "
            "with the join code (kense --join CODE)."),
        "join_other_office": lambda: translate(
            "messages", "This computer's own records belong to another office than the "
            "server's; joining would leave them behind. Nothing was changed."),
        "server_cert_mismatch": lambda: translate(
            "messages", "The server answering at this address presents a certificate other "
            "than the join code names: it may not be the office server. Check the address "
            "with the IT specialist; nothing was changed."),
        "server_no_tls": lambda: translate(
            "messages", "The server answering at this address offers no encryption, but the "
            "join code expects it: it may not be the office server. Nothing was changed."),
        "server_not_empty": lambda: translate(
            "messages", "The server's database holds tables of another program. Use an empty "
            "database for Kense; nothing was changed."),
        "server_has_this_office": lambda: translate(
            "messages", "The office server already holds this office's records; nothing was "
            "moved. This computer only needs to join it."),
        "server_has_other_office": lambda: translate(
            "messages", "The office server already holds another office's records; nothing "
            "was moved. Use an empty office server."),
        "move_not_sqlite": lambda: translate(
            "messages", "This computer already works on the office server: there is no file "
            "of its own to move."),
        "move_source_unsound": lambda: translate(
            "messages", "This computer's records do not pass the audit check, so they were not "
            "moved. Run the check on the Admin page and ask the IT specialist."),
        "move_unknown_tables": lambda: translate(
            "messages", "This computer's database holds tables this version of Kense does not "
            "know ({tables}); nothing was moved. Install the Kense that wrote them.").format(
            tables=params.get("tables", "")),
        "move_failed": lambda: translate(
            "messages", "Moving the records failed and was undone: the server is empty and "
            "this computer keeps working on its own file. Try again, or ask the IT "
            "specialist."),
        "move_check_failed": lambda: translate(
            "messages", "The copy on the server did not equal this computer's records "
            "({tables}), so it was removed again: the server is empty and this computer keeps "
            "its own file.").format(tables=params.get("tables", "")),
        "pg_missing": lambda: translate(
            "messages", "The PostgreSQL programs are not installed on this computer. Install "
            "Kense with its “Office server” component (Linux: the postgresql package)."),
        "pg_tool_failed": lambda: translate(
            "messages", "A PostgreSQL program ({tool}) failed; its words are in the English "
            "line above. Nothing else was changed.").format(tool=params.get("tool", "")),
        "not_a_server_folder": lambda: translate(
            "messages", "This folder holds no office server made by Kense. Check the folder "
            "given to --stop-server or --make-server."),
        "server_folder_taken": lambda: translate(
            "messages", "This folder already holds a database folder Kense did not make. "
            "Choose an empty folder for the office server."),
        "server_folder_closed": lambda: translate(
            "messages", "The PostgreSQL server's system user cannot write in this folder. "
            "Choose a folder it may use, such as /srv/kense."),
        "port_taken": lambda: translate(
            "messages", "Port {port} is already used on this computer (perhaps by another "
            "PostgreSQL). Choose another port with --port.").format(
            port=params.get("port", "")),
        "dump_unreadable": lambda: translate(
            "messages", "The server's backup could not be read back, so it was not kept. Check "
            "the free space of the backups folder and try again."),
        "backup_not_dump": lambda: translate(
            "messages", "The chosen file is not a backup of the office server (a .dump file "
            "made by Kense); nothing was changed."),
        "scratch_refused": lambda: translate(
            "messages", "The office server's user may not create databases, so its backups "
            "cannot be restored for their weekly check. Give it the right to (ALTER ROLE ... "
            "CREATEDB); a server made by Kense has it."),
        "bad_subnet": lambda: translate(
            "messages", "The office network must be written like 192.168.1.0/24."),
    }
    make = texts.get(code)
    return make() if make else None
