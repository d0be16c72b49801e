"""A report template written by someone else, printed by a real Chromium: no script runs, no local
file shows, nothing leaves the machine (not even a WebRTC packet), and the page keeps its policy.

Each layer is tested on its own: the printing tab (scripts off, only the report itself and
``data:`` may load), the browser's flags (no UDP from WebRTC even where a script runs), and the
Content-Security-Policy put first into a user's HTML report (which holds wherever it is opened).
"""

from __future__ import annotations

import base64
import contextlib
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from kemitraan.render.chromium import Browser, Page, print_pdf
from kemitraan.render.html import CSP_META
from tests.conftest import EXAMPLES, run
from tests.render.test_browser import CHROMIUM, MISSING, pdf_text, requests

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason=MISSING)

BENAN = EXAMPLES / "benan.yaml"
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="
)


@pytest.fixture
def secrets(tmp_path: Path) -> dict[str, Path]:
    """Files of the machine a hostile report would like to show."""
    folder = tmp_path / "private"
    folder.mkdir()
    text = folder / "secret.txt"
    text.write_text("SECRET-TEXT-0451")
    page = folder / "secret.html"
    page.write_text("<!DOCTYPE html><p>SECRET-PAGE-0452</p>")
    image = folder / "secret.png"
    image.write_bytes(PNG)
    css = folder / "secret.css"
    css.write_text("body::after { content: 'SECRET-CSS-0453'; }")
    return {"text": text, "page": page, "image": image, "css": css}


def hostile_body(secrets: dict[str, Path]) -> str:
    return (
        "<p>REPORT-BODY</p>"
        "<script>document.body.insertAdjacentHTML('beforeend', '<p>SCRIPT-RAN</p>')</script>"
        f'<iframe src="{secrets["text"].as_uri()}"></iframe>'
        f'<iframe src="{secrets["page"].as_uri()}"></iframe>'
        f'<object data="{secrets["page"].as_uri()}"></object>'
        f'<embed src="{secrets["text"].as_uri()}">'
        f'<img src="{secrets["image"].as_uri()}">'
        f'<link rel="stylesheet" href="{secrets["css"].as_uri()}">'
        '<img src="https://example.invalid/beacon.png">'
    )


def test_the_printing_tab_runs_no_script_and_loads_nothing_but_the_report(
    secrets: dict[str, Path],
) -> None:
    """Without any policy in the page: the tab itself refuses (scripts off, requests refused)."""
    html = f"<!DOCTYPE html><html><body>{hostile_body(secrets)}</body></html>"
    text = pdf_text(print_pdf(html))
    assert "REPORT-BODY" in text
    for word in ("SCRIPT-RAN", "SECRET-TEXT", "SECRET-PAGE", "SECRET-CSS"):
        assert word not in text


def test_the_printing_tab_refuses_every_request_but_the_report(
    secrets: dict[str, Path], tmp_path: Path
) -> None:
    report = tmp_path / "report.html"
    report.write_text(f"<!DOCTYPE html><html><body>{hostile_body(secrets)}</body></html>")
    with Browser(timeout=60) as browser:
        page = browser.new_page()
        page.disable_scripts()
        page.block_network(report.as_uri())
        page.open(report.as_uri())
        page.pdf()
        assert set(page.blocked) == {
            secrets["text"].as_uri(),
            secrets["page"].as_uri(),
            secrets["image"].as_uri(),
            secrets["css"].as_uri(),
            "https://example.invalid/beacon.png",
        }
        assert page.evaluate("document.body.innerText").count("SCRIPT-RAN") == 0


