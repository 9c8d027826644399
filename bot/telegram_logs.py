"""Logs without secrets: the bot token masked everywhere, and python-telegram-bot's debug
records (Bot API parameters, incoming updates) without their text unless
FORFAIT_BOT_LOG_TEXT=1."""

from __future__ import annotations

import logging
import re

# PTB's debug records carry the Bot API parameters (message texts, the token in the base URL)
# and the incoming updates: their arguments are masked unless FORFAIT_BOT_LOG_TEXT=1.
VERBOSE_LOGGERS = (
    "telegram.Bot",
    "telegram.ext.ExtBot",
    "telegram.ext.Application",
    "telegram.ext.Updater",
    "telegram.request.BaseRequest",
)
_FORMAT = re.compile(r"%[-#0 +]*\d*(?:\.\d+)?[sdrifgex]")
_API_METHOD = re.compile(r"[a-z]+(?:[A-Z][a-z]*)+")  # sendMessage, answerCallbackQuery


class NoText(logging.Filter):
    """Keeps the record, masks its arguments but Bot API method names:
    "Processing update %s" -> "Processing update …"."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.args:
            args = record.args if isinstance(record.args, tuple) else (record.args,)
            kept = iter(a if isinstance(a, str) and _API_METHOD.fullmatch(a) else "…" for a in args)
            message = _FORMAT.sub(lambda _: next(kept, "…"), str(record.msg))
            record.msg, record.args = message, None
        return True


def configure_verbose_loggers(log_text: bool) -> None:
    for name in VERBOSE_LOGGERS:
        logger = logging.getLogger(name)
        for f in [f for f in logger.filters if isinstance(f, NoText)]:
            logger.removeFilter(f)
        if not log_text:
            logger.addFilter(NoText())


class Redact(logging.Filter):
    """Masks the token in every log record (httpx logs full URLs, which contain it)."""

    def __init__(self, secret: str) -> None:
        super().__init__()
        self.secret = secret

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a malformed record: let logging report it as usual
            return True
        if self.secret in message:
            record.msg, record.args = message.replace(self.secret, "<jeton>"), None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text and self.secret in record.exc_text:
            record.exc_text = record.exc_text.replace(self.secret, "<jeton>")
        return True
