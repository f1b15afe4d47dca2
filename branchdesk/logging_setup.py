"""Rotating log in the user log folder. A filter masks anything shaped like personal data."""

from __future__ import annotations

import logging
import re
from logging.handlers import TimedRotatingFileHandler
from pathlib import Path

# ID numbers, phone numbers and account/card numbers: long digit runs never reach the log.
_PII = re.compile(r"\d{6,}[\dXx]*")


class RedactingFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        msg = record.getMessage()
        red = _PII.sub(lambda m: m.group(0)[:2] + "…", msg)
        if red != msg:
            record.msg, record.args = red, ()
        if record.exc_text:
            record.exc_text = _PII.sub(lambda m: m.group(0)[:2] + "…", record.exc_text)
        return True


class RedactingFormatter(logging.Formatter):
    def formatException(self, ei) -> str:  # noqa: N802 - logging API
        return _PII.sub(lambda m: m.group(0)[:2] + "…", super().formatException(ei))


def setup_logging(log_dir: Path, level: int = logging.INFO) -> Path:
    path = log_dir / "branchdesk.log"
    handler = TimedRotatingFileHandler(path, when="midnight", backupCount=30, encoding="utf-8")
    handler.setFormatter(RedactingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(RedactingFilter())
    root = logging.getLogger()
    root.setLevel(level)
    for h in list(root.handlers):
        if isinstance(h, TimedRotatingFileHandler):
            root.removeHandler(h)
    root.addHandler(handler)
    return path
