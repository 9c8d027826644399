"""The Telegram transport: updates in as events, the service's messages out as HTML.

What is Telegram's is here: reading an update (commands with `@bot`, group etiquette,
forwarded messages, callback data decoded to typed actions), answering callback queries at
once, inline mode, the command menu, the job queue, and `forfait-bot run`. What the bot does
is the service's (`bot/app.py`): every update goes `ChatService.handle` → lock → load → step →
save → reminders → replies through a `TelegramSender` (`bot/telegram_send.py`, rendered by
`bot/telegram_render.py`). Advisors' commands, reminder delivery and the purge are services
too; the job queue only calls them.

- in groups the bot reads only what is addressed to it (a mention, a reply to one of its
  messages, a command), and stays silent otherwise;
- inline mode (`@bot question` in any chat) answers from the FAQ without touching the store;
- logs never carry message text unless FORFAIT_BOT_LOG_TEXT=1, nor the token
  (`bot/telegram_logs.py`).

Other handlers may reuse `event_from_update` and
`app.bot_data["adapter"].handle_event(bot, chat_id, event)`.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import os
import re
import sys
import time
import traceback
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from telegram import (
    Bot,
    BotCommand,
    BotCommandScopeChat,
    CallbackQuery,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InlineQueryResultArticle,
    InlineQueryResultsButton,
    InputTextMessageContent,
    Message,
    Update,
)
from telegram.constants import ChatType, ParseMode
from telegram.error import TelegramError
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

from bot.actions import Action
from bot.advisors import BROADCAST_CONCURRENCY, AdvisorDesk
from bot.app import ChatService, Incoming, SendLater
from bot.commands import COMMANDS, CommandSpec
from bot.engine import Engine
from bot.events import Command, Event, Forwarded, Text
from bot.http import AiohttpRequest
from bot.messages import plain
from bot.pacing import BULK_RATE, Pacer
from bot.reminder_delivery import ReminderDelivery
from bot.reminders import PARIS
from bot.store import SessionStore
from bot.telegram_logs import Redact, configure_verbose_loggers
from bot.telegram_render import decode, to_html
from bot.telegram_send import NO_PREVIEW, RetryPolicy, TelegramSender, with_retry

if TYPE_CHECKING:
    from bot.faq_replies import InlineCard

log = logging.getLogger(__name__)

TEXT_ONLY = (
    "Je ne lis que les messages texte : répondez avec les boutons ou en quelques mots. "
    "/reprendre pour revoir la question."
)
APOLOGY = (
    "Désolé, un problème technique m'a empêché de répondre. Tapez /reprendre pour continuer "
    "(ou /recommencer si cela se reproduit)."
)
COMMAND = re.compile(r"^/([A-Za-z0-9_]{1,64})(?:@(\w+))?(?:\s+(.*))?$", re.DOTALL)
GROUPS = (ChatType.GROUP, ChatType.SUPERGROUP)
INLINE_CACHE_SECONDS = 30
REMINDER_INTERVAL = 60.0  # seconds between two claims of due reminders
REMINDER_FIRST = 5.0  # the first claim, soon after start-up
PURGE_AT = dt.time(4, 0, tzinfo=PARIS)
CONCURRENCY = 32  # updates handled at once per process (see build_application)
GROUP_RATE = 20  # messages per minute to one group, Telegram's limit


# ---- updates to events --------------------------------------------------------------------


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
    """The event of an update; None when it is not for us (or not text).

    A tapped button is its decoded action (`Stale` for data that means nothing now). A
    forwarded message is `Forwarded`. In a group, the bot reads only commands, its mention
    (stripped) and replies to its own messages: anything else is None, hence silence.
    """
    if update.callback_query is not None:
        return decode(update.callback_query.data)
    msg = update.message
    if msg is None or msg.text is None:
        return None
    if msg.via_bot is not None and bot_id is not None and msg.via_bot.id == bot_id:
        return None  # one of our own inline answers, posted by the user
    group = msg.chat.type in GROUPS
    if msg.forward_origin is not None:
        return None if group else Forwarded(msg.text)
    cmd = COMMAND.match(msg.text.strip())
    if cmd:
        name, mention, args = cmd.groups()
        if mention and bot_username and mention.lower() != bot_username.lower():
            return None  # /cmd@another_bot in a group
        return Command(name.lower(), (args or "").strip())
    if group:
        if _mentions(msg.text, bot_username):
            return Text(strip_mention(msg.text, bot_username or ""))
        if _replies_to_bot(msg, bot_username, bot_id):
            return Text(msg.text)
        return None
    return Text(msg.text)


def _under(query: CallbackQuery | None) -> str | None:
    """The text of the message carrying the tapped button, when Telegram still gives it."""
    msg = query.message if query is not None else None
    return msg.text if isinstance(msg, Message) and msg.text else None


def _describe(event: Event, log_text: bool) -> str:
    """What the logs say about an event: never the user's words unless log_text."""
    if isinstance(event, Command):
        args = f" {event.args!r}" if log_text and event.args else ""
        return f"commande /{event.name}{args}"
    if isinstance(event, Action):
        return f"bouton {event!r}" if log_text else f"bouton {type(event).__name__}"
    label = "message transféré" if isinstance(event, Forwarded) else "texte"
    return f"{label} {event.text!r}" if log_text else f"{label} ({len(event.text)} caractères)"


