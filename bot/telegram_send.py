"""Sending to Telegram: neutral messages as HTML parts (a file with its caption), retried on
flood control and network errors; the service's `Sender` for python-telegram-bot.

The confirmation of an answer (`Message.confirms`) is shown over the message that asked the
question, its keyboard gone: the tapped message, or for a typed answer the one noted when the
question was sent (`AskedMessages`, in this process). Nowhere to show it (a restart, another
replica): it is left out, the next message says what was understood.

A user who blocked the bot is logged and skipped (`send` returns False); a network still down
after the retries becomes `SendLater` (a reminder then waits for the next run); HTML that
Telegram refuses is sent again as plain text.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import logging
import warnings
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from telegram import Bot, LinkPreviewOptions, ReplyParameters, TelegramObject
from telegram.constants import ParseMode
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter
from telegram.request import RequestData
from telegram.request._requestparameter import RequestParameter

from bot.app import SendLater
from bot.messages import Message
from bot.outbox import NOWHERE, Route
from bot.telegram_render import encode, escape, markup, markup_json, parts, to_html, to_plain

log = logging.getLogger(__name__)
T = TypeVar("T")
NO_PREVIEW = LinkPreviewOptions(is_disabled=True)
CAPTION_LIMIT = 1024


@dataclass(frozen=True)
class RetryPolicy:
    """Waits between tries of a Bot API call (one try more than delays); `sleep` for tests."""

    delays: tuple[float, ...] = (0.5, 1.0, 2.0)
    sleep: Callable[[float], Awaitable[object]] = asyncio.sleep


def _retry_after(e: RetryAfter) -> float:
    """Seconds to wait, without PTB's int/timedelta deprecation warning."""
    value = getattr(e, "_retry_after", None)
    if value is None:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            value = e.retry_after
    return value.total_seconds() if isinstance(value, dt.timedelta) else float(value)


async def with_retry(call: Callable[[], Awaitable[T]], retry: RetryPolicy) -> T:
    """Flood control (wait `retry_after`), time-outs and network errors are tried again with
    exponential back-off; a refused request (BadRequest, Forbidden…) is not."""
    tries = len(retry.delays) + 1
    for attempt in range(tries):
        try:
            return await call()
        except BadRequest:  # a NetworkError subclass, but sending it again changes nothing
            raise
        except RetryAfter as e:
            if attempt == tries - 1:
                raise
            wait, reason = _retry_after(e), "RetryAfter"
        except NetworkError as e:  # TimedOut included
            if attempt == tries - 1:
                raise
            wait, reason = retry.delays[attempt], type(e).__name__
        log.warning("Envoi : %s, nouvel essai dans %g s (%d/%d)", reason, wait, attempt + 2, tries)
        await retry.sleep(wait)
    raise AssertionError("unreachable")


class AskedMessages:
    """The message id of each chat's last question, in this process: where the confirmation
    of a typed answer goes. Bounded: the oldest chats are forgotten first."""

    def __init__(self, size: int = 10_000) -> None:
        self.size = size
        self._ids: OrderedDict[int, tuple[str, int]] = OrderedDict()

    def note(self, chat_id: int, question: str, message_id: int) -> None:
        self._ids[chat_id] = (question, message_id)
        self._ids.move_to_end(chat_id)
        while len(self._ids) > self.size:
            self._ids.popitem(last=False)

    def find(self, chat_id: int, question: str) -> int | None:
        found = self._ids.get(chat_id)
        return found[1] if found is not None and found[0] == question else None


async def send_messages(
    bot: Bot,
    chat_id: int,
    messages: Sequence[Message],
    retry: RetryPolicy | None = None,
    tapped: int | None = None,
    asked: AskedMessages | None = None,
    reply_to: int | None = None,
) -> bool:
    """HTML messages, split at Telegram's limit; the keyboard goes under the last part.
    `tapped`: the id of the message whose button was tapped; `asked`: where questions were
    sent (a confirmation goes over the question's message); `reply_to`: the message the
    first one answers (in a group, the asker's).

    Returns False when the user blocked the bot (logged, the rest dropped)."""
    retry = retry or RetryPolicy()
    for message in messages:
        try:
            if message.confirms is not None:
                where = tapped
                if where is None and asked is not None:
                    where = asked.find(chat_id, message.confirms)
                if where is not None:
                    await _edit(bot, chat_id, where, message, retry)
                continue
            if message.attachment is not None:
                await _send_file(bot, chat_id, message, retry)
                continue
            sent = None
            for part in parts(message):
                keyboard = markup_json(part.rows)
                sent = await _send_part(bot, chat_id, part.html, keyboard, retry, reply_to)
                reply_to = None
            if message.asks is not None and asked is not None and sent is not None:
                asked.note(chat_id, message.asks, sent)
        except Forbidden as e:
            log.info("Conversation %s : envoi refusé (%s), ignoré", chat_id, type(e).__name__)
            return False
    return True


