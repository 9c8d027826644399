"""The `forfait-bot` command: check-knowledge, estimate, ask, chat, run."""

from __future__ import annotations

import argparse
import sys

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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="forfait-bot", description="Assistant forfaits amelipro")
    sub = parser.add_subparsers(dest="cmd", required=True)
    sub.add_parser("check-knowledge", help="valide tous les fichiers de knowledge/").set_defaults(
        func=_check_knowledge
    )
    args = parser.parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
