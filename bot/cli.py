"""The `forfait-bot` command: check-knowledge, estimate, ask, chat, run."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from pathlib import Path

import yaml

from knowledge import Knowledge, KnowledgeError, load


def _knowledge() -> Knowledge | None:
    """The knowledge base, or None after printing why it cannot be used (a bad file)."""
    try:
        return load()
    except KnowledgeError as e:
        print(e, file=sys.stderr)
        return None


def _check_knowledge(_: argparse.Namespace) -> int:
    kb = _knowledge()
    if kb is None:
        return 1
    n_ind = sum(len(d.indicateurs) for d in kb.dispositifs.values())
    print(
        f"Base de connaissances valide : {len(kb.dispositifs)} dispositifs, "
        f"{n_ind} indicateurs, {len(kb.faq)} entrées de FAQ."
    )
    return 0


def _day(text: str) -> dt.date:
    """A day typed as JJ/MM/AAAA (or AAAA-MM-JJ), for `estimate --date`."""
    for fmt in ("%d/%m/%Y", "%Y-%m-%d"):
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            pass
    raise argparse.ArgumentTypeError(f"date invalide « {text} » : attendu JJ/MM/AAAA")


def _estimate(args: argparse.Namespace) -> int:
    from bot import result_messages
    from bot.report import result_context
    from bot.text_render import to_text
    from calculators import ProfileError, estimate, read_profile
    from calculators.explain_text import ambiguities_text, explanation_text
    from calculators.french import fmt_eur
    from calculators.payload import estimate_payload
    from calculators.profile import profile_range, read_vsm

    kb = _knowledge()
    if kb is None:
        return 1
    try:
        text = Path(args.profile).read_text(encoding="utf-8")
    except OSError as e:
        print(f"Profil illisible : {args.profile} ({e.strerror}).", file=sys.stderr)
        return 2
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        where = f" ligne {mark.line + 1}" if mark else ""
        print(f"Profil YAML invalide{where} : {args.profile}.", file=sys.stderr)
        return 2
    if args.json:
        try:
            payload = estimate_payload(kb, data)
        except ProfileError as e:
            print(str(e), file=sys.stderr)
            return 2
        print(json.dumps(payload, ensure_ascii=False, indent=2))
        return 0
    try:
        vsm = read_vsm(kb, data)
        dispositif, answers = read_profile(kb, data)
    except ProfileError as e:
        print(str(e), file=sys.stderr)
        return 2
    result = estimate(dispositif, answers)
    scope = profile_range(result, vsm)
    schemes = [d for (p, _), d in kb.dispositifs.items() if p == dispositif.profession]
    context = result_context(dispositif, result, {}, args.date, schemes, answers)
    print("\n\n".join(to_text(m) for m in result_messages.everything(context)))
    if vsm:
        amount = fmt_eur(vsm.eur)
        if vsm.eur_max != vsm.eur:
            amount = f"entre {amount} et {fmt_eur(vsm.eur_max)}"
        print(f"\nForfait VSM : {amount}. {vsm.raison} {vsm.ponderation}")
    if scope.ambiguites:
        label = "Fourchette, forfait VSM compris" if vsm else "Fourchette"
        print("\n" + ambiguities_text(scope.ambiguites, scope.min_eur, scope.max_eur, label))
    if args.explain:
        print("\n" + explanation_text(dispositif.libelle, result.explication))
    return 0


def _chat(_: argparse.Namespace) -> int:
    from bot.engine import Engine
    from bot.faq_replies import FaqResponder
    from bot.stores import open_store
    from bot.terminal import run_chat

    kb = _knowledge()
    if kb is None:
        return 1
    return run_chat(Engine(kb, faq=FaqResponder.from_knowledge(kb)), open_store())


def _ask(args: argparse.Namespace) -> int:
    from bot.faq_replies import FaqResponder, plain_answer, sources
    from bot.session import Session
    from bot.text_render import to_text

    kb = _knowledge()
    if kb is None:
        return 1
    profession = kb.profession(args.profession) if args.profession else None
    if args.profession and profession is None:
        known = ", ".join(kb.professions)
        print(f"Profession inconnue « {args.profession} » : attendu {known}.", file=sys.stderr)
        return 2
    responder = FaqResponder.from_knowledge(kb, today=lambda: args.date)
    session = Session(chat_id=0, profession=profession)

    def one(question: str) -> dict:
        """The index's answer, plus the reply a chat shows (`texte`) and its `nature`: a
        rule-grounded verdict or figure, an entry, a definition, suggestions, a decline."""
        rep = responder.respond(question, session)
        out = plain_answer(rep.answer)
        shown = rep.entry  # the entry the chat shows, if any (never one it contradicts)
        if shown is None or shown.id != out["id"]:
            out.update(
                matched=rep.confident,
                score=None,
                id=shown.id if shown else None,
                question=shown.question if shown else None,
                answer=shown.reponse if shown else None,
                sources=sources(shown) if shown else [],
            )
        out["nature"] = rep.outcome
        out["texte"] = to_text(rep.message) if rep.message else None
        return out

    if args.question is None:  # batch: one question per line in, one JSON object per line out
        for line in sys.stdin:
            if line.strip():
                out = one(line.strip())
                out["input"] = line.strip()
                print(json.dumps(out, ensure_ascii=False), flush=True)
        return 0
    if args.json:
        print(json.dumps(one(args.question), ensure_ascii=False, indent=2))
        return 0
    reply = responder.reply(args.question, session)  # what a chat shows: rules first, then FAQ
    print(to_text(reply) if reply else "Je n'ai pas de réponse sûre.")
    return 0


def _run(_: argparse.Namespace) -> int:
    from bot.telegram_run import run_bot

    return run_bot()


def _health(_: argparse.Namespace) -> int:
    """For container healthchecks: knowledge, the store's integrity, the Bot API (bot/health.py)."""
    from bot.health import health

    return health()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="forfait-bot", description="Assistant forfaits amelipro")
    sub = parser.add_subparsers(dest="cmd", required=True)
    sub.add_parser("check-knowledge", help="valide tous les fichiers de knowledge/").set_defaults(
        func=_check_knowledge
    )
    est = sub.add_parser(
        "estimate", help="calcule un profil YAML (profession, exercice, indicateurs)"
    )
    est.add_argument("profile", help="chemin du profil YAML")
    est.add_argument("--json", action="store_true", help="sortie JSON (intégrations)")
    est.add_argument(
        "--explain",
        action="store_true",
        help="explique chaque verdict : règle, valeur retenue, seuil et sa source",
    )
    est.add_argument(
        "--date",
        type=_day,
        default=dt.date.today(),
        help="le jour du plan d'action, JJ/MM/AAAA (par défaut : aujourd'hui)",
    )
    est.set_defaults(func=_estimate)
    sub.add_parser("chat", help="le questionnaire dans le terminal").set_defaults(func=_chat)
    ask = sub.add_parser("ask", help="répond à une question (ou une par ligne sur stdin)")
    ask.add_argument("question", nargs="?", help="la question ; absente : lecture de stdin")
    ask.add_argument("--json", action="store_true", help="sortie JSON")
    ask.add_argument(
        "--profession", help="la profession (professions.yaml : id ou alias), ex. dentiste"
    )
    ask.add_argument(
        "--date",
        type=_day,
        default=dt.date.today(),
        help="le jour de la question (exercice en cours), JJ/MM/AAAA (par défaut : aujourd'hui)",
    )
    ask.set_defaults(func=_ask)
    sub.add_parser("run", help="le bot Telegram (TELEGRAM_BOT_TOKEN)").set_defaults(func=_run)
    sub.add_parser(
        "health", help="vérifie la base, l'intégrité du stockage et l'accès à la Bot API"
    ).set_defaults(func=_health)
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except BrokenPipeError:  # `forfait-bot ask … | head`: the reader left, nothing to report
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


if __name__ == "__main__":
    sys.exit(main())
