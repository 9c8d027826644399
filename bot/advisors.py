"""The advisors' desk: /stats and /diffuser for the user ids of FORFAIT_BOT_ADVISORS only.

Outside any practitioner's conversation: no session, no chat lock. A broadcast is previewed
exactly as it will be sent, with [Envoyer] [Annuler]; the confirmation sends the text of the
message the button sits under, so any replica can handle the tap and nothing is kept in
memory in between. Messages go out through the channel's `Sender`, at the bulk pace.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Mapping

from bot.actions import ConfirmBroadcast
from bot.app import Incoming, Sender
from bot.commands import COMMANDS, command
from bot.events import Command, Event
from bot.messages import Choice, Message, block, bold, line, plain
from bot.pacing import Pacer
from bot.store import SessionStore
from calculators.french import fmt_number
from knowledge import load
from knowledge.registry import FicheProfession

log = logging.getLogger(__name__)

ADVISORS_ONLY = "Cette commande est réservée aux conseillers."
BROADCAST_USAGE = (
    "Écrivez le message après la commande, par exemple : /diffuser La déclaration du FAMI "
    "ouvre lundi."
)
BROADCAST_EXPIRED = "Cet aperçu n'est plus lisible : renvoyez /diffuser suivi du message."
BROADCAST_LIMIT = 3500  # leaves room under Telegram's 4096 characters
BROADCAST_CONCURRENCY = 8  # sends in flight; the bulk pacer spaces them


def plural(n: int, word: str) -> str:
    return f"{fmt_number(n)} {word}{'s' if n > 1 else ''}"


class AdvisorDesk:
    def __init__(
        self,
        store: SessionStore,
        advisors: frozenset[int] = frozenset(),
        bulk: Pacer | None = None,
        professions: Mapping[str, FicheProfession] | None = None,
    ) -> None:
        """`professions`: the registry whose plural labels the statistics show (the knowledge
        base's by default)."""
        self.store = store
        self.advisors = advisors
        self.bulk = bulk or Pacer()
        registry = load().professions if professions is None else professions
        self.plurals = {p.id: p.pluriel for p in registry.values()}

    @staticmethod
    def owns(event: Event) -> bool:
        """An advisors' command or a broadcast confirmation: handled here, not by the engine."""
        if isinstance(event, Command):
            spec = COMMANDS.find(event.name)
            return spec is not None and spec.advisors_only
        return isinstance(event, ConfirmBroadcast)

    async def handle(self, incoming: Incoming, sender: Sender) -> None:
        chat_id, event = incoming.chat_id, incoming.event
        if incoming.user_id not in self.advisors:
            await sender.send(chat_id, [plain(ADVISORS_ONLY)])
        elif isinstance(event, Command):
            spec = COMMANDS.find(event.name)
            assert spec is not None and spec.advisors_only
            await spec.handler(self, incoming, sender)
        elif isinstance(event, ConfirmBroadcast) and event.send:
            await self._confirm(incoming, sender)
        else:
            await sender.send(chat_id, [plain("Diffusion annulée : rien n'a été envoyé.")])

    @command("stats", "Statistiques d'usage (conseillers)", advisors_only=True)
    async def _stats(self, incoming: Incoming, sender: Sender) -> None:
        await sender.send(incoming.chat_id, [await self.stats()])

    @command("diffuser", "Envoyer une information aux inscrits (conseillers)", advisors_only=True)
    async def _preview(self, incoming: Incoming, sender: Sender) -> None:
        assert isinstance(incoming.event, Command)
        text, chat_id = incoming.event.args.strip(), incoming.chat_id
        if not text:
            await sender.send(chat_id, [plain(BROADCAST_USAGE)])
            return
        if len(text) > BROADCAST_LIMIT:
            limit = fmt_number(BROADCAST_LIMIT)
            await sender.send(chat_id, [plain(f"Message trop long : {limit} caractères au plus.")])
            return
        n = len(await self.store.opted_in())
        intro = plain(
            f"Aperçu : le message ci-dessous partira vers {plural(n, 'conversation')} "
            "inscrite(s) aux rappels. Vérifiez-le, puis confirmez."
        )
        rows = [
            [Choice("Envoyer", ConfirmBroadcast(True)), Choice("Annuler", ConfirmBroadcast(False))]
        ]
        # The preview is the message itself: the confirmation sends the text it sits under.
        await sender.send(chat_id, [intro, plain(text, rows)])

    async def _confirm(self, incoming: Incoming, sender: Sender) -> None:
        if not incoming.under:
            await sender.send(incoming.chat_id, [plain(BROADCAST_EXPIRED)])
            return
        report = await self.broadcast(plain(incoming.under), sender)
        await sender.send(incoming.chat_id, [plain(report)])

    async def stats(self) -> Message:
        """Counts only, never a person."""
        st = await self.store.stats()
        order = [*self.plurals, *sorted(set(st["by_profession"]) - set(self.plurals))]
        counts = st["by_profession"]
        lines = [
            f"• {self.plurals.get(p, 'profession non choisie')} : {fmt_number(counts[p])}"
            for p in order
            if p in counts
        ]
        return Message(
            (
                block(
                    line(bold("Statistiques"), " (comptages, sans aucune donnée personnelle)"),
                    f"Sessions : {fmt_number(st['sessions'])}",
                    *lines,
                    f"Rappels en attente : {fmt_number(st['reminders_pending'])}",
                    f"Conversations inscrites aux rappels : {fmt_number(st['opted_in'])}",
                ),
            )
        )

    async def broadcast(self, message: Message, sender: Sender) -> str:
        """Send `message` to every opted-in chat at the bulk pace; the report for the advisor."""
        chats = await self.store.opted_in()
        gate = asyncio.Semaphore(BROADCAST_CONCURRENCY)

        async def one(chat_id: int) -> bool:
            async with gate:
                await self.bulk.wait()
                try:
                    return await sender.send(chat_id, [message])
                except Exception as e:  # one failed chat never stops the others
                    log.warning("Diffusion vers %s : %s", chat_id, type(e).__name__)
                    return False

        sent = sum(await asyncio.gather(*(one(c) for c in chats)))
        log.info("Diffusion : %d envoi(s) sur %d", sent, len(chats))
        failed = len(chats) - sent
        report = f"Message envoyé à {plural(sent, 'conversation')}."
        if failed:
            report += f" {plural(failed, 'échec')} (bot bloqué ou conversation supprimée)."
        return report
