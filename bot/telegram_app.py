"""The Telegram adapter: updates in, engine steps, HTML replies with inline keyboards out.

Every update of a chat goes: `event_from_update` → `store.lock(chat_id)` → load the session →
`engine.step` → save it (or delete it after /oublier), apply the step's reminders to the store
→ send the replies. The per-chat lock lets updates of different chats run concurrently while
those of one chat never overlap.

Around that core:
- a forwarded message becomes a "forwarded" event (an answer to pass on, never an answer to
  the pending question); in groups the bot only reads what is addressed to it (a mention, a
  reply to one of its messages, a command), and stays silent otherwise;
- inline mode (`@bot question` in any chat) answers from the FAQ without touching the store;
- advisors (`FORFAIT_BOT_ADVISORS`) get /stats and /diffuser, handled here, outside the
  practitioner's conversation;
- two jobs: due reminders every minute (`store.claim_due` gives each to one replica), and the
  daily purge of idle sessions;
- every send retries on flood control and network errors; a user who blocked the bot is
  logged and skipped. Logs never carry message text unless FORFAIT_BOT_LOG_TEXT=1, nor the
  token.

Other handlers may still reuse `event_from_update` and
`app.bot_data["adapter"].handle_event(bot, chat_id, event)`.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import functools
import html
import logging
import os
import re
import sys
import time
import traceback
import warnings
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeVar
from urllib.parse import urlsplit

from telegram import (
    Bot,
    BotCommand,
    BotCommandScopeChat,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InlineQueryResultArticle,
    InlineQueryResultsButton,
    InputTextMessageContent,
    LinkPreviewOptions,
    Message,
    Update,
)
from telegram.constants import ChatType, ParseMode
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TelegramError
from telegram.ext import (
    AIORateLimiter,
    Application,
    ApplicationBuilder,
    BaseRateLimiter,
    CallbackContext,
    CallbackQueryHandler,
    ContextTypes,
    InlineQueryHandler,
    MessageHandler,
    filters,
)
from telegram.request import BaseRequest

from bot.engine import Button, Engine, Event, Reply
from bot.http import AiohttpRequest
from bot.pacing import BULK_RATE, Pacer
from bot.reminders import PARIS
from bot.render import split_message, to_plain
from bot.session import Session
from bot.store import SessionStore
from calculators.french import fmt_number

if TYPE_CHECKING:
    from bot.faq_replies import InlineCard

log = logging.getLogger(__name__)
T = TypeVar("T")

COMMANDS = [
    ("start", "Estimer mes forfaits"),
    ("reprendre", "Reprendre là où j'en étais"),
    ("retour", "Revenir à la question précédente"),
    ("modifier", "Changer une réponse"),
    ("resultat", "Voir le résultat et le plan d'action"),
    ("recommencer", "Tout reprendre à zéro"),
    ("rappel", "Être prévenu avant la date limite"),
    ("sources", "Les guides utilisés"),
    ("aide", "Comment ça marche"),
    ("oublier", "Effacer toutes mes données"),
    ("annuler", "Mettre le questionnaire en pause"),
]
# Advisors only: handled by the adapter, shown in the advisors' own menu, not in the public one.
ADVISOR_COMMANDS = [
    ("stats", "Statistiques d'usage (conseillers)"),
    ("diffuser", "Envoyer une information aux inscrits (conseillers)"),
]
TEXT_ONLY = (
    "Je ne lis que les messages texte : répondez avec les boutons ou en quelques mots. "
    "/reprendre pour revoir la question."
)
APOLOGY = (
    "Désolé, un problème technique m'a empêché de répondre. Tapez /reprendre pour continuer "
    "(ou /recommencer si cela se reproduit)."
)
ADVISORS_ONLY = "Cette commande est réservée aux conseillers."
BROADCAST_USAGE = (
    "Écrivez le message après la commande, par exemple : /diffuser La déclaration du FAMI "
    "ouvre lundi."
)
BROADCAST_EXPIRED = "Cet aperçu n'est plus lisible : renvoyez /diffuser suivi du message."
BROADCAST_LIMIT = 3500  # leaves room under Telegram's 4096 characters
COMMAND = re.compile(r"^/([A-Za-z0-9_]{1,64})(?:@(\w+))?(?:\s+(.*))?$", re.DOTALL)
NO_PREVIEW = LinkPreviewOptions(is_disabled=True)
GROUPS = (ChatType.GROUP, ChatType.SUPERGROUP)
INLINE_CACHE_SECONDS = 30
REMINDER_INTERVAL = 60.0  # seconds between two claims of due reminders
REMINDER_FIRST = 5.0  # the first claim, soon after start-up
PURGE_AT = dt.time(4, 0, tzinfo=PARIS)
BROADCAST_CONCURRENCY = 8  # sends in flight; the bulk pacer spaces them
SEEN_UPDATES = 8  # update ids kept per session to recognise a redelivered update
# Telegram keeps an unacknowledged update 24 hours, and may restart its ids at random after a
# week without updates: an id seen longer ago than this is not a redelivery.
REDELIVERY_WINDOW = 86400.0
CONCURRENCY = 32  # updates handled at once per process (see build_application)
GROUP_RATE = 20  # messages per minute to one group, Telegram's limit


# ---- updates to engine events -------------------------------------------------------------


def strip_mention(text: str, username: str) -> str:
    """Drop the bot's mention: "@bot, quand déclarer ?" -> "quand déclarer ?"."""
    text = re.sub(rf"\s*@{re.escape(username)}\b", "", text, flags=re.IGNORECASE)
    return re.sub(r"\s{2,}", " ", text).strip(" ,:")


