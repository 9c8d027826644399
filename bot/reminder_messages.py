"""What the bot says about reminders: the list, the offer, why none can be planned, and the
reminder itself. Decisions (what can be planned, when) stay in the engine and
`bot/reminders.py`; these functions only word them, as neutral messages."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from bot.actions import CancelReminders, PlanReminders, StartEstimate, WatchDates
from bot.messages import Choice, Message, block, bold, message, plain
from bot.reminders import Reminder
from bot.render import render
from knowledge.schema import Dispositif


def scheme_label(d: Dispositif) -> str:
    """A short name for a button: "FAMI 2024", "Forfait structure 2025", "Donum 2026"."""
    year = str(d.exercice) if d.exercice else "projet"
    name = {"fami": "FAMI", "forfait_structure": "Forfait structure"}.get(d.dispositif, "Donum")
    return f"{name} {year}"


def deep_link(d: Dispositif) -> str:
    """The /start payload of a scheme: "chirurgien-dentiste_2024", "medecin_projet" (the
    profession's registry id, which every deep link accepts beside its slug)."""
    return f"{d.profession}_{d.exercice or 'projet'}"


def reminder_line(r: Reminder, d: Dispositif | None) -> str:
    """A line of /rappel: "13/01/2025 à 9 h : ouverture de la déclaration (FAMI 2024)"."""
    scheme = f" ({scheme_label(d)})" if d is not None else ""
    if r.kind == "dates":
        return f"Dès que les dates de déclaration sont publiées{scheme}"
    what = {
        "ouverture": "ouverture de la déclaration",
        "dernier_mois": "dernier mois pour agir sur les indicateurs",
    }.get(r.kind, "avant la date limite")
    if r.kind == "cloture" and d is not None and d.declaration.fin is not None:
        what = f"avant la date limite du {d.declaration.fin:%d/%m/%Y}"
    return f"{r.when:%d/%m/%Y} à {r.when.hour}\u202fh : {what}{scheme}"


def planned(plan: list[Reminder], d: Dispositif) -> Message:
    lines = "\n".join(f"• {reminder_line(r, d)}" for r in plan)
    return plain(
        f"C'est noté. Je vous écrirai :\n{lines}\n/rappel pour revoir ou annuler vos rappels."
    )


def reminder_list(
    reminders: list[Reminder], schemes: Mapping[str, Dispositif], more: Dispositif | None
) -> Message:
    """/rappel with reminders pending; `more`: a scheme whose reminders could be added."""
    lines = [f"• {reminder_line(r, schemes.get(r.dispositif))}" for r in reminders]
    rows = [[Choice("Annuler mes rappels", CancelReminders())]]
    if more is not None:
        label = f"Me rappeler aussi : {scheme_label(more)}"
        rows.insert(0, [Choice(label, PlanReminders(more.id))])
    return message(block(bold("Vos rappels"), *lines), choices=rows)


def offer(plan: list[Reminder], d: Dispositif) -> Message:
    lines = "\n".join(f"• {reminder_line(r, d)}" for r in plan)
    debut, fin = d.declaration.debut, d.declaration.fin
    window = f" : du {debut:%d/%m/%Y} au {fin:%d/%m/%Y}" if debut and fin else ""
    if debut is None and fin is None:
        window = " : dates pas encore publiées"
    text = f"Déclaration de « {d.libelle} »{window}.\nJe peux vous écrire :\n{lines}"
    rows = [[Choice("Me rappeler", PlanReminders(d.id))]]
    if debut is None and fin is None:
        rows.append([Choice("Prévenez-moi dès que les dates sont connues", WatchDates(d.id))])
    return plain(text, rows)


def none_possible(d: Dispositif, today: dt.date, nxt: Dispositif | None = None) -> Message:
    """Why no reminder can be planned, and what can be done instead: be told when the dates
    are published; for a closed window, the next useful date (`nxt`: the exercice that
    follows, when one can still be acted on)."""
    debut, fin = d.declaration.debut, d.declaration.fin
    name = f"« {d.libelle} »"
    if debut is None and fin is None:
        text = f"Les dates de déclaration de {name} ne sont pas encore publiées."
        watch = [[Choice("Prévenez-moi dès que les dates sont connues", WatchDates(d.id))]]
        return plain(text, watch)
    if fin is None:
        return plain(
            f"La date limite de déclaration de {name} n'est pas encore publiée : "
            "je ne peux pas programmer de rappel. Revenez vers /rappel plus tard.",
            [[Choice("Prévenez-moi dès que les dates sont connues", WatchDates(d.id))]],
        )
    if fin < today:
        text = f"La déclaration de {name} s'est terminée le {fin:%d/%m/%Y}."
        if nxt is None:
            return plain(text)
        return plain(
            f"{text}\nProchaine échéance : {scheme_label(nxt)}, indicateurs à réunir avant le "
            f"31/12/{nxt.exercice}.",
            [[Choice(f"Me rappeler : {scheme_label(nxt)}", PlanReminders(nxt.id))]],
        )
    when = "aujourd'hui" if fin == today else f"le {fin:%d/%m/%Y}"
    return plain(
        f"La déclaration de {name} se termine {when} : trop tard pour un rappel. "
        f"Déclarez dès maintenant sur {d.amelipro.texte.rstrip('.')}."
    )


def watching(d: Dispositif) -> Message:
    return plain(
        f"C'est noté : je vous écris dès que les dates de déclaration de « {d.libelle} » sont "
        "publiées. /rappel pour revoir ou annuler vos rappels."
    )


def dates_published(d: Dispositif) -> Message:
    """The watch's message: the dates are known now, and reminders can be planned."""
    debut, fin = d.declaration.debut, d.declaration.fin
    dates = " et ".join(
        x
        for x in (
            f"ouverture le {debut:%d/%m/%Y}" if debut else "",
            f"date limite le {fin:%d/%m/%Y}" if fin else "",
        )
        if x
    )
    return plain(
        f"📅 Les dates de déclaration de « {d.libelle} » sont connues : {dates}.",
        [[Choice("Me rappeler ces dates", PlanReminders(d.id))]],
    )


def last_month(d: Dispositif) -> Message:
    """ "Dernier mois pour agir": the indicators are judged on 31/12."""
    return plain(
        f"⏰ Dernier mois pour agir sur « {d.libelle} » : vos indicateurs sont appréciés au "
        f"31/12/{d.exercice}. Ce qui est fait d'ici là compte encore.",
        [[Choice("Vérifier mes indicateurs", StartEstimate(deep_link(d)))]],
    )


def due(r: Reminder, d: Dispositif, today: dt.date) -> Message:
    """The reminder itself, with a button back to the questionnaire of its scheme."""
    debut, fin = d.declaration.debut, d.declaration.fin
    return render(
        "rappel.j2",
        [[Choice("Vérifier mes indicateurs", StartEstimate(deep_link(d)))]],
        d=d,
        kind=r.kind,
        opened_before=debut is not None and debut < today,
        days_left=(fin - today).days if fin else None,
    )
