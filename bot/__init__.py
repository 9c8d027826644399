"""forfait-bot: the conversation engine, its adapters (Telegram, terminal) and the FAQ."""