def _mentions(text: str, username: str | None) -> bool:
    return bool(username and re.search(rf"@{re.escape(username)}\b", text, re.IGNORECASE))


def _replies_to_bot(msg: Message, bot_username: str | None, bot_id: int | None) -> bool:
    replied = msg.reply_to_message
    author = replied.from_user if replied is not None else None
    if author is None:
        return False
    if bot_id is not None:
        return author.id == bot_id
    return bool(bot_username) and (author.username or "").lower() == bot_username.lower()


def event_from_update(
    update: Update, bot_username: str | None = None, bot_id: int | None = None
) -> Event | None:
    """The engine event of an update; None when it is not for us (or not text).

    A forwarded message is a "forwarded" event. In a group, the bot reads only commands, its
    mention (stripped) and replies to its own messages: anything else is None, hence silence.
    """
    if update.callback_query is not None:
        return Event("button", update.callback_query.data or "")
    msg = update.message
    if msg is None or msg.text is None:
        return None
    if msg.via_bot is not None and bot_id is not None and msg.via_bot.id == bot_id:
        return None  # one of our own inline answers, posted by the user
    group = msg.chat.type in GROUPS
    if msg.forward_origin is not None:
        return None if group else Event("forwarded", msg.text)
    cmd = COMMAND.match(msg.text.strip())
    if cmd:
        name, mention, args = cmd.groups()
        if mention and bot_username and mention.lower() != bot_username.lower():
            return None  # /cmd@another_bot in a group
        return Event("command", name.lower(), (args or "").strip())
    if group:
        if _mentions(msg.text, bot_username):
            return Event("text", strip_mention(msg.text, bot_username or ""))
        if _replies_to_bot(msg, bot_username, bot_id):
            return Event("text", msg.text)
        return None
    return Event("text", msg.text)


# ---- sending, with retries ----------------------------------------------------------------


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


def keyboard(reply: Reply) -> InlineKeyboardMarkup | None:
    if not reply.buttons:
        return None
    return _markup(tuple(tuple((b.label, b.data) for b in row) for row in reply.buttons))


