"""The Telegram adapter: updates in, engine steps, HTML replies with inline keyboards out.

Every update of a chat goes: `event_from_update` → `store.lock(chat_id)` → load the session →
`engine.step` → save it (or delete it after /oublier) → send the replies. The per-chat lock
lets updates of different chats run concurrently while those of one chat never overlap.

Our handlers sit in group 0. Other features (group mentions, inline mode, forwarded messages)
add theirs with `app.add_handler(handler, group=-1)` to run first (raising
`ApplicationHandlerStop` when ours should not run), and may reuse `event_from_update` and
`app.bot_data["adapter"].handle_event(bot, chat_id, event)`.
"""

from __future__ import annotations

import asyncio
import logging
import os
import re
import sys
import traceback
from urllib.parse import urlsplit

from telegram import (
    Bot,
    BotCommand,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    LinkPreviewOptions,
    Update,
)
from telegram.constants import ParseMode
from telegram.error import BadRequest, TelegramError
from telegram.ext import (
    AIORateLimiter,
    Application,
    ApplicationBuilder,
    BaseRateLimiter,
    CallbackQueryHandler,
    ContextTypes,
    MessageHandler,
    filters,
)
from telegram.request import BaseRequest

from bot.engine import Engine, Event, Reply
from bot.render import split_message, to_plain
from bot.session import Session
from bot.store import SessionStore

log = logging.getLogger(__name__)

COMMANDS = [
    ("start", "Estimer mes forfaits"),
    ("reprendre", "Reprendre là où j'en étais"),
    ("retour", "Revenir à la question précédente"),
    ("modifier", "Changer une réponse"),
    ("resultat", "Voir le résultat et le plan d'action"),
    ("recommencer", "Tout reprendre à zéro"),
    ("sources", "Les guides utilisés"),
    ("aide", "Comment ça marche"),
    ("oublier", "Effacer toutes mes données"),
    ("annuler", "Mettre le questionnaire en pause"),
]
TEXT_ONLY = (
    "Je ne lis que les messages texte : répondez avec les boutons ou en quelques mots. "
    "/reprendre pour revoir la question."
)
APOLOGY = (
    "Désolé, un problème technique m'a empêché de répondre. Tapez /reprendre pour continuer "
    "(ou /recommencer si cela se reproduit)."
)
COMMAND = re.compile(r"^/([A-Za-z0-9_]{1,64})(?:@(\w+))?(?:\s+(.*))?$", re.DOTALL)
NO_PREVIEW = LinkPreviewOptions(is_disabled=True)


def event_from_update(update: Update, bot_username: str | None = None) -> Event | None:
    """The engine event of an update; None when it is not for us (or not text)."""
    if update.callback_query is not None:
        return Event("button", update.callback_query.data or "")
    msg = update.message
    if msg is None or msg.text is None:
        return None
    cmd = COMMAND.match(msg.text.strip())
    if cmd:
        name, mention, args = cmd.groups()
        if mention and bot_username and mention.lower() != bot_username.lower():
            return None  # /cmd@another_bot in a group
        return Event("command", name.lower(), (args or "").strip())
    return Event("text", msg.text)


def keyboard(reply: Reply) -> InlineKeyboardMarkup | None:
    if not reply.buttons:
        return None
    rows = [[InlineKeyboardButton(b.label, callback_data=b.data) for b in r] for r in reply.buttons]
    return InlineKeyboardMarkup(rows)


async def send_replies(bot: Bot, chat_id: int, replies: list[Reply]) -> None:
    """HTML messages, split at Telegram's limit; the keyboard goes under the last part."""
    for reply in replies:
        parts = split_message(reply.text)
        for i, part in enumerate(parts):
            markup = keyboard(reply) if i == len(parts) - 1 else None
            try:
                await bot.send_message(
                    chat_id,
                    part,
                    parse_mode=ParseMode.HTML,
                    reply_markup=markup,
                    link_preview_options=NO_PREVIEW,
                )
            except BadRequest as e:
                if "entit" not in str(e).lower():
                    raise
                log.warning("HTML refusé par Telegram ; envoi en texte brut")
                await bot.send_message(
                    chat_id, to_plain(part), reply_markup=markup, link_preview_options=NO_PREVIEW
                )


