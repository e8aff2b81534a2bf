"""What the window needs from the system before Qt starts, found without Qt: on Linux the
libraries of Qt's X11 platform plugin (a fresh Debian lacks some, and Qt then aborts with a hint
that names the wrong library) and a font with Chinese characters. Each missing thing is one
line with the install commands; the window starts anyway where it can."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import MutableMapping
from dataclasses import dataclass
from pathlib import Path

from desktop.common.catalogue import _

# Debian, Ubuntu, UOS and Kylin name packages alike; Fedora differently.
DEBIAN_SYSTEMS = "Debian/Ubuntu/UOS/Kylin"

# The libraries Qt's xcb plugin loads (as `ldd` names them) and the package holding each.
LIBRARY_PACKAGES: dict[str, tuple[str, str]] = {
    "libxcb-cursor.so.0": ("libxcb-cursor0", "xcb-util-cursor"),
    "libxcb-icccm.so.4": ("libxcb-icccm4", "xcb-util-wm"),
    "libxcb-image.so.0": ("libxcb-image0", "xcb-util-image"),
    "libxcb-keysyms.so.1": ("libxcb-keysyms1", "xcb-util-keysyms"),
    "libxcb-render-util.so.0": ("libxcb-render-util0", "xcb-util-renderutil"),
    "libxcb-util.so.1": ("libxcb-util1", "xcb-util"),
    "libxcb-randr.so.0": ("libxcb-randr0", "libxcb"),
    "libxcb-shm.so.0": ("libxcb-shm0", "libxcb"),
    "libxcb-sync.so.1": ("libxcb-sync1", "libxcb"),
    "libxcb-xfixes.so.0": ("libxcb-xfixes0", "libxcb"),
    "libxcb-render.so.0": ("libxcb-render0", "libxcb"),
    "libxcb-shape.so.0": ("libxcb-shape0", "libxcb"),
    "libxcb-xkb.so.1": ("libxcb-xkb1", "libxcb"),
    "libxcb-xinerama.so.0": ("libxcb-xinerama0", "libxcb"),
    "libxcb.so.1": ("libxcb1", "libxcb"),
    "libxkbcommon-x11.so.0": ("libxkbcommon-x11-0", "libxkbcommon-x11"),
    "libxkbcommon.so.0": ("libxkbcommon0", "libxkbcommon"),
    "libX11-xcb.so.1": ("libx11-xcb1", "libX11-xcb"),
    "libX11.so.6": ("libx11-6", "libX11"),
    "libGL.so.1": ("libgl1", "libglvnd-glx"),
    "libEGL.so.1": ("libegl1", "libglvnd-egl"),
    "libOpenGL.so.0": ("libopengl0", "libglvnd-opengl"),
    "libfontconfig.so.1": ("libfontconfig1", "fontconfig"),
    "libfreetype.so.6": ("libfreetype6", "freetype"),
    "libglib-2.0.so.0": ("libglib2.0-0", "glib2"),
    "libgthread-2.0.so.0": ("libglib2.0-0", "glib2"),
    "libdbus-1.so.3": ("libdbus-1-3", "dbus-libs"),
}


@dataclass(frozen=True)
class Finding:
    """One thing missing, with what to install for it."""
    what: str  # "libraries", "font" or "display"
    missing: tuple[str, ...]
    debian: tuple[str, ...]
    fedora: tuple[str, ...]

    def commands(self) -> str:
        return (f"sudo apt-get install {' '.join(self.debian)} ({DEBIAN_SYSTEMS}); "
                f"sudo dnf install {' '.join(self.fedora)} (Fedora)")


def missing_libraries(plugin: Path | None = None) -> Finding | None:
    """The libraries the X11 plugin needs that the system lacks, or None."""
    plugin = plugin or _xcb_plugin()
    if plugin is None or not plugin.exists() or shutil.which("ldd") is None:
        return None
    listing = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True, check=False)
    return libraries_finding(listing.stdout)


def libraries_finding(ldd_output: str) -> Finding | None:
    """The libraries `ldd` did not find, with their packages."""
    names = sorted({line.split()[0] for line in ldd_output.splitlines() if "not found" in line})
    if not names:
        return None
    debian = [LIBRARY_PACKAGES.get(name, (name, name))[0] for name in names]
    fedora = [LIBRARY_PACKAGES.get(name, (name, name))[1] for name in names]
    return Finding("libraries", tuple(names), tuple(dict.fromkeys(debian)),
                   tuple(dict.fromkeys(fedora)))


NO_FONT = Finding("font", (), ("fonts-noto-cjk",), ("google-noto-sans-cjk-fonts",))
NO_DISPLAY = Finding("display", (), (), ())


def line(finding: Finding) -> str:
    if finding.what == "libraries":
        return _("Qt's window system needs libraries this system lacks ({names}): "
                 "{commands}").format(names=", ".join(finding.missing),
                                      commands=finding.commands())
    if finding.what == "font":
        return _("No font with Chinese characters is installed, so text shows as boxes: "
                 "{commands}").format(commands=finding.commands())
    return _("There is no screen to open the window on (neither DISPLAY nor WAYLAND_DISPLAY "
             "is set): start Yandu from a desktop session.")


def choose_platform(
        environ: MutableMapping[str, str] = os.environ) -> tuple[list[Finding], bool]:
    """Before Qt starts: what is missing, and whether the window can start at all. Where the
    X11 plugin lacks libraries in a Wayland session, Qt is pointed at Wayland instead."""
    if not sys.platform.startswith("linux") or environ.get("QT_QPA_PLATFORM"):
        return [], True
    findings: list[Finding] = []
    if not environ.get("DISPLAY") and not environ.get("WAYLAND_DISPLAY"):
        findings.append(NO_DISPLAY)
    libraries = missing_libraries()
    if libraries is not None:
        findings.append(libraries)
        if environ.get("WAYLAND_DISPLAY"):
            environ["QT_QPA_PLATFORM"] = "wayland"
            return findings, True
    return findings, not findings


def _xcb_plugin() -> Path | None:
    try:
        import PySide6
    except ImportError:
        return None
    return Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"
