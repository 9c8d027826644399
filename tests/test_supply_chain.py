"""Supply chain: lock files with hashes, used by the Docker build and CI; the audit apart.

Offline checks only: the lock files agree with pyproject.toml and with each other, every pin
carries hashes, and the image and CI install from them. The vulnerability audit itself
(`make audit`) needs an online database and is not part of `make test`.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest
from packaging.markers import Marker
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

ROOT = Path(__file__).resolve().parents[1]
LOCK = ROOT / "requirements.lock"
DEV_LOCK = ROOT / "requirements-dev.lock"
PIN = re.compile(r"^([A-Za-z0-9._-]+)==([^\s;\\]+)\s*(?:;\s*([^\\]+?))?\s*\\?$")
HASH = re.compile(r"--hash=sha256:[0-9a-f]{64}")


def pins(path: Path) -> dict[str, list[tuple[Version, str]]]:
    """name -> [(version, marker)], checking that each pin is followed by its hashes."""
    found: dict[str, list[tuple[Version, str]]] = {}
    lines = path.read_text(encoding="utf-8").splitlines()
    for i, line in enumerate(lines):
        m = PIN.match(line)
        if not m:
            assert not re.match(r"^[A-Za-z0-9]", line), f"{path.name}: not a pin: {line}"
            continue
        assert HASH.search(lines[i + 1]), f"{path.name}: {line} has no hash"
        name = canonicalize_name(m.group(1))
        found.setdefault(name, []).append((Version(m.group(2)), (m.group(3) or "").strip()))
    return found


def pyproject() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def satisfied(requirement: str, locked: dict[str, list[tuple[Version, str]]]) -> bool:
    """A pin for Python 3.11 on Linux satisfies the requirement."""
    req = Requirement(requirement)
    env = {"python_version": "3.11", "python_full_version": "3.11.7", "sys_platform": "linux"}
    for version, marker in locked.get(canonicalize_name(req.name), []):
        if (not marker or Marker(marker).evaluate(env)) and version in req.specifier:
            return True
    return False


@pytest.mark.parametrize("path", [LOCK, DEV_LOCK], ids=lambda p: p.name)
def test_lock_files_pin_every_package_with_hashes(path: Path):
    locked = pins(path)
    assert len(locked) > 20
    assert path.read_text(encoding="utf-8").splitlines()[1].strip() == "#    make lock"


def test_locks_agree_with_pyproject():
    project = pyproject()
    runtime, dev = pins(LOCK), pins(DEV_LOCK)
    for requirement in project["project"]["dependencies"]:
        assert satisfied(requirement, runtime), f"requirements.lock: {requirement} (make lock)"
        assert satisfied(requirement, dev), f"requirements-dev.lock: {requirement} (make lock)"
    for requirement in project["project"]["optional-dependencies"]["dev"]:
        assert satisfied(requirement, dev), f"requirements-dev.lock: {requirement} (make lock)"
    # The build backend is locked too: the project installs without fetching anything.
    for requirement in project["build-system"]["requires"]:
        assert satisfied(requirement, runtime) and satisfied(requirement, dev), requirement


def test_ci_tests_the_versions_the_image_ships():
    runtime, dev = pins(LOCK), pins(DEV_LOCK)
    for name, versions in runtime.items():
        assert dev.get(name) == versions, name


def test_docker_and_ci_install_from_the_locks():
    dockerfile = (ROOT / "deploy" / "Dockerfile").read_text(encoding="utf-8")
    assert "COPY requirements.lock" in dockerfile
    assert re.search(r"pip install [^\n]*--require-hashes -r requirements\.lock", dockerfile)
    assert re.search(r"pip install [^\n]*--no-deps --no-build-isolation \.", dockerfile)
    assert "pip check" in dockerfile
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    locked = re.search(r"^locked:\n((?:\t.*\n)+)", makefile, re.M)
    assert locked, "make locked"
    assert "--require-hashes -r $(DEV_LOCK)" in locked.group(1)
    assert "--no-deps" in locked.group(1) and "pip check" in locked.group(1)
    ci = [ln for ln in (ROOT / ".ci" / "run").read_text().splitlines() if ln.startswith("make")]
    assert ci == ["make locked", "make test"]


def test_the_audit_is_its_own_target_and_documented():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    audit = re.search(r"^audit:.*\n((?:\t.*\n)+)", makefile, re.M)
    assert audit and "pip-audit --strict" in audit.group(1) and "$(LOCK)" in audit.group(1)
    test_target = re.search(r"^test:(.*)$", makefile, re.M)
    assert test_target and "audit" not in test_target.group(1)  # make test stays offline
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "make audit" in readme and "make lock" in readme
