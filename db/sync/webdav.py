"""A WebDAV collection as a sync target (坚果云, Nextcloud, any RFC 4918 server).

Requests are few because free accounts count them (坚果云: 600 per 30 minutes): writing a file
into a folder that exists is one PUT; a folder is made (MKCOL) only when the server says the
PUT's parent is missing; listing a folder is one PROPFIND asking for the whole tree below it
(Depth: infinity), and where the server refuses that, one PROPFIND of Depth 1 per folder level.

https only, except to this machine. The password goes to the server in the Authorization
header and nowhere else: not into errors, not into logs."""
from __future__ import annotations

import email.utils
import random
import time
import xml.etree.ElementTree as ET
from collections.abc import Mapping
from urllib.parse import quote, unquote, urlsplit

import requests
from urllib3.exceptions import ConnectTimeoutError

from db.sync.target import TargetError

LOCAL_HOSTS = {"localhost", "127.0.0.1", "::1"}
RETRIED = {429, 502, 503, 504}   # the server is busy or restarting: worth another try
# RFC 4918 lets a server refuse Depth: infinity with 403; some answer 400, 412 or 501.
NO_INFINITE_DEPTH = {400, 403, 412, 501}
PROPFIND_BODY = (b'<?xml version="1.0" encoding="utf-8"?>'
                 b'<D:propfind xmlns:D="DAV:"><D:prop><D:resourcetype/></D:prop></D:propfind>')
DAV = "{DAV:}"


