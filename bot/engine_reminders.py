"""The reminder steps: plan, list, cancel, and the message of a due reminder."""

from __future__ import annotations

import datetime as dt

from bot import reminder_messages as texts
from bot.messages import Message, plain
from bot.reminders import PARIS, Reminder, dates_known, dates_watch, month_reminder, plan_reminders
from bot.session import Session
from bot.step import Step
from calculators.calendar import following
from knowledge.schema import Dispositif


class ReminderSteps:
    """Engine steps (a mixin of `bot.engine.Engine`, which holds the knowledge and the clock)."""

    def _reminder_plan(self, d: Dispositif, chat_id: int) -> list[Reminder]:
        """What can be planned for `d` now: the last month to act, the declaration window."""
        month = month_reminder(d, chat_id, self.now())
        plan = plan_reminders(d, chat_id, self.now())
        return sorted([month, *plan] if month else plan, key=lambda r: r.due)

    def _none_possible(self, d: Dispositif) -> Message:
        today = self._paris_today()
        nxt = following(self._schemes[d.profession], d.exercice, today) if d.exercice else None
        later = nxt.dispositif if nxt is not None else None
        if later is not None and not self._reminder_plan(later, 0):
            later = None
        return texts.none_possible(d, today, later)

    def _watch_dates(self, s: Session, scheme: str) -> Step:
        d = self._by_id.get(scheme)
        if d is None or dates_known(d):
            return self._plan_reminders(s, scheme) if d is not None else self._stale(s)
        watch = dates_watch(d, s.chat_id, self.now())
        s.reminders = [r for r in s.reminders if r.get("id") != watch.id] + [watch.to_dict()]
        return Step(s, [texts.watching(d)], add_reminders=[watch])

    def _plan_reminders(self, s: Session, scheme: str) -> Step:
        d = self._by_id.get(scheme)
        if d is None:
            return self._stale(s)
        plan = self._reminder_plan(d, s.chat_id)
        if not plan:
            return Step(s, [self._none_possible(d)])
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
        plan = self._reminder_plan(d, s.chat_id)
        return [r for r in plan if (r.id, r.due) not in have]

    def _reminder_list(self, s: Session, d: Dispositif | None) -> Message:
        ordered = sorted(s.reminders, key=lambda r: r.get("due", 0))
        pending = [Reminder.from_dict(r) for r in ordered]
        more = d if d is not None and self._plannable(s, d) else None
        return texts.reminder_list(pending, self._by_id, more)

    def _reminder_offer(self, s: Session, d: Dispositif) -> Message:
        plan = self._reminder_plan(d, s.chat_id)
        return texts.offer(plan, d) if plan else self._none_possible(d)

    def _paris_today(self) -> dt.date:
        return self.now().astimezone(PARIS).date()

    def reminder_message(self, r: Reminder, now: dt.datetime | None = None) -> Message | None:
        """The message of a due reminder; None when its scheme is gone or its window closed."""
        d = self._by_id.get(r.dispositif)
        if d is None:
            return None
        today = (now or self.now()).astimezone(PARIS).date()
        if r.kind == "dates":
            return texts.dates_published(d) if dates_known(d) else None
        if d.declaration.fin is not None and d.declaration.fin < today:
            return None
        if r.kind == "dernier_mois":
            return texts.last_month(d)
        return texts.due(r, d, today)

    def reminder_again(self, r: Reminder, now: dt.datetime) -> Reminder | None:
        """A watch on dates still unpublished: checked again the next morning."""
        d = self._by_id.get(r.dispositif)
        if r.kind != "dates" or d is None or dates_known(d):
            return None
        return dates_watch(d, r.chat_id, now)
