"""The `forfait-bot` command: check-knowledge, estimate, ask, chat, run."""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import sys
from pathlib import Path

import yaml

from knowledge import KnowledgeError, load


def _check_knowledge(_: argparse.Namespace) -> int:
    try:
        kb = load()
    except KnowledgeError as e:
        print(e, file=sys.stderr)
        return 1
    n_ind = sum(len(d.indicateurs) for d in kb.dispositifs.values())
    print(
        f"Base de connaissances valide : {len(kb.dispositifs)} dispositifs, "
        f"{n_ind} indicateurs, {len(kb.faq)} entrées de FAQ."
    )
    return 0


def _estimate(args: argparse.Namespace) -> int:
    from bot.render import render, to_plain
    from bot.report import result_context
    from calculators import ProfileError, estimate, read_profile

    kb = load()
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
    try:
        dispositif, answers = read_profile(kb, data)
    except ProfileError as e:
        print(str(e), file=sys.stderr)
        return 2
    result = estimate(dispositif, answers)
    if args.json:
        payload = dataclasses.asdict(result)
        payload["libelle"] = dispositif.libelle
        print(json.dumps(payload, ensure_ascii=False, indent=2))
    else:
        context = result_context(dispositif, result, {}, dt.date.today())
        print(to_plain(render("result.html.j2", **context)))
    return 0


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
    est.set_defaults(func=_estimate)
    args = parser.parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
