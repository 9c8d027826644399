"""The responder compiles its templates when built: every one its replies render."""

import re
from pathlib import Path

import bot.faq_replies
from bot.faq_replies import TEMPLATES


def test_every_template_rendered_is_preloaded() -> None:
    source = Path(bot.faq_replies.__file__).read_text(encoding="utf-8")
    rendered = set(re.findall(r'"(faq_\w+\.j2)"', source))
    assert rendered and rendered == set(TEMPLATES)