@functools.lru_cache(maxsize=2048)
def _markup(rows: tuple[tuple[tuple[str, str], ...], ...]) -> InlineKeyboardMarkup:
    """Keyboards repeat (the same question for everyone) and PTB's objects are immutable:
    built once, shared."""
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(label, callback_data=data) for label, data in row] for row in rows]
    )


async def send_replies(
    bot: Bot, chat_id: int, replies: list[Reply], retry: RetryPolicy | None = None
) -> bool:
    """HTML messages, split at Telegram's limit; the keyboard goes under the last part.

    Returns False when the user blocked the bot (logged, the rest dropped)."""
    retry = retry or RetryPolicy()
    for reply in replies:
        parts = split_message(reply.text)
        for i, part in enumerate(parts):
            markup = keyboard(reply) if i == len(parts) - 1 else None
            try:
                await _send_part(bot, chat_id, part, markup, retry)
            except Forbidden as e:
                log.info("Conversation %s : envoi refusé (%s), ignoré", chat_id, type(e).__name__)
                return False
    return True


async def _send_part(
    bot: Bot, chat_id: int, part: str, markup: InlineKeyboardMarkup | None, retry: RetryPolicy
) -> None:
    try:
        await with_retry(
            lambda: bot.send_message(
                chat_id,
                part,
                parse_mode=ParseMode.HTML,
                reply_markup=markup,
                link_preview_options=NO_PREVIEW,
            ),
            retry,
        )
    except BadRequest as e:
        if "entit" not in str(e).lower():
            raise
        log.warning("HTML refusé par Telegram ; envoi en texte brut")
        await with_retry(
            lambda: bot.send_message(
                chat_id, to_plain(part), reply_markup=markup, link_preview_options=NO_PREVIEW
            ),
            retry,
        )


# ---- the adapter --------------------------------------------------------------------------


def _plural(n: int, word: str) -> str:
    return f"{fmt_number(n)} {word}{'s' if n > 1 else ''}"


def _describe(event: Event, log_text: bool) -> str:
    """What the logs say about an event: never the user's words unless log_text."""
    if event.kind == "command":
        args = f" {event.args!r}" if log_text and event.args else ""
        return f"commande /{event.value}{args}"
    if event.kind == "button":
        return f"bouton {event.value!r}"
    label = "message transféré" if event.kind == "forwarded" else "texte"
    return f"{label} {event.value!r}" if log_text else f"{label} ({len(event.value)} caractères)"


