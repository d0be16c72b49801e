"""Headless Chromium, driven over the DevTools protocol on a pipe, to print the HTML report as PDF.

Standard library only: Chromium is started with ``--remote-debugging-pipe`` and reads
NUL-terminated JSON commands on file descriptor 3 and writes answers and events on 4, so no
port is opened and no WebSocket library is needed. Each start uses a new, empty profile in a
temporary folder (removed afterwards) and the flags that keep Chromium from talking to any
server (no background networking, component updates, sync, QUIC, WebRTC over UDP; every host
name resolves to nothing). While it prints, scripts are off and :meth:`Page.block_network`
refuses, from inside the browser, every request but the report file itself and inline
``data:`` (another local file included), so a report, whoever wrote its template, can neither
run code, show a file of the machine, nor send anything anywhere.

The browser tests use the same client to read console messages, network requests, the
rendered DOM and screenshots.
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
import select
import shutil
import signal
import subprocess
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from kemitraan.errors import BrowserError

ENV_VAR = "KEMITRAAN_CHROMIUM"
"""An explicit Chromium or Chrome executable; otherwise the first of :data:`NAMES` on PATH."""
NAMES = ("chromium", "chromium-browser", "google-chrome-stable", "google-chrome")


def _err(key: str, **params: object) -> str:
    from kemitraan.messages import err

    return err(key, **params)


def install_hint() -> str:
    """What to install (or set, or do instead) to print a PDF."""
    return _err("chromium.install", variable=ENV_VAR)


Message = dict[str, Any]
Handler = Callable[[Message], None]


def find_chromium() -> str:
    """The Chromium executable to use, or a :class:`BrowserError` naming what to install."""
    explicit = os.environ.get(ENV_VAR)
    if explicit:
        found = shutil.which(explicit)
        if found is None:
            raise BrowserError(
                _err("chromium.not_executable", variable=ENV_VAR, value=explicit, hint=install_hint())
            )
        return found
    for name in NAMES:
        found = shutil.which(name)
        if found:
            return found
    raise BrowserError(_err("chromium.missing", hint=install_hint()))


def flags(profile: Path) -> list[str]:
    """Command-line flags: headless, a fresh profile, and nothing that reaches the network."""
    args = [
        "--headless",
        "--remote-debugging-pipe",
        f"--user-data-dir={profile}",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
        "--disable-default-apps",
        "--disable-extensions",
        "--disable-client-side-phishing-detection",
        "--disable-domain-reliability",
        "--no-first-run",
        "--no-default-browser-check",
        "--no-pings",
        "--disable-gpu",
        "--hide-scrollbars",
        "--mute-audio",
        "--force-color-profile=srgb",
        "--host-resolver-rules=MAP * ~NOTFOUND",
        # No UDP from WebRTC (a STUN request to an address needs no host name to resolve).
        "--webrtc-ip-handling-policy=disable_non_proxied_udp",
        "--password-store=basic",
    ]
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        args.append("--no-sandbox")  # Chromium refuses to start its sandbox as root
    return args


_SOCKET_ROOM = 60
"""Chromium puts a socket at ``$TMPDIR/org.chromium.Chromium.XXXXXX/SingletonSocket``, and a
socket's path may not be longer than 107 bytes: with a longer temporary folder it will not
start ("Socket path too long")."""


def environment() -> dict[str, str]:
    """Chromium's environment: ours, with a short temporary folder when ours is too long."""
    env = dict(os.environ)
    if len(os.fsencode(tempfile.gettempdir())) > _SOCKET_ROOM:
        for short in ("/tmp", "/var/tmp", "/dev/shm"):
            if os.path.isdir(short) and os.access(short, os.W_OK | os.X_OK):
                env["TMPDIR"] = short
                break
    return env