class WebDAVTarget:
    """The files under `url` on a WebDAV server (see Target)."""

    def __init__(self, url: str, user: str, password: str, *, timeout: float = 20.0,
                 tries: int = 5, backoff: float = 1.0, longest_wait: float = 60.0):
        parts = urlsplit(url)
        if parts.scheme != "https" and not (parts.scheme == "http"
                                            and parts.hostname in LOCAL_HOSTS):
            raise TargetError("insecure", f"{parts.scheme}://{parts.hostname or ''}")
        self.url = url if url.endswith("/") else url + "/"
        self._root = unquote(urlsplit(self.url).path)
        self.timeout, self.tries, self.backoff = timeout, tries, backoff
        self.longest_wait = longest_wait
        self.requests = 0
        self._session = requests.Session()
        # UTF-8 credentials (RFC 7617): requests would encode a str password as Latin-1.
        self._session.auth = requests.auth.HTTPBasicAuth(user.encode(), password.encode())
        self._folders: set[str] = {""}   # folders known to exist, remembered for MKCOL
        self._deep_listing = True        # until the server refuses Depth: infinity

    def __repr__(self) -> str:
        return f"WebDAVTarget({self.url!r})"

    def names(self, folder: str = "") -> list[str]:
        found: list[str] = []
        pending = [folder.strip("/")]
        while pending:
            files, unexplored = self._list(pending.pop())
            found += files
            pending += unexplored
        return found

    def read(self, name: str) -> bytes:
        answer = self._request("GET", name)
        if answer.status_code == 404:
            raise TargetError("not-found", name)
        self._check(answer, name)
        return bytes(answer.content)

    def write(self, name: str, data: bytes) -> None:
        self._put(name, data, None)

    def create(self, name: str, data: bytes) -> bool:
        answer = self._put(name, data, {"If-None-Match": "*"})
        return answer.status_code != 412

    def _put(self, name: str, data: bytes,
             headers: Mapping[str, str] | None) -> requests.Response:
        """PUT the file; an answer 412 (a condition in `headers` failed) is returned too."""
        answer = self._request("PUT", name, data=data, headers=headers)
        parent = name.rpartition("/")[0]
        if answer.status_code in (404, 409) and parent:   # RFC 4918: 409, the parent is missing
            self._make_folders(parent)
            answer = self._request("PUT", name, data=data, headers=headers)
        if answer.status_code != 412:
            self._check(answer, name)
            self._folders.add(parent)
        return answer

    def remove(self, name: str) -> None:
        answer = self._request("DELETE", name)
        if answer.status_code != 404:
            self._check(answer, name)

    def _list(self, folder: str) -> tuple[list[str], list[str]]:
        """The files found under `folder`, and the folders under it whose contents the answer
        did not show (all of them at Depth 1; at Depth infinity only the empty ones, and every
        one where a server answers infinity as if it were 1)."""
        answer = self._propfind(folder)
        if answer.status_code == 404:
            return [], []
        self._check(answer, folder)
        files, folders = self._entries(answer.content)
        self._folders.update(folders)
        parents = {name.rpartition("/")[0] for name in files + folders}
        unexplored = [f for f in folders if f != folder and f not in parents]
        return [name for name in files if name != folder], unexplored

    def _propfind(self, folder: str) -> requests.Response:
        path = folder + "/" if folder else ""
        if self._deep_listing:
            answer = self._request("PROPFIND", path, data=PROPFIND_BODY,
                                   headers={"Depth": "infinity"})
            if answer.status_code not in NO_INFINITE_DEPTH:
                return answer
            self._deep_listing = False
        return self._request("PROPFIND", path, data=PROPFIND_BODY, headers={"Depth": "1"})

    def _entries(self, xml: bytes) -> tuple[list[str], list[str]]:
        """(files, folders) of a multistatus answer, as names relative to the target's url."""
        try:
            tree = ET.fromstring(xml)
        except ET.ParseError as error:
            raise TargetError("refused", "not a WebDAV answer") from error
        files, folders = [], []
        for response in tree.iter(f"{DAV}response"):
            href = response.findtext(f"{DAV}href") or ""
            path = unquote(urlsplit(href).path)
            if not path.startswith(self._root):
                continue
            name = path[len(self._root):].strip("/")
            if response.find(f".//{DAV}resourcetype/{DAV}collection") is not None:
                folders.append(name)
            else:
                files.append(name)
        return files, folders

    def _make_folders(self, folder: str, again: bool = True) -> None:
        """MKCOL each missing level of `folder`, from the top. Levels remembered are skipped,
        unless the server says one of them is gone too (409); 405: it was there already."""
        levels = folder.split("/")
        paths = ["/".join(levels[:depth]) for depth in range(1, len(levels) + 1)]
        self._folders.discard(folder)   # the server has just said it is missing
        for path in paths:
            if path in self._folders:
                continue
            answer = self._request("MKCOL", path + "/")
            if answer.status_code == 409 and again:
                self._folders.difference_update(paths)
                self._make_folders(folder, again=False)
                return
            if answer.status_code != 405:
                self._check(answer, path)
            self._folders.add(path)

    def _request(self, method: str, name: str, data: bytes | None = None,
                 headers: Mapping[str, str] | None = None) -> requests.Response:
        """Send one request, again after a pause while the server is busy or the connection
        drops, a bounded number of times."""
        url = self.url + quote(name, safe="/")
        for attempt in range(1, self.tries + 1):
            self.requests += 1
            try:
                answer = self._session.request(method, url, data=data, headers=headers,
                                               timeout=self.timeout, allow_redirects=False)
            except requests.exceptions.SSLError:
                raise TargetError("insecure", "certificate not trusted") from None
            except (requests.ConnectionError, requests.exceptions.ChunkedEncodingError) as error:
                # ChunkedEncodingError: the connection dropped in the middle of the answer
                if _never_connected(error) or attempt == self.tries:
                    raise TargetError("unreachable", type(error).__name__) from None
                self._pause(attempt, None)
                continue
            except requests.RequestException as error:   # a timeout, an answer not HTTP
                raise TargetError("unreachable", type(error).__name__) from None
            if answer.status_code not in RETRIED:
                return answer
            if attempt == self.tries:
                break
            self._pause(attempt, answer.headers.get("Retry-After"))
        raise TargetError("busy", f"HTTP {answer.status_code}")

    def _pause(self, attempt: int, retry_after: str | None) -> None:
        """Wait as the server asked, or back off exponentially with jitter."""
        wait = _seconds(retry_after)
        if wait is None:
            wait = self.backoff * 2 ** (attempt - 1) * random.uniform(0.5, 1.5)
        if wait > self.longest_wait:
            raise TargetError("busy", f"retry after {round(wait)} s")
        time.sleep(wait)

    @staticmethod
    def _check(answer: requests.Response, name: str) -> None:
        status = answer.status_code
        if status in (401, 403):
            raise TargetError("refused", f"HTTP {status}")
        if status == 404:
            raise TargetError("not-found", name)
        if status >= 300:
            raise TargetError("refused", f"HTTP {status} {name}")


def _never_connected(error: requests.RequestException) -> bool:
    """Nothing listens there, the name does not resolve or the connection timed out: no use
    trying again at once (a connection reset, by contrast, is)."""
    reason = getattr(error.args[0] if error.args else None, "reason", None)
    return isinstance(reason, ConnectTimeoutError)


def _seconds(retry_after: str | None) -> float | None:
    """Retry-After as seconds from now: a number of seconds or an HTTP date."""
    if not retry_after:
        return None
    if retry_after.strip().isdigit():
        return float(retry_after)
    try:
        when = email.utils.parsedate_to_datetime(retry_after)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())
