"""Telegram Mini App identity: the `initData` string Telegram hands the page, checked.

Telegram signs the fields it passes to a Mini App with the bot's token
(https://core.telegram.org/bots/webapps#validating-data-received-via-the-mini-app): the key
is HMAC-SHA256 of the token under the key "WebAppData", and `hash` is the hex HMAC-SHA256,
under that key, of every other field as "key=value" lines sorted by key. A valid string
that is older than `MAX_AGE` is refused too: a copied one cannot be replayed for long.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from urllib.parse import parse_qsl, urlencode

MAX_AGE = 86400  # seconds: the contract's "older than a day"
CLOCK_SKEW = 300  # an auth_date this far in the future is still taken (clocks differ)
MAX_LENGTH = 4096  # Telegram's initData is a few hundred bytes


class InitDataError(ValueError):
    """initData missing, forged or expired; the message says which (for logs, not users)."""


def _secret(token: str) -> bytes:
    return hmac.new(b"WebAppData", token.encode(), hashlib.sha256).digest()


def _data_check_string(fields: dict[str, str]) -> str:
    return "\n".join(f"{k}={fields[k]}" for k in sorted(fields) if k != "hash")


def user_id(init_data: object, token: str, now: float) -> int:
    """The Telegram user id that `init_data` was signed for; InitDataError otherwise."""
    if not isinstance(init_data, str) or not init_data:
        raise InitDataError("initData absent")
    if len(init_data) > MAX_LENGTH:
        raise InitDataError("initData trop long")
    try:
        fields = dict(parse_qsl(init_data, keep_blank_values=True, strict_parsing=True))
    except ValueError:
        raise InitDataError("initData illisible") from None
    given = fields.get("hash", "")
    expected = hmac.new(
        _secret(token), _data_check_string(fields).encode(), hashlib.sha256
    ).hexdigest()
    if not hmac.compare_digest(given.encode(), expected.encode()):
        raise InitDataError("signature fausse")
    try:
        auth_date = int(fields.get("auth_date", ""))
    except ValueError:
        raise InitDataError("auth_date illisible") from None
    if not now - MAX_AGE <= auth_date <= now + CLOCK_SKEW:
        raise InitDataError("initData expiré")
    try:
        user = json.loads(fields.get("user", ""))
        uid = user["id"]
    except (ValueError, TypeError, KeyError):
        raise InitDataError("utilisateur absent") from None
    if type(uid) is not int:
        raise InitDataError("utilisateur absent")
    return uid


def sign(fields: dict[str, str], token: str) -> str:
    """An initData string as Telegram would build it from `fields` (tests, the bench, trying
    the page locally with your own bot's token)."""
    signed = dict(fields)
    signed["hash"] = hmac.new(
        _secret(token), _data_check_string(fields).encode(), hashlib.sha256
    ).hexdigest()
    return urlencode(signed)


def init_data_for(uid: int, token: str, auth_date: int) -> str:
    """The initData of a private chat's user, signed."""
    user = json.dumps({"id": uid, "first_name": "Test"}, separators=(",", ":"))
    return sign({"auth_date": str(auth_date), "query_id": "AAE", "user": user}, token)