class Adapter:
    """The thin glue between python-telegram-bot and the engine."""

    def __init__(self, engine: Engine, store: SessionStore) -> None:
        self.engine = engine
        self.store = store

    async def handle_event(self, bot: Bot, chat_id: int, event: Event) -> None:
        """One engine step for a chat, under its lock; replies sent before the lock is freed."""
        async with self.store.lock(chat_id):
            await self._step(bot, chat_id, event)

    async def _step(self, bot: Bot, chat_id: int, event: Event) -> None:
        session = await self.store.load(chat_id) or Session(chat_id=chat_id)
        step = self.engine.step(session, event)
        if step.forget:
            await self.store.delete(chat_id)
        else:
            await self.store.save(step.session)
        await send_replies(bot, chat_id, step.replies)

    async def on_update(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        query = update.callback_query
        # Answer the query at once, even for a stale button, without waiting for the chat lock.
        answering = asyncio.ensure_future(_answer(query)) if query is not None else None
        try:
            chat = update.effective_chat
            event = event_from_update(update, context.bot.username)
            if chat is None or event is None:
                return
            # Taking the lock is the first suspension: in one process, the updates of a chat
            # keep their arrival order.
            async with self.store.lock(chat.id):
                if answering is not None:
                    await answering  # answered before any reply is sent
                await self._step(context.bot, chat.id, event)
        finally:
            if answering is not None:
                await answering

    async def on_non_text(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        if update.effective_chat is not None:
            await context.bot.send_message(update.effective_chat.id, TEXT_ONLY)

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
                await context.bot.send_message(update.effective_chat.id, APOLOGY)
            except TelegramError as e:
                log.error("Excuses non envoyées : %s", type(e).__name__)


async def _answer(query) -> None:
    try:
        await query.answer()
    except TelegramError as e:  # a query older than a few minutes can no longer be answered
        log.info("Callback non acquitté : %s", type(e).__name__)


async def _set_commands(app: Application) -> None:
    """The command menu, in French (post_init: once, at start-up)."""
    try:
        await app.bot.set_my_commands([BotCommand(name, desc) for name, desc in COMMANDS])
    except TelegramError as e:  # cosmetic: the bot works without its menu
        log.warning("Menu des commandes non défini : %s", type(e).__name__)


def build_application(
    token: str,
    *,
    engine: Engine,
    store: SessionStore,
    base_url: str | None = None,
    request: BaseRequest | None = None,
    updates_request: BaseRequest | None = None,
    rate_limiter: BaseRateLimiter | None = None,
) -> Application:
    builder = ApplicationBuilder().token(token).concurrent_updates(True).post_init(_set_commands)
    if base_url:
        root = base_url.rstrip("/").removesuffix("/bot")
        builder = builder.base_url(f"{root}/bot").base_file_url(f"{root}/file/bot")
    if request is not None:
        builder = builder.request(request)
    if updates_request is not None:
        builder = builder.get_updates_request(updates_request)
    if rate_limiter is not None:
        builder = builder.rate_limiter(rate_limiter)
    app = builder.build()
    adapter = Adapter(engine, store)
    app.bot_data["adapter"] = adapter
    app.add_handler(CallbackQueryHandler(adapter.on_update))
    app.add_handler(MessageHandler(filters.UpdateType.MESSAGE & filters.TEXT, adapter.on_update))
    app.add_handler(
        MessageHandler(
            filters.UpdateType.MESSAGE & ~filters.TEXT & ~filters.StatusUpdate.ALL,
            adapter.on_non_text,
        )
    )
    app.add_error_handler(adapter.on_error)
    return app


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


def _fail(message: str) -> int:
    print(message, file=sys.stderr)
    return 2


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

    logging.basicConfig(format="%(asctime)s %(levelname)s %(name)s : %(message)s", level="INFO")
    logging.getLogger("httpx").setLevel(logging.WARNING)
    for handler in logging.getLogger().handlers:
        handler.addFilter(_Redact(token))
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
        rate_limiter=AIORateLimiter(),
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
