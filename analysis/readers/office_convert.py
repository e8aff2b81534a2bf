"""Word 97–2003 (.doc), WPS, RTF and OpenDocument files, converted to .docx by LibreOffice
running headless when it is installed; otherwise a line saying how to save them as .docx."""
from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from analysis.errors import InputError

KINDS = {".doc": "Word 97–2003", ".wps": "WPS", ".rtf": "RTF", ".odt": "OpenDocument"}
TIMEOUT = 180  # seconds


def to_docx(data: bytes, name: str) -> bytes:
    suffix = Path(name).suffix.lower()
    kind = KINDS.get(suffix, suffix)
    office = shutil.which("soffice") or shutil.which("libreoffice")
    if office is None:
        raise InputError(name, "a {kind} file: Yandu reads it through LibreOffice, which is not "
                               "installed; save it as .docx (File ▸ Save As) and import that",
                         kind=kind)
    with tempfile.TemporaryDirectory(prefix="yandu-convert-") as folder:
        source = Path(folder) / f"source{suffix}"
        source.write_bytes(data)
        command = [office, "--headless", "--norestore",
                   f"-env:UserInstallation={Path(folder, 'profile').as_uri()}",
                   "--convert-to", "docx:MS Word 2007 XML", "--outdir", folder, str(source)]
        try:
            subprocess.run(command, capture_output=True, timeout=TIMEOUT, check=False)
        except subprocess.TimeoutExpired:
            raise InputError(name, "LibreOffice took more than {seconds} s to convert this "
                                   "{kind} file; save it as .docx and import that",
                             seconds=TIMEOUT, kind=kind) from None
        converted = Path(folder) / "source.docx"
        if not converted.is_file() or not converted.stat().st_size:
            raise InputError(name, "LibreOffice could not read this {kind} file; open it in "
                                   "Word or WPS, save it as .docx and import that", kind=kind)
        return converted.read_bytes()
