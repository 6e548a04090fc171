"""The log file in the data folder, and the last resort for exceptions nobody caught.

Personal data must not reach the log: any run of 12 digits (an IIN) is masked, and the
exception hook never logs local variables (where passwords live).
"""

from __future__ import annotations

import logging
import re
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

LOG_NAME = "kense.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
IIN_RUN = re.compile(r"(?<!\d)\d{12}(?!\d)")
MASK = "************"

log = logging.getLogger("kense")


def mask_iins(text: str) -> str:
    return IIN_RUN.sub(MASK, text)


class MaskIinFilter(logging.Filter):
    """Replaces every 12-digit run in the message (arguments included) and the traceback."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        record.msg = mask_iins(message)
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = mask_iins(record.exc_text)
        # The formatter must use the masked text, not re-render the original traceback.
        record.exc_info = None
        if record.stack_info:
            record.stack_info = mask_iins(record.stack_info)
        return True


def log_file(data_dir: Path) -> Path:
    return data_dir / "logs" / LOG_NAME


def setup_logging(data_dir: Path, level: int = logging.INFO) -> Path:
    """Log to a rotating file in data_dir/logs (and to stderr). Returns the file's path."""
    # Imported here (it brings socket, pickle and queue, ≈ 10 ms): a start on a PC that has
    # signed in before sets the log up once its sign-in window is up.
    import logging.handlers

    path = log_file(data_dir)
    path.parent.mkdir(parents=True, exist_ok=True)
    root = logging.getLogger()
    stop_logging()
    formatter = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    file_handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8"
    )
    stream_handler = logging.StreamHandler()
    for handler in (file_handler, stream_handler):
        handler._kense = True  # type: ignore[attr-defined]
        handler.setFormatter(formatter)
        # A filter on the handler sees records of every logger, peewee's and Qt's included.
        handler.addFilter(MaskIinFilter())
        root.addHandler(handler)
    root.setLevel(level)
    return path


def stop_logging() -> None:
    """Close Kense's log handlers (its file is then free to move or delete)."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_kense", False):
            root.removeHandler(handler)
            handler.close()


ExceptionShower = Callable[[BaseException], None]


def install_excepthook(show: ExceptionShower) -> None:
    """Uncaught exceptions (Qt slots included) are logged and shown, never swallowed."""

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        log.error("uncaught exception", exc_info=(kind, exc, tb))
        try:
            show(exc)
        except Exception:  # the dialog itself failed: the log has the original already
            log.exception("could not show the error to the user")

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        log.error(
            "uncaught exception in thread %s", getattr(args.thread, "name", "?"),
            exc_info=(args.exc_type, args.exc_value, args.exc_traceback),
        )

    sys.excepthook = hook
    threading.excepthook = thread_hook
