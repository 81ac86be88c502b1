"""Render a deck to PNG images, one a slide, to look at it as a client would.

    python scripts/render_deck.py outputs/exempelkommun/2026-11-25/iakttagelser.pptx [--out DIR]

Needs LibreOffice (soffice) and poppler (pdftoppm): on Debian/Ubuntu
`apt-get install libreoffice-impress poppler-utils fonts-liberation2`. LibreOffice draws
Arial with the metric-compatible Liberation Sans, so line breaks match PowerPoint's.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path


def render(deck: Path, out: Path, *, dpi: int = 60) -> list[Path]:
    for tool in ("soffice", "pdftoppm"):
        if shutil.which(tool) is None:
            sys.exit(f"{tool} saknas: apt-get install libreoffice-impress poppler-utils")
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as profile:
        # a private profile, so that a running LibreOffice does not swallow the conversion
        subprocess.run(
            [
                "soffice",
                f"-env:UserInstallation=file://{profile}",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                str(out),
                str(deck),
            ],
            check=True,
            capture_output=True,
        )
    pdf = out / f"{deck.stem}.pdf"
    for old in out.glob(f"{deck.stem}-*.png"):
        old.unlink()
    subprocess.run(["pdftoppm", "-png", "-r", str(dpi), str(pdf), str(out / deck.stem)], check=True)
    return sorted(out.glob(f"{deck.stem}-*.png"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("deck", type=Path)
    parser.add_argument("--out", type=Path, default=None, help="mapp för bilderna")
    parser.add_argument("--dpi", type=int, default=60)
    args = parser.parse_args()
    out = args.out or args.deck.with_suffix("")
    pages = render(args.deck, out, dpi=args.dpi)
    print(f"{len(pages)} bilder i {out}")


if __name__ == "__main__":
    main()
