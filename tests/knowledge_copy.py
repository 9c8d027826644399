"""A writable copy of knowledge/ for tests that break a file on purpose."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from knowledge import ROOT, KnowledgeError, load_from


def copy_knowledge(tmp_path: Path) -> Path:
    copy = tmp_path / "knowledge"
    shutil.copytree(ROOT, copy, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    return copy


def edit_once(path: Path, old: str, new: str) -> None:
    """Replace the first `old` (which must be there) by `new`."""
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def refused(tree: Path, file: str, old: str, new: str) -> str:
    """Break `file` of a knowledge copy once; the French message the loader refuses it with."""
    edit_once(tree / file, old, new)
    with pytest.raises(KnowledgeError) as err:
        load_from(tree)
    return str(err.value)