class Adapter:
    """The thin glue between python-telegram-bot and the engine."""

    def __init__(
        self,
        engine: Engine,
        store: SessionStore,
        *,
        advisors: frozenset[int] = frozenset(),
        retry: RetryPolicy | None = None,
        log_text: bool = False,
        bulk: Pacer | None = None,
    ) -> None:
        self.engine = engine
        self.store = store
        self.advisors = advisors
        self.retry = retry or RetryPolicy()
        self.log_text = log_text
        self.bulk = bulk or Pacer()

    async def handle_event(self, bot: Bot, chat_id: int, event: Event) -> None:
        """One engine step for a chat, under its lock; replies sent before the lock is freed."""
        async with self.store.lock(chat_id):
            await self._step(bot, chat_id, event)

    async def _step(
        self, bot: Bot, chat_id: int, event: Event, update_id: int | None = None
    ) -> None:
        session = await self.store.load(chat_id) or Session(chat_id=chat_id)
        if update_id in session.seen and time.time() - session.updated < REDELIVERY_WINDOW:
            # Telegram delivered this update again (the bot stopped before acknowledging it):
            # its answer is saved already; applying it twice would answer the next question.
            # Show where the conversation stands instead, in case the reply never left.
            log.info("Mise à jour %s déjà traitée : question en cours renvoyée", update_id)
            event = Event("command", "reprendre")
            update_id = None
        step = self.engine.step(session, event)
        if update_id is not None:
            step.session.seen = [*step.session.seen[-(SEEN_UPDATES - 1) :], update_id]
        if step.forget:
            await self.store.delete(chat_id)
        else:
            # Reminders first: once scheduled they go out even if the save below failed.
            if step.cancel_reminders:
                await self.store.cancel_reminders(chat_id)
            if step.add_reminders:
                await self.store.add_reminders(chat_id, step.add_reminders)
            await self.store.save(step.session)
        await send_replies(bot, chat_id, step.replies, self.retry)

    async def send(
        self, bot: Bot, chat_id: int, text: str, buttons: list[list[Button]] | None = None
    ) -> bool:
        """One HTML message, with retries; False when the user blocked the bot."""
        return await send_replies(bot, chat_id, [Reply(text, buttons or [])], self.retry)

    async def on_update(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        query = update.callback_query
        # Answer the query at once, even for a stale button, without waiting for the chat lock.
        answering = asyncio.ensure_future(_answer(query)) if query is not None else None
        started = time.monotonic()
        try:
            chat = update.effective_chat
            event = event_from_update(update, context.bot.username, context.bot.id)
            if chat is None or event is None:
                return
            if _for_advisors(event):
                if answering is not None:
                    await answering
                await self._advisor(context.bot, update, chat.id, event)
            else:
                # Taking the lock is the first suspension: in one process, the updates of a
                # chat keep their arrival order.
                async with self.store.lock(chat.id):
                    if answering is not None:
                        await answering  # answered before any reply is sent
                    await self._step(context.bot, chat.id, event, update.update_id)
            log.info(
                "Mise à jour %s traitée en %.0f ms : conversation %s, %s",
                update.update_id,
                (time.monotonic() - started) * 1000,
                chat.id,
                _describe(event, self.log_text),
            )
        finally:
            if answering is not None:
                await answering

    async def on_non_text(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        chat, msg = update.effective_chat, update.message
        if chat is None or msg is None:
            return
        if chat.type in GROUPS and not _replies_to_bot(msg, context.bot.username, context.bot.id):
            return  # a photo in a group is not for us
        await self.send(context.bot, chat.id, TEXT_ONLY)

    async def on_error(self, update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Log the error (type and frames: never the token, never what the user wrote)."""
        err = context.error
        if err is None:
            return
        frames = "".join(traceback.format_tb(err.__traceback__))
        update_id = update.update_id if isinstance(update, Update) else None
        log.error("Erreur %s sur la mise à jour %s\n%s", type(err).__name__, update_id, frames)
        if isinstance(update, Update) and update.effective_chat is not None:
            try:
                await self.send(context.bot, update.effective_chat.id, APOLOGY)
            except TelegramError as e:
                log.error("Excuses non envoyées : %s", type(e).__name__)

    # ---- inline mode -----------------------------------------------------------------------

    async def on_inline(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """`@bot question` in any chat: sourced FAQ cards. Never reads or writes the store."""
        query = update.inline_query
        if query is None:
            return
        faq = self.engine.faq
        inline = getattr(faq, "inline", None)
        if inline is not None:
            cards = inline(query.query)
        else:
            from bot.faq_replies import inline_fallback

            cards = [inline_fallback(query.query.strip())]
        username = context.bot.username
        results = [_article(card, username) for card in cards]
        button = InlineQueryResultsButton(text="Estimer mes forfaits", start_parameter="inline")
        await with_retry(
            lambda: query.answer(
                results, cache_time=INLINE_CACHE_SECONDS, is_personal=False, button=button
            ),
            self.retry,
        )
        log.info(
            "Requête inline : %d résultat(s), %s",
            len(results),
            repr(query.query) if self.log_text else f"{len(query.query)} caractères",
        )

    # ---- advisors --------------------------------------------------------------------------

    async def _advisor(self, bot: Bot, update: Update, chat_id: int, event: Event) -> None:
        user = update.effective_user
        if user is None or user.id not in self.advisors:
            await self.send(bot, chat_id, ADVISORS_ONLY)
            return
        if event.kind == "command" and event.value == "stats":
            await self.send(bot, chat_id, await self._stats())
        elif event.kind == "command":
            await self._preview(bot, chat_id, event.args)
        elif event.value == "d:envoyer":
            msg = update.callback_query.message if update.callback_query else None
            text = msg.text_html if isinstance(msg, Message) and msg.text else None
            if not text:
                await self.send(bot, chat_id, BROADCAST_EXPIRED)
                return
            await self.send(bot, chat_id, await self.broadcast(bot, text))
        else:
            await self.send(bot, chat_id, "Diffusion annulée : rien n'a été envoyé.")

    async def _stats(self) -> str:
        st = await self.store.stats()
        labels = {"medecin": "médecins", "chirurgien-dentiste": "chirurgiens-dentistes"}
        order = [*labels, *sorted(set(st["by_profession"]) - set(labels))]
        lines = [
            f"• {labels.get(p, 'profession non choisie')} : {fmt_number(st['by_profession'][p])}"
            for p in order
            if p in st["by_profession"]
        ]
        return "\n".join(
            [
                "<b>Statistiques</b> (comptages, sans aucune donnée personnelle)",
                f"Sessions : {fmt_number(st['sessions'])}",
                *lines,
                f"Rappels en attente : {fmt_number(st['reminders_pending'])}",
                f"Conversations inscrites aux rappels : {fmt_number(st['opted_in'])}",
            ]
        )

    async def _preview(self, bot: Bot, chat_id: int, text: str) -> None:
        if not text:
            await self.send(bot, chat_id, BROADCAST_USAGE)
            return
        if len(text) > BROADCAST_LIMIT:
            limit = fmt_number(BROADCAST_LIMIT)
            await self.send(bot, chat_id, f"Message trop long : {limit} caractères au plus.")
            return
        n = len(await self.store.opted_in())
        intro = (
            f"Aperçu : le message ci-dessous partira vers {_plural(n, 'conversation')} "
            "inscrite(s) aux rappels. Vérifiez-le, puis confirmez."
        )
        buttons = [[Button("Envoyer", "d:envoyer"), Button("Annuler", "d:annuler")]]
        # The preview is the message itself: the confirmation sends its text, so another
        # replica can handle the tap and nothing is kept in memory in between.
        await send_replies(bot, chat_id, [Reply(intro), Reply(html.escape(text), buttons)])

    async def broadcast(self, bot: Bot, text: str) -> str:
        """Send `text` (Telegram HTML) to every opted-in chat, at the bulk pace."""
        chats = await self.store.opted_in()
        gate = asyncio.Semaphore(BROADCAST_CONCURRENCY)

        async def one(chat_id: int) -> bool:
            async with gate:
                await self.bulk.wait()
                try:
                    return await self.send(bot, chat_id, text)
                except TelegramError as e:
                    log.warning("Diffusion vers %s : %s", chat_id, type(e).__name__)
                    return False

        sent = sum(await asyncio.gather(*(one(c) for c in chats)))
        log.info("Diffusion : %d envoi(s) sur %d", sent, len(chats))
        failed = len(chats) - sent
        report = f"Message envoyé à {_plural(sent, 'conversation')}."
        if failed:
            report += f" {_plural(failed, 'échec')} (bot bloqué ou conversation supprimée)."
        return report

    # ---- jobs ------------------------------------------------------------------------------

    async def on_reminder_job(self, context: CallbackContext) -> None:
        await self.send_due(context.bot)

    async def send_due(self, bot: Bot) -> int:
        """Claim the due reminders (each goes to exactly one replica) and send them; each is
        removed from its chat's session under the chat's lock. Returns how many were sent."""
        now = self.engine.now()
        sent = 0
        for r in await self.store.claim_due(now.timestamp()):
            try:
                async with self.store.lock(r.chat_id):
                    reply = self.engine.reminder_reply(r, now)
                    delivered = False
                    if reply is not None:
                        await self.bulk.wait()
                        try:
                            delivered = await send_replies(bot, r.chat_id, [reply], self.retry)
                        except BadRequest as e:  # e.g. the chat is gone: dropped
                            log.warning("Rappel %s non envoyé : %s", r.id, type(e).__name__)
                        except (NetworkError, RetryAfter) as e:
                            # Still down after the retries: back in the index for the next run.
                            await self.store.add_reminders(r.chat_id, [r])
                            log.warning("Rappel %s remis à plus tard : %s", r.id, type(e).__name__)
                            continue
                    session = await self.store.load(r.chat_id)
                    if session is not None:
                        session.reminders = [x for x in session.reminders if x.get("id") != r.id]
                        await self.store.save(session)
                    sent += delivered
            except Exception as e:  # one bad reminder never blocks the others
                log.error("Rappel %s non envoyé : %s", r.id, type(e).__name__)
        if sent:
            log.info("Rappels envoyés : %d", sent)
        return sent

    async def on_purge_job(self, _: CallbackContext) -> None:
        n = await self.store.purge()
        log.info("Purge : %d session(s) inactive(s) supprimée(s)", n)


def _for_advisors(event: Event) -> bool:
    if event.kind == "command":
        return event.value in {name for name, _ in ADVISOR_COMMANDS}
    return event.kind == "button" and event.value.startswith("d:")


def _article(card: InlineCard, username: str | None) -> InlineQueryResultArticle:
    markup = None
    if username:
        link = f"https://t.me/{username}?start={card.start or 'inline'}"
        markup = InlineKeyboardMarkup([[InlineKeyboardButton("Estimer mon forfait", url=link)]])
    return InlineQueryResultArticle(
        id=card.id,
        title=card.title,
        description=card.description,
        input_message_content=InputTextMessageContent(
            card.text, parse_mode=ParseMode.HTML, link_preview_options=NO_PREVIEW
        ),
        reply_markup=markup,
    )


async def _answer(query) -> None:
    try:
        await query.answer()
    except TelegramError as e:  # a query older than a few minutes can no longer be answered
        log.info("Callback non acquitté : %s", type(e).__name__)


async def _set_commands(app: Application) -> None:
    """The command menu, in French (post_init: once, at start-up); advisors see theirs."""
    try:
        await app.bot.set_my_commands([BotCommand(name, desc) for name, desc in COMMANDS])
    except TelegramError as e:  # cosmetic: the bot works without its menu
        log.warning("Menu des commandes non défini : %s", type(e).__name__)
    adapter: Adapter = app.bot_data["adapter"]
    menu = [BotCommand(name, desc) for name, desc in COMMANDS + ADVISOR_COMMANDS]
    for advisor in sorted(adapter.advisors):
        try:  # the private chat of a user has the user's id
            await app.bot.set_my_commands(menu, scope=BotCommandScopeChat(advisor))
        except TelegramError as e:  # an advisor who never opened the bot
            log.info("Menu conseiller non défini pour %s : %s", advisor, type(e).__name__)


# ---- logs ---------------------------------------------------------------------------------

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


class _NoText(logging.Filter):
    """Keeps the record, masks its arguments but Bot API method names:
    "Processing update %s" -> "Processing update …"."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.args:
            args = record.args if isinstance(record.args, tuple) else (record.args,)
            kept = iter(a if isinstance(a, str) and _API_METHOD.fullmatch(a) else "…" for a in args)
            message = _FORMAT.sub(lambda _: next(kept, "…"), str(record.msg))
            record.msg, record.args = message, None
        return True


def _configure_verbose_loggers(log_text: bool) -> None:
    for name in VERBOSE_LOGGERS:
        logger = logging.getLogger(name)
        for f in [f for f in logger.filters if isinstance(f, _NoText)]:
            logger.removeFilter(f)
        if not log_text:
            logger.addFilter(_NoText())


class _Redact(logging.Filter):
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


# ---- the application ----------------------------------------------------------------------


def build_application(
    token: str,
    *,
    engine: Engine,
    store: SessionStore,
    base_url: str | None = None,
    request: BaseRequest | None = None,
    updates_request: BaseRequest | None = None,
    rate_limiter: BaseRateLimiter | None = None,
    advisors: frozenset[int] = frozenset(),
    retry: RetryPolicy | None = None,
    log_text: bool = False,
    concurrency: int = CONCURRENCY,
    bulk: Pacer | None = None,
) -> Application:
    """The bot, ready to poll or serve a webhook.

    `concurrency` bounds the updates handled at once and sizes the HTTP connection pool to
    match: more brings nothing once the process is busy, and a long queue of HTTP calls costs
    CPU of its own (with httpx's pool, a few hundred queued calls made a step cost 15 ms).
    """
    _configure_verbose_loggers(log_text)  # before the bot logs its URL, which holds the token
    builder = (
        ApplicationBuilder().token(token).concurrent_updates(concurrency).post_init(_set_commands)
    )
    if base_url:
        root = base_url.rstrip("/").removesuffix("/bot")
        builder = builder.base_url(f"{root}/bot").base_file_url(f"{root}/file/bot")
    # Replies, plus the bulk sends and the jobs' calls beside them; getUpdates has its own.
    pool = concurrency + BROADCAST_CONCURRENCY + 2
    builder = builder.request(request or AiohttpRequest(pool))
    builder = builder.get_updates_request(updates_request or AiohttpRequest(1))
    if rate_limiter is not None:
        builder = builder.rate_limiter(rate_limiter)
    app = builder.build()
    adapter = Adapter(engine, store, advisors=advisors, retry=retry, log_text=log_text, bulk=bulk)
    app.bot_data["adapter"] = adapter
    app.add_handler(CallbackQueryHandler(adapter.on_update))
    app.add_handler(MessageHandler(filters.UpdateType.MESSAGE & filters.TEXT, adapter.on_update))
    app.add_handler(
        MessageHandler(
            filters.UpdateType.MESSAGE & ~filters.TEXT & ~filters.StatusUpdate.ALL,
            adapter.on_non_text,
        )
    )
    app.add_handler(InlineQueryHandler(adapter.on_inline))
    app.add_error_handler(adapter.on_error)
    if app.job_queue is not None:  # the job-queue extra is a dependency: always there
        app.job_queue.run_repeating(
            adapter.on_reminder_job,
            interval=REMINDER_INTERVAL,
            first=REMINDER_FIRST,
            name="rappels",
            job_kwargs={"coalesce": True, "max_instances": 1},
        )
        app.job_queue.run_daily(adapter.on_purge_job, time=PURGE_AT, name="purge")
    return app


def _fail(message: str) -> int:
    print(message, file=sys.stderr)
    return 2


def _env_number(name: str, default: float, *, minimum: float) -> float:
    """A numeric setting; ValueError(name) when it is not a number >= minimum."""
    raw = os.environ.get(name, "").strip()
    if not raw:
        return default
    try:
        value = float(raw.replace(",", "."))
    except ValueError:
        raise ValueError(name) from None
    if not value >= minimum or value == float("inf"):
        raise ValueError(name)
    return value


def parse_advisors(value: str) -> frozenset[int]:
    """Advisors' ids: "123, 456" -> {123, 456}; ValueError on anything but numeric ids."""
    ids = [part.strip() for part in value.split(",") if part.strip()]
    if not all(re.fullmatch(r"-?\d+", i) for i in ids):
        raise ValueError(value)
    return frozenset(int(i) for i in ids)


def run_bot() -> int:
    """`forfait-bot run`: polling, or a webhook when TELEGRAM_WEBHOOK_URL is set."""
    from bot.cli import _faq
    from bot.stores import open_store
    from knowledge import KnowledgeError, load

    token = os.environ.get("TELEGRAM_BOT_TOKEN", "").strip()
    if not token:
        return _fail(
            "TELEGRAM_BOT_TOKEN n'est pas défini : créez un bot avec @BotFather, puis "
            "export TELEGRAM_BOT_TOKEN=<jeton>. Pour essayer sans Telegram : forfait-bot chat."
        )
    webhook_url = os.environ.get("TELEGRAM_WEBHOOK_URL", "").strip()
    secret = os.environ.get("TELEGRAM_WEBHOOK_SECRET", "").strip()
    if webhook_url and not re.fullmatch(r"[A-Za-z0-9_-]{1,256}", secret):
        return _fail(
            "Mode webhook : TELEGRAM_WEBHOOK_SECRET est obligatoire (1 à 256 caractères parmi "
            "A-Z, a-z, 0-9, _ et -)."
        )
    try:
        port = int(os.environ.get("TELEGRAM_WEBHOOK_PORT", "8443"))
    except ValueError:
        return _fail("TELEGRAM_WEBHOOK_PORT doit être un numéro de port.")
    try:
        advisors = parse_advisors(os.environ.get("FORFAIT_BOT_ADVISORS", ""))
    except ValueError:
        return _fail(
            "FORFAIT_BOT_ADVISORS : des identifiants Telegram numériques séparés par des "
            "virgules (par exemple 123456789,987654321)."
        )
    try:
        concurrency = _env_number("FORFAIT_BOT_CONCURRENCY", CONCURRENCY, minimum=1)
        max_rate = _env_number("FORFAIT_BOT_MAX_RATE", 0, minimum=0)
        bulk_rate = _env_number("FORFAIT_BOT_BULK_RATE", BULK_RATE, minimum=0)
    except ValueError as e:
        return _fail(f"{e} : un nombre est attendu (voir deploy/.env.example).")
    level = os.environ.get("FORFAIT_BOT_LOG_LEVEL", "").strip().upper() or "INFO"
    if level not in ("DEBUG", "INFO", "WARNING", "ERROR"):
        return _fail("FORFAIT_BOT_LOG_LEVEL : DEBUG, INFO, WARNING ou ERROR.")
    log_text = os.environ.get("FORFAIT_BOT_LOG_TEXT", "0").strip() == "1"

    logging.basicConfig(format="%(asctime)s %(levelname)s %(name)s : %(message)s", level=level)
    logging.getLogger("httpx").setLevel(logging.WARNING)
    for handler in logging.getLogger().handlers:
        handler.addFilter(_Redact(token))
    if log_text:
        log.warning("FORFAIT_BOT_LOG_TEXT=1 : le texte des messages est journalisé")
    try:
        kb = load()
    except KnowledgeError as e:
        print(e, file=sys.stderr)
        return 1
    store = open_store()
    app = build_application(
        token,
        engine=Engine(kb, faq=_faq(kb)),
        store=store,
        base_url=os.environ.get("TELEGRAM_API_BASE_URL") or None,
        # Replies are not capped unless FORFAIT_BOT_MAX_RATE says so (Telegram's RetryAfter
        # is honoured); groups keep Telegram's 20 messages a minute; bulk sends are paced.
        rate_limiter=AIORateLimiter(overall_max_rate=max_rate, group_max_rate=GROUP_RATE),
        advisors=advisors,
        log_text=log_text,
        concurrency=int(concurrency),
        bulk=Pacer(bulk_rate),
    )

    async def close_store(_: Application) -> None:
        await store.close()

    app.post_shutdown = close_store
    if webhook_url:
        app.run_webhook(
            listen=os.environ.get("TELEGRAM_WEBHOOK_LISTEN", "127.0.0.1"),
            port=port,
            url_path=urlsplit(webhook_url).path.lstrip("/"),
            webhook_url=webhook_url,
            secret_token=secret,
            allowed_updates=Update.ALL_TYPES,
        )
    else:
        app.run_polling(allowed_updates=Update.ALL_TYPES)
    return 0
