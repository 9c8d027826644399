"""Every command of the bot, declared once where it is handled.

`@command("rappel", "Être prévenu avant la date limite")` on a handler registers its name, its
French description and whether only advisors may run it. From this one registry come the
Telegram command menu (public, and the advisors' own), the list in /aide, and the dispatch:
the engine runs the conversation commands, the advisors' desk the others.

Handlers take what their owner passes: an engine handler `(engine, session, args) -> Step`, an
advisors' handler `(desk, request, sender)`, awaited. The registry is filled as `bot.engine`
and `bot.advisors` are imported; `bot.app` imports both.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

F = TypeVar("F", bound=Callable[..., Any])


@dataclass(frozen=True)
class CommandSpec:
    name: str  # without "/", lower case
    description: str  # French: the menu and /aide
    handler: Callable[..., Any]
    advisors_only: bool = False


class CommandRegistry:
    def __init__(self) -> None:
        self._specs: dict[str, CommandSpec] = {}

    def command(
        self, name: str, description: str, *, advisors_only: bool = False
    ) -> Callable[[F], F]:
        """Register the decorated handler under `name`; a name is registered once."""

        def register(handler: F) -> F:
            if name in self._specs:
                raise ValueError(f"command /{name} registered twice")
            self._specs[name] = CommandSpec(name, description, handler, advisors_only)
            return handler

        return register

    def find(self, name: str) -> CommandSpec | None:
        return self._specs.get(name)

    def public(self) -> list[CommandSpec]:
        """Everyone's commands, in the order they were declared (the menu's order)."""
        return [c for c in self._specs.values() if not c.advisors_only]

    def for_advisors(self) -> list[CommandSpec]:
        """The advisors' menu: everyone's commands, then their own."""
        return self.public() + [c for c in self._specs.values() if c.advisors_only]


COMMANDS = CommandRegistry()
command = COMMANDS.command
