"""A real WebDAV server on localhost for the sync tests: WsgiDAV serving a folder, with basic
authentication, served by cheroot in a thread. Two switches make it behave like the servers
users have: `busy_every` answers 429 to every Nth request (坚果云's rate limit), `cut_every` drops
the connection in the middle of every Nth answer, and
`finite_depth` refuses PROPFIND with Depth: infinity as RFC 4918 lets a server do
(`shallow_depth` answers it as Depth 1, as some servers wrongly do)."""
from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from cheroot import wsgi
from wsgidav.wsgidav_app import WsgiDAVApp

USER, PASSWORD = "reader", "研读-secret-42"
FINITE_DEPTH = (b'<?xml version="1.0" encoding="utf-8"?>'
                b'<D:error xmlns:D="DAV:"><D:propfind-finite-depth/></D:error>')


class Behaviour:
    """What the server does besides WebDAV; the tests change it while it runs."""

    def __init__(self, app: Callable[..., Iterable[bytes]]):
        self.app = app
        self.busy_every = 0      # every Nth request is answered 429 (0: never)
        self.busy_status = "429 Too Many Requests"
        self.retry_after = "0"
        self.finite_depth = False
        self.cut_every = 0           # every Nth answer breaks off after a few bytes
        self.shallow_depth = False   # answers Depth: infinity as if it were 1, as some do
        # called with (method, path) once the server has answered: another device's doings
        self.after: Callable[[str, str], None] | None = None
        self.requests = 0        # requests that reached the server
        self.methods: list[str] = []

    def __call__(self, environ: dict[str, Any], start_response: Callable[..., Any]
                 ) -> Iterable[bytes]:
        self.requests += 1
        self.methods.append(environ["REQUEST_METHOD"])
        if self.busy_every and self.requests % self.busy_every == 0:
            return self._answer(start_response, self.busy_status, b"slow down",
                                [("Retry-After", self.retry_after)])
        if self.cut_every and self.requests % self.cut_every == 0:
            return self._cut(start_response)
        if (self.finite_depth and environ["REQUEST_METHOD"] == "PROPFIND"
                and environ.get("HTTP_DEPTH", "infinity").lower() == "infinity"):
            return self._answer(start_response, "403 Forbidden", FINITE_DEPTH,
                                [("Content-Type", "application/xml")])
        if self.shallow_depth and environ.get("HTTP_DEPTH") == "infinity":
            environ["HTTP_DEPTH"] = "1"
        if self.after:
            return self._then(self.after, environ, start_response)
        return self.app(environ, start_response)

    def _then(self, after: Callable[[str, str], None], environ: dict[str, Any],
              start_response: Callable[..., Any]) -> Iterator[bytes]:
        """The server's answer, then `after` (WsgiDAV does its work as its answer is read)."""
        yield from self.app(environ, start_response)
        after(environ["REQUEST_METHOD"], environ["PATH_INFO"])

    @staticmethod
    def _cut(start_response: Callable[..., Any]) -> Iterator[bytes]:
        """An answer whose connection is dropped after its first bytes."""
        start_response("200 OK", [("Content-Length", "1000")])
        yield b"partial"
        raise ConnectionResetError("the connection drops")

    @staticmethod
    def _answer(start_response: Callable[..., Any], status: str, body: bytes,
                headers: list[tuple[str, str]]) -> list[bytes]:
        start_response(status, [*headers, ("Content-Length", str(len(body)))])
        return [body]


class DavServer:
    def __init__(self, root: Path, url: str, behaviour: Behaviour):
        self.root, self.url, self.behaviour = root, url, behaviour

    def files(self) -> dict[str, bytes]:
        """Every file on the server's disk, by its path under the root."""
        return {path.relative_to(self.root).as_posix(): path.read_bytes()
                for path in sorted(self.root.rglob("*")) if path.is_file()}


@contextmanager
def running_server(root: Path) -> Iterator[DavServer]:
    """A WebDAV server serving `root` on a free port of 127.0.0.1 until the block ends."""
    root.mkdir(parents=True, exist_ok=True)
    dav = WsgiDAVApp({
        "host": "127.0.0.1", "port": 0,
        "provider_mapping": {"/": str(root)},
        "http_authenticator": {"domain_controller": None, "accept_basic": True,
                               "accept_digest": False, "default_to_digest": False},
        "simple_dc": {"user_mapping": {"*": {USER: {"password": PASSWORD}}}},
        "dir_browser": {"enable": False},
        "verbose": 0,
        "logging": {"enable": False},
    })
    behaviour = Behaviour(dav)
    server = wsgi.Server(("127.0.0.1", 0), behaviour, numthreads=4)
    server.expiration_interval = 0.05   # stop within 50 ms, not half a second
    server.prepare()
    port = server.bind_addr[1]
    thread = threading.Thread(target=server.serve, daemon=True)
    thread.start()
    try:
        yield DavServer(root, f"http://127.0.0.1:{port}/", behaviour)
    finally:
        server.stop()
        thread.join(timeout=5)