class Browser:
    """One headless Chromium process; use as a context manager (it is always shut down)."""

    def __init__(self, executable: str | None = None, *, timeout: float = 60.0) -> None:
        self.executable = executable or find_chromium()
        self.timeout = timeout
        self._next_id = 0
        self._buffer = b""
        self._events: list[Message] = []
        self._handlers: dict[tuple[str | None, str], Handler] = {}
        self._sessions: set[str] = set()
        """The open tabs' sessions: events of a closed tab, still arriving, are not kept."""
        self._profile: Path | None = None
        """A new, empty profile folder, made when the browser starts and removed when it stops."""
        self._proc: subprocess.Popen[bytes] | None = None
        self._to_browser = -1
        self._from_browser = -1

    # --- process -------------------------------------------------------------------------------

    def __enter__(self) -> Browser:
        try:
            self._start()
        except BaseException:
            self.close()
            raise
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _start(self) -> None:
        child_reads, parent_writes = os.pipe()
        parent_reads, child_writes = os.pipe()

        def wire_fds() -> None:  # in the child: the protocol pipes become fds 3 and 4
            r, w = os.dup(child_reads), os.dup(child_writes)
            os.dup2(r, 3)
            os.dup2(w, 4)

        from kemitraan.output import uninterrupted

        try:
            with uninterrupted():  # the profile and the process are known before any interrupt
                self._profile = Path(tempfile.mkdtemp(prefix="kemitraan-chromium-"))
                with open(self._profile / "chromium.log", "wb") as log:
                    self._proc = subprocess.Popen(
                        [self.executable, *flags(self._profile), "about:blank"],
                        stdin=subprocess.DEVNULL,
                        env=environment(),
                        stdout=log,
                        stderr=log,
                        close_fds=False,
                        preexec_fn=wire_fds,  # the child is single-threaded until exec
                        start_new_session=True,
                    )
        except OSError as exc:
            for fd in (child_reads, parent_writes, parent_reads, child_writes):
                os.close(fd)
            from kemitraan.output import reason

            raise BrowserError(
                _err(
                    "chromium.cannot_start", program=self.executable, reason=reason(exc), hint=install_hint()
                )
            ) from None
        os.close(child_reads)
        os.close(child_writes)
        self._to_browser, self._from_browser = parent_writes, parent_reads
        self.call("Browser.getVersion")

    def close(self) -> None:
        """Ask Chromium to quit, kill it if it does not, and remove its profile."""
        proc = self._proc
        if proc is not None and proc.poll() is None:
            with contextlib.suppress(Exception):
                self._send("Browser.close", {}, None)
            with contextlib.suppress(subprocess.TimeoutExpired):
                proc.wait(timeout=5)
        self._end()

    def kill(self) -> None:
        """Kill Chromium at once, without a word to it, and remove its profile (for a process
        that is being terminated and cannot wait for :meth:`close`)."""
        self._end()

    def _end(self) -> None:
        """Kill whatever of the browser still runs (its helpers too: it is a process group of
        its own), close the pipes and remove the profile, which nothing writes into any more."""
        proc, self._proc = self._proc, None
        if proc is not None:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(proc.pid, signal.SIGKILL)
            with contextlib.suppress(subprocess.TimeoutExpired):
                proc.wait(timeout=5)
        for fd in (self._to_browser, self._from_browser):
            if fd >= 0:
                with contextlib.suppress(OSError):
                    os.close(fd)
        self._to_browser = self._from_browser = -1
        if self._profile is not None:
            shutil.rmtree(self._profile, ignore_errors=True)
            self._profile = None

    def _failure(self, what: str, **params: object) -> BrowserError:
        try:
            assert self._profile is not None
            log = (self._profile / "chromium.log").read_text("utf-8", "replace").strip().splitlines()[-5:]
        except (OSError, AssertionError):
            log = []
        tail = ("\n  " + "\n  ".join(log)) if log else ""
        return BrowserError(_err(f"chromium.{what}", program=self.executable, **params) + tail)

    # --- protocol ------------------------------------------------------------------------------

    def _send(self, method: str, params: Message, session: str | None) -> int:
        self._next_id += 1
        message: Message = {"id": self._next_id, "method": method, "params": params}
        if session:
            message["sessionId"] = session
        data = json.dumps(message).encode("utf-8") + b"\0"
        try:
            while data:
                data = data[os.write(self._to_browser, data) :]
        except OSError:
            raise self._failure("stopped") from None
        return self._next_id

    def _receive(self, deadline: float) -> Message:
        while b"\0" not in self._buffer:
            left = deadline - time.monotonic()
            if left <= 0:
                raise self._failure("timeout", seconds=f"{self.timeout:g}")
            ready, _, _ = select.select([self._from_browser], [], [], left)
            if not ready:
                continue
            chunk = os.read(self._from_browser, 1 << 20)
            if not chunk:
                raise self._failure("stopped")
            self._buffer += chunk
        raw, self._buffer = self._buffer.split(b"\0", 1)
        message: Message = json.loads(raw)
        return message

    def _dispatch(self, message: Message) -> None:
        session = message.get("sessionId")
        if session is not None and session not in self._sessions:
            return
        self._events.append(message)
        handler = self._handlers.get((message.get("sessionId"), message["method"]))
        if handler is not None:
            handler(message.get("params", {}))

    def call(self, method: str, params: Message | None = None, session: str | None = None) -> Message:
        """Send a command and return its result (events that arrive meanwhile are kept)."""
        wanted = self._send(method, params or {}, session)
        deadline = time.monotonic() + self.timeout
        while True:
            message = self._receive(deadline)
            if message.get("id") == wanted:
                if "error" in message:
                    error = message["error"].get("message", message["error"])
                    raise self._failure("refused", method=method, error=str(error))
                result: Message = message.get("result", {})
                return result
            if "method" in message:
                self._dispatch(message)

    def post(self, method: str, params: Message, session: str | None = None) -> None:
        """Send a command without waiting for its answer (for use inside event handlers)."""
        self._send(method, params, session)

    def on(self, session: str | None, method: str, handler: Handler) -> None:
        self._handlers[(session, method)] = handler

    def forget(self, session: str) -> None:
        """Drop what was kept for a closed tab (its events and handlers), and the browser's own
        events: a browser that prints many reports must not grow with each of them."""
        self._sessions.discard(session)
        self._events = [e for e in self._events if e.get("sessionId") not in (session, None)]
        self._handlers = {key: h for key, h in self._handlers.items() if key[0] != session}

    def wait_for(self, session: str | None, method: str, *, since: int = 0) -> Message:
        """The first event ``method`` of ``session`` at or after index ``since`` (waiting if needed)."""
        deadline = time.monotonic() + self.timeout
        index = since
        while True:
            while index < len(self._events):
                event = self._events[index]
                index += 1
                if event.get("method") == method and event.get("sessionId") == session:
                    return event
            message = self._receive(deadline)
            if "method" in message:
                self._dispatch(message)

    def events(self, session: str | None, method: str | None = None) -> list[Message]:
        """Every event received so far for ``session`` (and of ``method``, when given)."""
        return [
            e
            for e in self._events
            if e.get("sessionId") == session and (method is None or e.get("method") == method)
        ]

    def new_page(self, width: int = 1000, height: int = 1400) -> Page:
        target = self.call("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = self.call("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        self._sessions.add(session)
        page = Page(self, target, session)
        for domain in ("Page", "Runtime", "Network", "Log"):
            page.call(f"{domain}.enable")
        page.call(
            "Emulation.setDeviceMetricsOverride",
            {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False},
        )
        return page


class Page:
    """One tab of a :class:`Browser`."""

    def __init__(self, browser: Browser, target: str, session: str) -> None:
        self.browser = browser
        self.target = target
        self.session = session
        self.blocked: list[str] = []
        """URLs refused by :meth:`block_network`."""

    def call(self, method: str, params: Message | None = None) -> Message:
        return self.browser.call(method, params, self.session)

    def events(self, method: str | None = None) -> list[Message]:
        return self.browser.events(self.session, method)

    def block_network(self, page: str) -> None:
        """Let the tab load the page at URL ``page`` and ``data:`` URLs only; refuse every other
        request (another local file, the network), and note it in :attr:`blocked`."""

        def decide(params: Message) -> None:
            url = str(params["request"]["url"])
            if url == page or url.startswith("data:"):
                self.browser.post("Fetch.continueRequest", {"requestId": params["requestId"]}, self.session)
            else:
                self.blocked.append(url)
                self.browser.post(
                    "Fetch.failRequest",
                    {"requestId": params["requestId"], "errorReason": "BlockedByClient"},
                    self.session,
                )

        self.browser.on(self.session, "Fetch.requestPaused", decide)
        self.call("Fetch.enable", {"patterns": [{"urlPattern": "*"}]})

    def disable_scripts(self) -> None:
        """Run no script of the page (the DevTools protocol's own calls still work)."""
        self.call("Emulation.setScriptExecutionDisabled", {"value": True})

    def open(self, url: str) -> None:
        """Navigate and wait until the page (with everything it loads) has loaded."""
        since = len(self.browser._events)
        result = self.call("Page.navigate", {"url": url})
        if result.get("errorText"):
            raise self.browser._failure("open", url=url, error=str(result["errorText"]))
        self.browser.wait_for(self.session, "Page.loadEventFired", since=since)

    def evaluate(self, expression: str) -> Any:
        """The value of a JavaScript expression in the page (run by the test harness, not the page)."""
        result = self.call("Runtime.evaluate", {"expression": expression, "returnByValue": True})
        if "exceptionDetails" in result:
            raise self.browser._failure("evaluate", error=str(result["exceptionDetails"].get("text")))
        return result["result"].get("value")

    def screenshot(self) -> bytes:
        """A PNG of the whole page."""
        data = self.call("Page.captureScreenshot", {"format": "png", "captureBeyondViewport": True})
        return base64.b64decode(data["data"])

    def pdf(self) -> bytes:
        """The page printed as PDF: paper size and margins from the page's CSS, backgrounds kept."""
        data = self.call(
            "Page.printToPDF",
            {
                "printBackground": True,
                "preferCSSPageSize": True,
                "displayHeaderFooter": False,
                "generateTaggedPDF": True,
            },
        )
        return base64.b64decode(data["data"])

    def close(self) -> None:
        self.browser.call("Target.closeTarget", {"targetId": self.target})
        self.browser.forget(self.session)


_kept: Browser | None = None
_keep = False


def keep_browser() -> None:
    """Let :func:`print_pdf` reuse one Chromium for the rest of this process.

    For a batch of PDF reports: starting Chromium costs most of a second, printing one more
    page a fraction of that. The browser starts at the first print (in the process that
    prints: a worker process, never a parent about to fork) and is shut down when the process
    ends. A browser that fails is not reused; the next print starts a new one.
    """
    global _keep
    _keep = True


def _kept_browser(timeout: float) -> Browser:
    global _kept
    if _kept is None:
        from multiprocessing.util import Finalize

        # Kept before it starts, so that a worker terminated meanwhile kills it (kill_kept).
        _kept = browser = Browser(timeout=timeout)
        try:
            browser.__enter__()
        except BaseException:
            _kept = None
            raise
        # multiprocessing's exit hook runs in the main process (atexit) and in pool workers,
        # which leave without running atexit handlers.
        Finalize(None, browser.close, exitpriority=10)
    return _kept


def kill_kept() -> None:
    """Kill the kept browser, if one runs (see :meth:`Browser.kill`)."""
    if _kept is not None:
        _kept.kill()


def _drop_kept() -> None:
    global _kept
    browser, _kept = _kept, None
    if browser is not None:
        browser.close()


def print_pdf(html: str, *, timeout: float = 60.0) -> bytes:
    """Print an HTML document to PDF with headless Chromium; nothing leaves the machine.

    Each call starts and stops its own Chromium, unless :func:`keep_browser` was called.
    """
    from kemitraan.output import uninterrupted

    folder = None
    try:
        with uninterrupted():  # known to the finally below before an interrupt can come
            folder = tempfile.mkdtemp(prefix="kemitraan-print-")
        page_file = Path(folder) / "report.html"
        page_file.write_text(html, encoding="utf-8")
        if not _keep:
            with Browser(timeout=timeout) as browser:
                return _print(browser, page_file)
        try:
            return _print(_kept_browser(timeout), page_file)
        except BrowserError:
            _drop_kept()
            raise
    finally:
        if folder is not None:
            shutil.rmtree(folder, ignore_errors=True)


def _print(browser: Browser, page_file: Path) -> bytes:
    page = browser.new_page()
    try:
        page.disable_scripts()
        page.block_network(page_file.as_uri())
        page.open(page_file.as_uri())
        pdf = page.pdf()
    except BaseException:
        with contextlib.suppress(Exception):
            page.close()
        raise
    page.close()
    return pdf
