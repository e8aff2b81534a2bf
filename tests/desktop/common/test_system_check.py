import os
import subprocess
import sys

from desktop.common import system_check
from desktop.common.system_check import libraries_finding

# What ldd printed for Qt's xcb plugin on a Debian 12 machine without two of its libraries.
LDD = """\tlinux-vdso.so.1 (0x00007ffd)
\tlibQt6XcbQpa.so.6 => /venv/PySide6/Qt/lib/libQt6XcbQpa.so.6 (0x00007f)
\tlibxcb-cursor.so.0 => /lib/x86_64-linux-gnu/libxcb-cursor.so.0 (0x00007f)
\tlibxcb-icccm.so.4 => not found
\tlibxcb-keysyms.so.1 => not found
\tlibxcb-icccm.so.4 => not found
\tlibfoo-unknown.so.3 => not found
"""


def test_each_missing_library_is_named_once_with_the_packages_to_install():
    finding = libraries_finding(LDD)
    assert finding.missing == ("libfoo-unknown.so.3", "libxcb-icccm.so.4", "libxcb-keysyms.so.1")
    commands = finding.commands()
    assert "sudo apt-get install libfoo-unknown.so.3 libxcb-icccm4 libxcb-keysyms1" in commands
    assert "sudo dnf install libfoo-unknown.so.3 xcb-util-wm xcb-util-keysyms" in commands
    assert "Debian/Ubuntu/UOS/Kylin" in commands and "Fedora" in commands
    assert libraries_finding(LDD.replace("not found", "/lib/x.so")) is None


def test_the_real_plugin_is_checked_with_ldd():
    finding = system_check.missing_libraries()
    listing = subprocess.run(["ldd", str(system_check._xcb_plugin())], capture_output=True,
                             text=True, check=False).stdout
    assert (finding is None) == ("not found" not in listing)


def _start(env, *args):
    return subprocess.run([sys.executable, "-m", "desktop", *args], capture_output=True,
                          text=True, env=env, timeout=120, check=False)


def test_without_a_screen_the_window_says_why_and_what_to_install(tmp_path):
    env = {key: value for key, value in os.environ.items()
           if key not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["YANDU_DB"] = str(tmp_path / "library.sqlite")
    started = _start(env)
    assert started.returncode == 1
    lines = started.stderr.splitlines()
    assert any("neither DISPLAY nor WAYLAND_DISPLAY" in line for line in lines)
    libraries = system_check.missing_libraries()
    if libraries is not None:  # this machine lacks some: each named with its install command
        assert any(line.endswith(libraries.commands()) for line in lines)
    assert lines[-1] == "yandu: The window cannot start: see the lines above."


def test_without_a_chinese_font_the_start_says_what_to_install_and_goes_on(tmp_path):
    config = tmp_path / "fonts.conf"
    config.write_text('<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd">'
                      f"<fontconfig><cachedir>{tmp_path}/cache</cachedir></fontconfig>")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", FONTCONFIG_FILE=str(config),
               YANDU_DB=str(tmp_path / "library.sqlite"))
    started = _start(env, "--check-start")
    assert started.returncode == 0 and started.stdout.startswith("研读 Yandu")
    assert ("yandu: No font with Chinese characters is installed, so text shows as boxes: "
            "sudo apt-get install fonts-noto-cjk (Debian/Ubuntu/UOS/Kylin); "
            "sudo dnf install google-noto-sans-cjk-fonts (Fedora)") in started.stderr