def test_a_custom_template_printed_to_pdf_shows_nothing_of_the_machine(
    secrets: dict[str, Path], tmp_path: Path
) -> None:
    mine = tmp_path / "mine.html.j2"
    mine.write_text("<!DOCTYPE html><html><body><h1>{{ a.input.title }}</h1>" + hostile_body(secrets))
    out = tmp_path / "r.pdf"
    r = run("assess", BENAN, "-t", mine, "-f", "pdf", "-o", out)
    assert r.code == 0, r.err
    text = pdf_text(out.read_bytes())
    assert "Kemitraan P2TP2A" in text and "REPORT-BODY" in text
    for word in ("SCRIPT-RAN", "SECRET-TEXT", "SECRET-PAGE", "SECRET-CSS"):
        assert word not in text


@pytest.fixture
def page() -> Iterator[Page]:
    """A tab as a person's browser has it: scripts on, nothing refused by the tab itself."""
    with Browser(timeout=60) as browser:
        tab = browser.new_page()
        yield tab
        tab.close()


@pytest.mark.parametrize("template", ["own", "extends the bundled one"])
def test_a_custom_html_report_keeps_the_content_security_policy(
    secrets: dict[str, Path], tmp_path: Path, page: Page, template: str
) -> None:
    """The HTML file a user's template writes, opened in an ordinary tab, runs and loads nothing."""
    mine = tmp_path / "mine.html.j2"
    if template == "own":
        mine.write_text("<!DOCTYPE html><html><head></head><body>" + hostile_body(secrets) + "</body></html>")
    else:
        mine.write_text("{% include 'bundled/report.html.j2' %}" + hostile_body(secrets))
    out = tmp_path / "r.html"
    r = run("assess", BENAN, "-t", mine, "-f", "html", "-o", out)
    assert r.code == 0, r.err
    html = out.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>" + ("" if template == "own" else "\n") + CSP_META + "\n")
    page.open(out.as_uri())
    body = page.evaluate("document.body.innerText")
    assert "REPORT-BODY" in body and "SCRIPT-RAN" not in body
    assert page.evaluate("document.querySelectorAll('iframe, object, embed').length") >= 3
    loaded = [e["params"]["response"]["url"] for e in page.events("Network.responseReceived")]
    assert [url for url in loaded if not url.startswith("data:")] == [out.as_uri()]
    assert len(requests(page)) > 1  # the page asked: the policy refused


def udp_listener() -> tuple[socket.socket, list[bytes], threading.Thread]:
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind(("127.0.0.1", 0))
    sock.settimeout(0.2)
    received: list[bytes] = []

    def listen() -> None:
        end = time.monotonic() + 6
        while time.monotonic() < end:
            with contextlib.suppress(TimeoutError):
                received.append(sock.recvfrom(2048)[0])

    thread = threading.Thread(target=listen)
    thread.start()
    return sock, received, thread


def webrtc_page(folder: Path, port: int) -> Path:
    """A page whose script asks a STUN server on this machine for its address (UDP)."""
    path = folder / "rtc.html"
    path.write_text(
        "<!DOCTYPE html><html><body><p id=x>rtc</p><script>"
        f"const pc = new RTCPeerConnection({{iceServers: [{{urls: 'stun:127.0.0.1:{port}'}}]}});"
        "pc.createDataChannel('x');"
        "pc.onicecandidate = e => { document.getElementById('x').textContent += ' candidate'; };"
        "pc.createOffer().then(o => pc.setLocalDescription(o));"
        "</script></body></html>"
    )
    return path


def test_no_webrtc_packet_leaves_the_browser_even_where_a_script_runs(tmp_path: Path, page: Page) -> None:
    sock, received, thread = udp_listener()
    try:
        path = webrtc_page(tmp_path, sock.getsockname()[1])
        page.open(path.as_uri())
        time.sleep(3)
        assert page.evaluate("document.getElementById('x').textContent").startswith("rtc")
        thread.join()
    finally:
        sock.close()
    assert received == []


def test_printing_a_webrtc_page_sends_nothing(tmp_path: Path) -> None:
    sock, received, thread = udp_listener()
    try:
        html = webrtc_page(tmp_path, sock.getsockname()[1]).read_text()
        assert print_pdf(html).startswith(b"%PDF-")
        thread.join()
    finally:
        sock.close()
    assert received == []
