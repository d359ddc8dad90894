"""The UI in a real browser: Debian's chromium driven by Playwright, headless.

A person opens the page, types a question, sees the answer and opens its
sources (the quote marked), then switches to "Trách nhiệm" and filters the
table. Screenshots are saved as test artefacts under $GDNN_ARTIFACTS_DIR
(default tests/artifacts/) so a reviewer can look at what a user sees.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")

pytestmark = [
    pytest.mark.skipif(
        not CHROMIUM.exists(), reason="/usr/bin/chromium is missing: install it with `apt-get install -y chromium`"
    ),
    pytest.mark.filterwarnings("ignore:.*no_silent_downcasting:DeprecationWarning"),
    pytest.mark.filterwarnings("ignore:The copy keyword is deprecated"),
]

sync_api = pytest.importorskip("playwright.sync_api")

QUESTION = "Theo Kế hoạch 70/KH-UBND năm 2023 của Hà Nội, các sở, ngành phải gửi báo cáo 6 tháng đầu năm trước ngày nào?"


def artifacts_dir() -> Path:
    folder = Path(os.environ.get("GDNN_ARTIFACTS_DIR") or Path(__file__).parent / "artifacts")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture(scope="module")
def url(ui_url):
    return ui_url


@pytest.fixture()
def page(url):
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=str(CHROMIUM),
            headless=True,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-dev-shm-usage"],
        )
        try:
            context = browser.new_context(viewport={"width": 1280, "height": 1100}, locale="vi-VN")
            page = context.new_page()
            page.set_default_timeout(60_000)
            page.goto(url)
            yield page
        finally:
            browser.close()


def test_ask_then_filter_responsibilities_in_a_browser(assistant, page):
    from assistant.ui import register_rows
    from tests.plans import HANOI_2023

    expect = sync_api.expect
    out = artifacts_dir()

    # Chat: type a question, get the answer with its sources.
    question = page.locator("#question textarea")
    question.fill(QUESTION)
    question.press("Enter")
    chat = page.locator("#chatbot")
    expect(chat).to_contain_text("15/6/2023", timeout=120_000)
    expect(chat).to_contain_text("Kế hoạch 70/KH-UBND")
    expect(question).to_be_editable()  # the turn is over: the chat is not redrawn under the click
    sources = chat.get_by_text("Nguồn trích dẫn (1)")
    expect(sources).to_be_visible()
    mark = chat.locator("mark").first
    for _ in range(3):  # the block starts collapsed; the chat may still redraw once under the first click
        sources.click()
        page.wait_for_timeout(800)
        if mark.is_visible():
            break
    expect(mark).to_be_visible()
    expect(mark).to_contain_text("15/6/2023")
    page.screenshot(path=str(out / "ui-chat.png"), full_page=True)

    # Register: switch to "Trách nhiệm", filter by plan and words.
    page.get_by_role("tab", name="Trách nhiệm").click()
    count = page.locator("#responsibilities-count")
    expect(count).to_contain_text(f"{len(register_rows(assistant, 'responsibilities'))} dòng")
    search = page.locator("#responsibilities-search").locator("input, textarea").first
    search.fill("kinh phí")
    wanted = register_rows(assistant, "responsibilities", text="kinh phí")
    assert 0 < len(wanted) < len(register_rows(assistant, "responsibilities"))
    expect(count).to_contain_text(f"{len(wanted)} dòng")
    table = page.locator("#responsibilities-table")
    expect(table).to_contain_text(wanted[0].agency)

    plan = page.locator("#responsibilities-plan").locator("input").first
    plan.click()
    label = assistant.index().plans[HANOI_2023].label
    page.get_by_role("option", name=label).click()
    narrowed = register_rows(assistant, "responsibilities", plan=HANOI_2023, text="kinh phí")
    expect(count).to_contain_text(f"{len(narrowed)} dòng")
    expect(page.locator("#responsibilities-csv")).to_be_visible()
    page.screenshot(path=str(out / "ui-register.png"), full_page=True)
    assert (out / "ui-chat.png").stat().st_size > 10_000
