"""What the bot says about reminders: the list, the offer, why none can be planned, and the
reminder itself. Decisions (what can be planned, when) stay in the engine and
`bot/reminders.py`; these functions only word them, as neutral messages."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from bot.actions import CancelReminders, PlanReminders, StartEstimate
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
    what = "ouverture de la déclaration" if r.kind == "ouverture" else "avant la date limite"
    if r.kind == "cloture" and d is not None and d.declaration.fin is not None:
        what = f"avant la date limite du {d.declaration.fin:%d/%m/%Y}"
    scheme = f" ({scheme_label(d)})" if d is not None else ""
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
    text = f"Déclaration de « {d.libelle} »{window}.\nJe peux vous écrire :\n{lines}"
    return plain(text, [[Choice("Me rappeler", PlanReminders(d.id))]])


def none_possible(d: Dispositif, today: dt.date) -> Message:
    """Why no reminder can be planned: dates not published, or the window is past."""
    debut, fin = d.declaration.debut, d.declaration.fin
    name = f"« {d.libelle} »"
    later = " : je ne peux pas programmer de rappel. Revenez vers /rappel plus tard."
    if debut is None and fin is None:
        return plain(f"Les dates de déclaration de {name} ne sont pas encore publiées{later}")
    if fin is None:
        return plain(f"La date limite de déclaration de {name} n'est pas encore publiée{later}")
    if fin < today:
        return plain(f"La déclaration de {name} s'est terminée le {fin:%d/%m/%Y}.")
    when = "aujourd'hui" if fin == today else f"le {fin:%d/%m/%Y}"
    return plain(
        f"La déclaration de {name} se termine {when} : trop tard pour un rappel. "
        f"Déclarez dès maintenant sur {d.amelipro.texte.rstrip('.')}."
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