# ---- the adapter --------------------------------------------------------------------------


class TelegramAdapter:
    """PTB's handlers and jobs, each a call to a service."""

    def __init__(
        self,
        service: ChatService,
        reminders: ReminderDelivery,
        *,
        retry: RetryPolicy | None = None,
        log_text: bool = False,
    ) -> None:
        self.service = service
        self.reminders = reminders
        self.retry = retry or RetryPolicy()
        self.log_text = log_text

    def sender(self, bot: Bot, first: asyncio.Future[None] | None = None) -> TelegramSender:
        return TelegramSender(bot, self.retry, first)

    async def handle_event(self, bot: Bot, chat_id: int, event: Event) -> None:
        """One event for a chat, through the service (lock, step, save, replies)."""
        await self.service.handle(Incoming(chat_id, event), self.sender(bot))

    async def on_update(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        query = update.callback_query
        # Answer the query at once, even for a stale button, without waiting for the chat
        # lock; the sender awaits that answer before the first reply.
        answering = asyncio.ensure_future(_answer(query)) if query is not None else None
        started = time.monotonic()
        try:
            chat, user = update.effective_chat, update.effective_user
            event = event_from_update(update, context.bot.username, context.bot.id)
            if chat is None or event is None:
                return
            incoming = Incoming(
                chat.id, event, user.id if user else None, update.update_id, _under(query)
            )
            await self.service.handle(incoming, self.sender(context.bot, answering))
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
        await self.sender(context.bot).send(chat.id, [plain(TEXT_ONLY)])

    async def on_error(self, update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Log the error (type and frames: never the token, never what the user wrote)."""
        err = context.error
        if err is None:
            return
        frames = "".join(traceback.format_tb(err.__traceback__))
        name = type(err.__cause__ if isinstance(err, SendLater) else err).__name__
        update_id = update.update_id if isinstance(update, Update) else None
        log.error("Erreur %s sur la mise à jour %s\n%s", name, update_id, frames)
        if isinstance(update, Update) and update.effective_chat is not None:
            try:
                await self.sender(context.bot).send(update.effective_chat.id, [plain(APOLOGY)])
            except (TelegramError, SendLater) as e:
                log.error("Excuses non envoyées : %s", type(e).__name__)

    async def on_inline(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """`@bot question` in any chat: sourced FAQ cards. Never reads or writes the store."""
        query = update.inline_query
        if query is None:
            return
        inline = getattr(self.service.engine.faq, "inline", None)
        if inline is not None:
            cards = inline(query.query)
        else:
            from bot.faq_replies import inline_fallback

            cards = [inline_fallback(query.query.strip())]
        results = [_article(card, context.bot.username) for card in cards]
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

    async def send_due(self, bot: Bot) -> int:
        """The due reminders, sent by this replica; how many."""
        return await self.reminders.send_due(self.sender(bot))

    async def on_reminder_job(self, context: CallbackContext) -> None:
        await self.send_due(context.bot)

    async def on_purge_job(self, _: CallbackContext) -> None:
        await self.service.purge_idle()


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
            to_html(card.message), parse_mode=ParseMode.HTML, link_preview_options=NO_PREVIEW
        ),
        reply_markup=markup,
    )


async def _answer(query: CallbackQuery) -> None:
    try:
        await query.answer()
    except TelegramError as e:  # a query older than a few minutes can no longer be answered
        log.info("Callback non acquitté : %s", type(e).__name__)


async def _set_commands(app: Application) -> None:
    """The command menu from the registry (post_init: once, at start-up); advisors see
    theirs."""
    try:
        await app.bot.set_my_commands([_menu(c) for c in COMMANDS.public()])
    except TelegramError as e:  # cosmetic: the bot works without its menu
        log.warning("Menu des commandes non défini : %s", type(e).__name__)
    adapter: TelegramAdapter = app.bot_data["adapter"]
    desk = adapter.service.desk
    menu = [_menu(c) for c in COMMANDS.for_advisors()]
    for advisor in sorted(desk.advisors if desk else ()):
        try:  # the private chat of a user has the user's id
            await app.bot.set_my_commands(menu, scope=BotCommandScopeChat(advisor))
        except TelegramError as e:  # an advisor who never opened the bot
            log.info("Menu conseiller non défini pour %s : %s", advisor, type(e).__name__)


def _menu(spec: CommandSpec) -> BotCommand:
    return BotCommand(spec.name, spec.description)


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
    configure_verbose_loggers(log_text)  # before the bot logs its URL, which holds the token
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
    bulk = bulk or Pacer()
    service = ChatService(engine, store, AdvisorDesk(store, advisors, bulk))
    adapter = TelegramAdapter(
        service, ReminderDelivery(engine, store, bulk), retry=retry, log_text=log_text
    )
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


# ---- forfait-bot run ----------------------------------------------------------------------


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
    from bot.faq_replies import FaqResponder
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
        handler.addFilter(Redact(token))
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
        engine=Engine(kb, faq=FaqResponder.from_knowledge(kb)),
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
