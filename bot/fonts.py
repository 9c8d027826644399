"""Where the DejaVu fonts of the card and the PDF are: the Debian package fonts-dejavu-core
(installed by `make test` and the Docker image), or a folder named by FORFAIT_BOT_FONTS."""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

FOLDERS = ("/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/dejavu")


@cache
def font_path(bold: bool = False) -> Path:
    """DejaVuSans.ttf or DejaVuSans-Bold.ttf; FileNotFoundError names where it was looked for."""
    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    folders = [os.environ.get("FORFAIT_BOT_FONTS", ""), *FOLDERS]
    for folder in filter(None, folders):
        path = Path(folder) / name
        if path.is_file():
            return path
    raise FileNotFoundError(f"{name} introuvable (paquet Debian fonts-dejavu-core) : {folders}")
