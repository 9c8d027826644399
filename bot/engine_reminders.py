"""The reminder steps: plan, list, cancel, and the message of a due reminder."""

from __future__ import annotations

import datetime as dt

from bot import reminder_messages as texts
from bot.messages import Message, plain
from bot.reminders import PARIS, Reminder, plan_reminders
from bot.session import Session
from bot.step import Step
from knowledge.schema import Dispositif


class ReminderSteps:
    """Engine steps (a mixin of `bot.engine.Engine`, which holds the knowledge and the clock)."""

    def _plan_reminders(self, s: Session, scheme: str) -> Step:
        d = self._by_id.get(scheme)
        if d is None:
            return self._stale(s)
        plan = plan_reminders(d, s.chat_id, self.now())
        if not plan:
            return Step(s, [texts.none_possible(d, self._paris_today())])
        ids = {r.id for r in plan}
        kept = [r for r in s.reminders if r.get("id") not in ids]
        s.reminders = sorted(kept + [r.to_dict() for r in plan], key=lambda r: r["due"])
        return Step(s, [texts.planned(plan, d)], add_reminders=plan)

    def _cancel_reminders(self, s: Session) -> Step:
        text = "Vos rappels sont annulés." if s.reminders else "Vous n'avez aucun rappel programmé."
        s.reminders = []
        return Step(s, [plain(text)], cancel_reminders=True)

    def _plannable(self, s: Session, d: Dispositif) -> list[Reminder]:
        """Reminders that could be planned now for `d` and are not yet in the session."""
        have = {(r.get("id"), r.get("due")) for r in s.reminders}
        plan = plan_reminders(d, s.chat_id, self.now())
        return [r for r in plan if (r.id, r.due) not in have]

    def _reminder_list(self, s: Session, d: Dispositif | None) -> Message:
        ordered = sorted(s.reminders, key=lambda r: r.get("due", 0))
        pending = [Reminder.from_dict(r) for r in ordered]
        more = d if d is not None and self._plannable(s, d) else None
        return texts.reminder_list(pending, self._by_id, more)

    def _reminder_offer(self, s: Session, d: Dispositif) -> Message:
        plan = plan_reminders(d, s.chat_id, self.now())
        return texts.offer(plan, d) if plan else texts.none_possible(d, self._paris_today())

    def _paris_today(self) -> dt.date:
        return self.now().astimezone(PARIS).date()

    def reminder_message(self, r: Reminder, now: dt.datetime | None = None) -> Message | None:
        """The message of a due reminder; None when its scheme is gone or its window closed."""
        d = self._by_id.get(r.dispositif)
        if d is None:
            return None
        today = (now or self.now()).astimezone(PARIS).date()
        if d.declaration.fin is not None and d.declaration.fin < today:
            return None
        return texts.due(r, d, today)
