"""Two peers of forfait-bot for `bench/peers.py`, each a plain python-telegram-bot program.

    python -m bench.peer_bot bare|conversation   (TELEGRAM_BOT_TOKEN, TELEGRAM_API_BASE_URL)

- `bare`: answers every message and every tap with one message, nothing else: the
  framework's own ceiling on this machine (PTB's defaults, 32 updates at once like ours).
- `conversation`: the canonical design of PTB's examples, a ConversationHandler over
  PicklePersistence (updates one at a time, as ConversationHandler expects), asking
  `QUESTIONS` questions with two buttons each, then a result: a questionnaire as long as the
  load bench's average one (/start, then about 11 answers).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import (
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    ConversationHandler,
    MessageHandler,
    PicklePersistence,
    filters,
)

QUESTIONS = 11
KEYBOARD = InlineKeyboardMarkup(
    [[InlineKeyboardButton(label, callback_data=label.lower()) for label in ("Oui", "Non")]]
)


async def answer(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    if update.callback_query is not None:
        await update.callback_query.answer()
    chat = update.effective_chat
    assert chat is not None
    await context.bot.send_message(chat.id, "Reçu.", reply_markup=KEYBOARD)


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
    assert context.user_data is not None and update.effective_chat is not None
    context.user_data["answers"] = []
    await context.bot.send_message(update.effective_chat.id, "Question 1 ?", reply_markup=KEYBOARD)
    return 0


async def step(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
    query = update.callback_query
    assert query is not None and context.user_data is not None
    await query.answer()
    answers = context.user_data.setdefault("answers", [])
    answers.append(query.data)
    chat_id = update.effective_chat.id  # type: ignore[union-attr]
    if len(answers) < QUESTIONS:
        text = f"Question {len(answers) + 1} ?"
        await context.bot.send_message(chat_id, text, reply_markup=KEYBOARD)
        return len(answers)
    yes = answers.count("oui")
    await context.bot.send_message(chat_id, f"Résultat : {yes}/{QUESTIONS} critères remplis.")
    return ConversationHandler.END


def build(kind: str, token: str, base_url: str, data: Path) -> Application:
    builder = ApplicationBuilder().token(token).base_url(f"{base_url}/bot")
    if kind == "bare":
        app = builder.concurrent_updates(32).connection_pool_size(40).build()
        app.add_handler(MessageHandler(filters.ALL, answer))
        app.add_handler(CallbackQueryHandler(answer))
        return app
    persistence = PicklePersistence(data / "conversation.pickle")
    app = builder.persistence(persistence).build()
    states = {i: [CallbackQueryHandler(step)] for i in range(QUESTIONS)}
    app.add_handler(
        ConversationHandler(
            entry_points=[CommandHandler("start", start)],
            states=states,  # type: ignore[arg-type]
            fallbacks=[CommandHandler("start", start)],
            persistent=True,
            name="questionnaire",
        )
    )
    return app


def main() -> int:
    kind = sys.argv[1] if len(sys.argv) > 1 else "bare"
    app = build(
        kind,
        os.environ["TELEGRAM_BOT_TOKEN"],
        os.environ["TELEGRAM_API_BASE_URL"].rstrip("/"),
        Path(os.environ.get("FORFAIT_BOT_DATA", ".")),
    )
    app.run_polling(allowed_updates=Update.ALL_TYPES, poll_interval=0.0)
    return 0


if __name__ == "__main__":
    sys.exit(main())
