"""Which process is at work on a library: this one's name, and whether another is running.
A process is named pid@host; on another host it cannot be asked, and is taken to be running."""
from __future__ import annotations

import os
import socket
import sys


def this_process() -> str:
    return f"{os.getpid()}@{socket.gethostname()}"


def running(process: str) -> bool:
    pid, _, host = process.partition("@")
    if host != socket.gethostname() or not pid.isdigit():
        return host != socket.gethostname()
    return pid_running(int(pid))


def pid_running(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if pid <= 0:
        return False
    if sys.platform == "win32":  # pragma: no cover - asked of Windows itself
        return _windows_running(pid)
    try:
        os.kill(pid, 0)  # signal 0: only whether it could be sent
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # another user's process
    return True


def _windows_running(pid: int) -> bool:  # pragma: no cover
    import ctypes
    kernel = ctypes.windll.kernel32  # type: ignore[attr-defined]
    handle = kernel.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return False
    try:
        code = ctypes.c_ulong()
        return bool(kernel.GetExitCodeProcess(handle, ctypes.byref(code))) and code.value == 259
    finally:
        kernel.CloseHandle(handle)
