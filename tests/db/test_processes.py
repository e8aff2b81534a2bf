import os
import socket
import subprocess
import sys

from db.processes import pid_running, running, this_process


def test_a_process_is_running_until_it_is_gone():
    assert running(this_process()) and this_process().startswith(f"{os.getpid()}@")
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        assert pid_running(child.pid) and running(f"{child.pid}@{socket.gethostname()}")
    finally:
        child.kill()
        child.wait()
    assert not pid_running(child.pid)
    assert not pid_running(0) and not running("not-a-pid@" + socket.gethostname())


def test_a_process_of_another_host_cannot_be_asked_and_is_taken_to_run():
    assert running("1@some-other-machine")