async def _send_file(bot: Bot, chat_id: int, message: Message, retry: RetryPolicy) -> None:
    """A picture (sendPhoto) or a document (sendDocument), the message's text as its caption
    (Telegram takes 1 024 characters there) and its keyboard under it."""
    file = message.attachment
    assert file is not None
    caption = to_html(message)
    if len(caption) > CAPTION_LIMIT:  # never cut inside a tag: plain text, cut at a word
        caption = escape(to_plain(caption)[: CAPTION_LIMIT - 1].rsplit(" ", 1)[0] + "…")
    rows = tuple(tuple((c.label, encode(c.action)) for c in row) for row in message.choices)
    options = {
        "caption": caption or None,
        "parse_mode": ParseMode.HTML,
        "reply_markup": markup(rows),
    }
    if file.kind == "photo":
        await with_retry(
            lambda: bot.send_photo(chat_id, file.data, filename=file.filename, **options), retry
        )
    else:
        await with_retry(
            lambda: bot.send_document(chat_id, file.data, filename=file.filename, **options),
            retry,
        )


async def _edit(
    bot: Bot, chat_id: int, message_id: int, message: Message, retry: RetryPolicy
) -> None:
    """The message shown over an earlier one, without its keyboard; an edit Telegram refuses
    (too old, deleted, unchanged) is logged and left: the conversation goes on below."""
    try:
        await with_retry(
            lambda: _post(
                bot,
                "editMessageText",
                text=to_html(message),
                chat_id=chat_id,
                message_id=message_id,
                parse_mode=ParseMode.HTML,
                link_preview_options=NO_PREVIEW,
            ),
            retry,
        )
    except BadRequest as e:
        log.info("Conversation %s : message %s non modifié (%s)", chat_id, message_id, e)


async def _send_part(
    bot: Bot,
    chat_id: int,
    text: str,
    keyboard: str | None,
    retry: RetryPolicy,
    reply_to: int | None = None,
) -> int:
    """The part sent; the id of the message Telegram made of it. `keyboard`: its JSON
    (`markup_json`)."""
    replying = ReplyParameters(reply_to, allow_sending_without_reply=True) if reply_to else None
    try:
        sent = await with_retry(
            lambda: _post(
                bot,
                "sendMessage",
                chat_id=chat_id,
                text=text,
                parse_mode=ParseMode.HTML,
                reply_markup=keyboard,
                link_preview_options=NO_PREVIEW,
                reply_parameters=replying,
            ),
            retry,
        )
    except BadRequest as e:
        if "entit" not in str(e).lower():
            raise
        log.warning("HTML refusé par Telegram ; envoi en texte brut")
        sent = await with_retry(
            lambda: _post(
                bot,
                "sendMessage",
                chat_id=chat_id,
                text=to_plain(text),
                reply_markup=keyboard,
                link_preview_options=NO_PREVIEW,
                reply_parameters=replying,
            ),
            retry,
        )
    return int(sent["message_id"])


async def _post(bot: Bot, method: str, **params: object) -> Any:
    """A Bot API call whose answer is read raw. `Bot.send_message` and `edit_message_text`
    turn the message Telegram sends back into PTB objects (`Message.de_json`: a tenth of the
    bot's CPU under load, py-spy) when at most its id is read. The same request, each
    parameter already the form value PTB would make of it (`_form`: a keyboard is encoded
    once, `markup_json`), handed to the bot's request object as `Bot._post` hands it: its
    status codes become the same errors. `Bot._post`'s own layers are left out: defaults to
    insert, a rate limiter, and a RequestParameter conversion per parameter (the application
    has neither defaults nor a rate limiter; the outbox paces sends)."""
    data = RequestData(
        [RequestParameter(k, _form(v), None) for k, v in params.items() if v is not None]
    )
    return await bot.request.post(f"{bot.base_url}/{method}", data)


NO_PREVIEW_FORM = json.dumps(NO_PREVIEW.to_dict())


def _form(value: object) -> str:
    """A parameter as PTB sends it in the form (`RequestParameter.json_value`): a string as it
    is (an enum's value), anything else as JSON, a PTB object as the JSON of its dict."""
    if isinstance(value, str):
        return value.value if isinstance(value, ParseMode) else value
    if value is NO_PREVIEW:
        return NO_PREVIEW_FORM
    if isinstance(value, TelegramObject):
        return json.dumps(value.to_dict())
    return json.dumps(value)


async def answer_query(bot: Bot, query_id: str) -> None:
    """answerCallbackQuery with no text, as `CallbackQuery.answer()` sends it, without PTB's
    method layers (the call of every tapped button)."""
    await _post(bot, "answerCallbackQuery", callback_query_id=query_id)


class TelegramSender:
    """The outbox's delivery on a PTB bot (`bot/outbox.py`): one chat's messages, routed
    (`Route`: the tapped message, the message replied to). `asked`: where each chat's
    question was sent, for the confirmation of a typed answer."""

    def __init__(self, bot: Bot, retry: RetryPolicy, asked: AskedMessages | None = None):
        self.bot = bot
        self.retry = retry
        self.asked = asked

    async def send(self, chat_id: int, messages: Sequence[Message], route: Route = NOWHERE) -> bool:
        try:
            return await send_messages(
                self.bot, chat_id, messages, self.retry, route.tapped, self.asked, route.reply_to
            )
        except BadRequest:
            raise
        except (NetworkError, RetryAfter) as e:
            raise SendLater(type(e).__name__) from e
