"""The responder compiles its templates when built: every one its replies render."""

import re
from pathlib import Path

import bot.faq_replies
from bot.faq_replies import TEMPLATES


def test_every_template_rendered_is_preloaded() -> None:
    source = Path(bot.faq_replies.__file__).read_text(encoding="utf-8")
    rendered = set(re.findall(r'"(faq_\w+\.j2)"', source))
    assert rendered and rendered == set(TEMPLATES)


def test_a_reading_rendered_keeps_every_field_decided() -> None:
    """`_Reading.reply` builds the reply field by field: none may be left out."""
    from dataclasses import fields, replace

    from bot.faq import Answer
    from bot.faq_replies import FaqReply, _Reading
    from bot.messages import plain

    values = {
        "message": None,
        "outcome": "rule",
        "answer": Answer(False, None),
        "entry": object(),
        "suggestions": (object(),),
        "grounded": object(),
        "fact": object(),
    }
    assert [f.name for f in fields(FaqReply)] == list(values)
    decided = FaqReply(**values)  # type: ignore[arg-type]
    msg = plain("texte")
    assert _Reading(decided, lambda: msg).reply() == replace(decided, message=msg)
