"""The Telegram transport: updates in as events, the service's messages out as HTML.

Only transport here: python-telegram-bot's handlers and jobs, each a call to a service.
Every update is read as an event (`bot/telegram_updates.py`: commands with `@bot`, group
etiquette, callback data decoded to typed actions), a tapped button's query is answered at
once, and `ChatService.handle` (`bot/app.py`) does the rest: lock → load → step → save →
reminders → replies put in the chat's queue of the `Outbox` (`bot/outbox.py`), which sends
them at the chat's pace through a `TelegramSender` (`bot/telegram_send.py`, rendered by
`bot/telegram_render.py`): processing never waits on a chat's send limits. Updates are
journaled until handled and replied to (`bot/journal.py`). Advisors' commands, reminder
delivery and the purge are services too; the job queue only calls them. Beside it: inline
mode (`@bot question` in any chat, FAQ cards, never the store), the command menus from the
registry, the apology on errors.
Logs never carry message text unless FORFAIT_BOT_LOG_TEXT=1, nor the token
(`bot/telegram_logs.py`). `forfait-bot run` is in `bot/telegram_run.py`.

Other handlers may reuse `event_from_update` and
`app.bot_data["adapter"].handle_event(bot, chat_id, event)`; replies are queued (the
outbox's `join()` waits for them).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import time
import traceback
from collections.abc import Awaitable, Sequence
from typing import TYPE_CHECKING

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
    Update,
)
from telegram.constants import ParseMode
from telegram.error import TelegramError
from telegram.ext import (
    Application,
    ApplicationBuilder,
    CallbackContext,
    CallbackQueryHandler,
    ContextTypes,
    InlineQueryHandler,
    MessageHandler,
    filters,
)
from telegram.request import BaseRequest

from bot.advisors import BROADCAST_CONCURRENCY, AdvisorDesk
from bot.app import ChatService, Incoming, SendLater
from bot.commands import COMMANDS, CommandSpec
from bot.engine import Engine
from bot.events import Event
from bot.http import BotApiRequest
from bot.journal import UNHANDLED, JournalingRequest, UpdateJournal, replay
from bot.messages import Message, plain
from bot.metrics import APOLOGIES, QUEUE_DEPTH, MeasuredUpdates, count_store_error
from bot.outbox import NOWHERE, ChatPacing, Dropped, Outbox, Route
from bot.pacing import Pacer
from bot.reminder_delivery import ReminderDelivery
from bot.reminders import PARIS
from bot.store import SessionStore
from bot.telegram_logs import configure_verbose_loggers
from bot.telegram_render import to_html
from bot.telegram_send import (
    NO_PREVIEW,
    AskedMessages,
    RetryPolicy,
    TelegramSender,
    answer_query,
    with_retry,
)
from bot.telegram_updates import (
    GROUPS,
    GoPrivate,
    describe,
    event_from_update,
    in_group,
    private_link,
    replies_to_bot,
    under,
)

if TYPE_CHECKING:
    from bot.faq_replies import InlineCard

log = logging.getLogger(__name__)

TEXT_ONLY = (
    "Je ne lis que les messages texte\u202f: répondez avec les boutons ou en quelques mots. "
    "/reprendre pour revoir la question."
)
APOLOGY = (
    "Désolé, un problème technique m'a empêché de répondre. Tapez /reprendre pour continuer "
    "(ou /recommencer si cela se reproduit)."
)
INLINE_CACHE_SECONDS = 30
REMINDER_INTERVAL = 60.0  # seconds between two claims of due reminders
REMINDER_FIRST = 5.0  # the first claim, soon after start-up
PURGE_AT = dt.time(4, 0, tzinfo=PARIS)
CONCURRENCY = 32  # updates handled at once per process (see build_application)


# ---- the adapter --------------------------------------------------------------------------


class QueuedSender:
    """The service's `Sender` for replies: put in the chat's queue, never waited for. A reply
    that fails for good gets the apology; each batch's future is kept in `batches`. `route`:
    the tapped message and the message replied to (`bot/outbox.py`)."""

    def __init__(
        self, outbox: Outbox, first: Awaitable[object] | None = None, route: Route = NOWHERE
    ) -> None:
        self.outbox = outbox
        self.first = first
        self.route = route
        self.batches: list[asyncio.Future[bool]] = []

    async def send(self, chat_id: int, messages: Sequence[Message]) -> bool:
        done = self.outbox.put(chat_id, messages, self.first, self.route)
        self.first = None
        done.add_done_callback(lambda d: self._failed(chat_id, d))
        self.batches.append(done)
        return True

    def _failed(self, chat_id: int, done: asyncio.Future[bool]) -> None:
        error = None if done.cancelled() else done.exception()
        if error is None or isinstance(error, Dropped):  # dropped: the chat got the notice
            return
        name = type(error.__cause__ if isinstance(error, SendLater) else error).__name__
        log.error("Réponse non envoyée à la conversation %s : %s", chat_id, name)
        apology = self.outbox.put(chat_id, [plain(APOLOGY)])
        apology.add_done_callback(_apologised)


def _apologised(done: asyncio.Future[bool]) -> None:
    error = None if done.cancelled() else done.exception()
    if error is None and not done.cancelled():
        APOLOGIES.inc()
    elif error is not None:
        log.error("Excuses non envoyées : %s", type(error).__name__)


class WaitingSender:
    """The service's `Sender` for reminders and advisors' commands: through the chat's queue,
    waiting for the outcome (delivered, chat unreachable, `SendLater`)."""

    def __init__(
        self, outbox: Outbox, first: Awaitable[object] | None = None, route: Route = NOWHERE
    ) -> None:
        self.outbox = outbox
        self.first = first
        self.route = route

    async def send(self, chat_id: int, messages: Sequence[Message]) -> bool:
        first, self.first = self.first, None
        return await self.outbox.put(chat_id, messages, first, self.route)


class TelegramAdapter:
    """PTB's handlers and jobs, each a call to a service."""

    def __init__(
        self,
        service: ChatService,
        reminders: ReminderDelivery,
        outbox: Outbox,
        journal: UpdateJournal,
        *,
        retry: RetryPolicy | None = None,
        log_text: bool = False,
    ) -> None:
        self.service = service
        self.reminders = reminders
        self.outbox = outbox
        self.journal = journal
        self.retry = retry or RetryPolicy()
        self.log_text = log_text

    def sender(self, first: Awaitable[object] | None = None) -> WaitingSender:
        return WaitingSender(self.outbox, first)

    async def handle_event(self, bot: Bot, chat_id: int, event: Event) -> None:
        """One event for a chat, through the service (lock, step, save, replies queued)."""
        await self.service.handle(Incoming(chat_id, event), QueuedSender(self.outbox))

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
            reply_to = None
            if chat.type in GROUPS:  # questions answered as replies, the questionnaire private
                reply_to = update.message.message_id if update.message else None
                event = in_group(event)
                if isinstance(event, GoPrivate):  # under the chat's lock: replies keep their order
                    link = private_link(context.bot.username, event.payload)
                    sender = QueuedSender(self.outbox, answering, Route(reply_to=reply_to))
                    async with self.service.store.lock(chat.id):  # after the chat's replies
                        await sender.send(chat.id, [link])
                    self.journal.hold(update.update_id, sender.batches)
                    return
            incoming = Incoming(
                chat.id, event, user.id if user else None, update.update_id, under(query)
            )
            tapped = query.message.message_id if query and query.message else None
            route = Route(tapped, reply_to)
            desk = self.service.desk
            # Advisors' commands wait for their sends (a broadcast reports what was delivered).
            waits = desk is not None and desk.owns(event)
            sender = (WaitingSender if waits else QueuedSender)(self.outbox, answering, route)
            await self.service.handle(incoming, sender)
            if isinstance(sender, QueuedSender):  # journaled until its replies have left
                self.journal.hold(update.update_id, sender.batches)
            log.info(
                "Mise à jour %s traitée en %.0f ms : conversation %s, %s",
                update.update_id,
                (time.monotonic() - started) * 1000,
                chat.id,
                describe(event, self.log_text),
            )
        finally:
            if answering is not None:
                await answering

    async def on_non_text(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        chat, msg = update.effective_chat, update.message
        if chat is None or msg is None:
            return
        if chat.type in GROUPS and not replies_to_bot(msg, context.bot.username, context.bot.id):
            return  # a photo in a group is not for us
        sender = QueuedSender(self.outbox)
        await sender.send(chat.id, [plain(TEXT_ONLY)])
        self.journal.hold(update.update_id, sender.batches)

    async def on_error(self, update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Log the error (type and frames: never the token, never what the user wrote)."""
        err = context.error
        if err is None:
            return
        frames = "".join(traceback.format_tb(err.__traceback__))
        name = type(err.__cause__ if isinstance(err, SendLater) else err).__name__
        update_id = update.update_id if isinstance(update, Update) else None
        log.error("Erreur %s sur la mise à jour %s\n%s", name, update_id, frames)
        count_store_error(err)
        if isinstance(update, Update) and update.effective_chat is not None:
            apology = self.outbox.put(update.effective_chat.id, [plain(APOLOGY)])
            apology.add_done_callback(_apologised)
            self.journal.hold(update.update_id, [apology])

    async def on_inline(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """`@bot question` in any chat: sourced FAQ cards, or the card of a result an advisor
        shares (`bot/result_share.py`). Never reads or writes the store."""
        query = update.inline_query
        if query is None:
            return
        shared = self.service.engine.shared_card(query.query)
        inline = getattr(self.service.engine.faq, "inline", None)
        if shared is not None:
            cards = [shared]
        elif inline is not None:
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
        """The due reminders, sent by this replica through the chats' queues; how many."""
        return await self.reminders.send_due(self.sender())

    def apologise_unhandled(self, chat_id: int, update_id: int) -> None:
        """A journaled update too old to handle now: its sender is asked to send it again."""
        told = self.outbox.put(chat_id, [plain(UNHANDLED)])
        told.add_done_callback(lambda _: self.journal.cross_out(update_id))

    async def replay(self, app: Application, before: float) -> int:
        """Journaled updates whose process's lease ended before `before`, handled now."""
        return await replay(
            self.journal, app.update_queue, app.bot, self.apologise_unhandled, before
        )

    async def on_reminder_job(self, context: CallbackContext) -> None:
        # The journal of a replica that stopped (its lease ended) is taken over here too.
        await self.replay(context.application, time.time())
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
        await answer_query(query.get_bot(), query.id)
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
    advisors: frozenset[int] = frozenset(),
    retry: RetryPolicy | None = None,
    log_text: bool = False,
    concurrency: int = CONCURRENCY,
    bulk: Pacer | None = None,
    max_rate: float = 0.0,
    pacing: ChatPacing | None = None,
) -> Application:
    """The bot, ready to poll or serve a webhook.

    `concurrency` bounds the updates handled at once and sizes the HTTP connection pool to
    match: more brings nothing once the process is busy, and a long queue of HTTP calls costs
    CPU of its own (with httpx's pool, a few hundred queued calls made a step cost 15 ms).
    Sends leave through the outbox at each chat's pace (`pacing`), all of them under
    `max_rate` messages/s when it is not 0.
    """
    configure_verbose_loggers(log_text)  # before the bot logs its URL, which holds the token
    journal = UpdateJournal(store)
    builder = (
        ApplicationBuilder()
        .token(token)
        .concurrent_updates(MeasuredUpdates(concurrency, journal.settle))  # bot/metrics.py
        .post_init(_set_commands)
    )
    if base_url:
        root = base_url.rstrip("/").removesuffix("/bot")
        builder = builder.base_url(f"{root}/bot").base_file_url(f"{root}/file/bot")
    # Replies, plus the bulk sends and the jobs' calls beside them; getUpdates has its own.
    pool = concurrency + BROADCAST_CONCURRENCY + 2
    builder = builder.request(request or BotApiRequest(pool))
    # getUpdates' answer is journaled before PTB confirms it (bot/journal.py).
    polled = JournalingRequest(updates_request or BotApiRequest(1), journal)
    builder = builder.get_updates_request(polled)
    app = builder.build()
    bulk = bulk or Pacer()
    retry = retry or RetryPolicy()
    # Where each chat's question was sent: a typed answer's confirmation is shown over it.
    asked = AskedMessages()
    deliver = TelegramSender(app.bot, retry, asked).send
    outbox = Outbox(deliver, pacing=pacing, overall=Pacer(max_rate))
    QUEUE_DEPTH.labels("sends").set_function(outbox.depth)
    service = ChatService(engine, store, AdvisorDesk(store, advisors, bulk, engine.kb.professions))
    adapter = TelegramAdapter(
        service,
        ReminderDelivery(engine, store, bulk),
        outbox,
        journal,
        retry=retry,
        log_text=log_text,
    )
    app.bot_data["adapter"] = adapter
    _register(app, adapter)
    return app


def _register(app: Application, adapter: TelegramAdapter) -> None:
    """The adapter's handlers, error handler and jobs."""
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
