"""Uploading a plan (.docx, .doc, .pdf, a scan, .txt): converted once, saved as the original, ingested,
searchable at once; bad files change nothing.

Runs on its own small assistant (one tiny plan in a temporary corpus and
storage), so the session index of the bundled plans is never touched and no
long ingest is paid. The files come from `tests.fixtures_docs` (python-docx,
fpdf2, LibreOffice, a drawn one-page scan).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.fixtures_docs import make_docx, make_pdf, plan_text, render_scan, soffice_convert

pytestmark = [
    pytest.mark.filterwarnings("ignore:.*no_silent_downcasting:DeprecationWarning"),
    pytest.mark.filterwarnings("ignore:The copy keyword is deprecated"),
]


@pytest.fixture(scope="module")
def small(settings_factory, tmp_path_factory):
    """An assistant over one tiny plan, in its own storage."""
    from assistant.service import Assistant

    corpus = tmp_path_factory.mktemp("small-corpus")
    (corpus / "bac-ninh-2024.txt").write_text(plan_text("Bắc Ninh", "12", "4.321", "80%"), encoding="utf-8")
    service = Assistant(settings_factory(corpus_dir=corpus))
    report = service.ingest()
    assert report.plans == 1 and not report.errors
    service.index()
    yield service
    service.close()


def state(service) -> tuple:
    """What an upload may change: the uploads dir (with OCR caches), staging folders, the plans and the chunks."""
    storage = Path(service.settings.storage_dir)
    uploads = storage / "uploads"
    files = sorted(p.name for p in uploads.iterdir()) if uploads.exists() else []
    index = service.index()
    return files, sorted(p.name for p in storage.glob(".upload-*")), sorted(index.plans), len(index.chunks)


# ---------------------------------------------------------------- the uploads module


def test_safe_names():
    from assistant.uploads import UploadError, safe_stem

    assert safe_stem("Kế hoạch 70 (bản cuối).DOCX") == "ke-hoach-70-ban-cuoi"
    assert safe_stem("Đào tạo nghề.pdf") == "dao-tao-nghe"
    with pytest.raises(UploadError):
        safe_stem("???.pdf")


def test_docx_upload_is_searchable_at_once(small, tmp_path):
    from assistant.uploads import add_plan

    source = make_docx(tmp_path / "Kế hoạch Nam Định 2024.docx", plan_text("Nam Định", "45", "7.654", "86%"))
    calls: list[tuple[int, int]] = []
    result = add_plan(small, source, progress=lambda done, total: calls.append((done, total)))
    assert result.ok, result.message
    assert result.doc == "ke-hoach-nam-dinh-2024.docx"
    assert "45/KH-UBND" in result.message and "Đã thêm" in result.message and "bản quét" not in result.message
    assert calls and calls[-1][0] == calls[-1][1]
    saved = Path(small.settings.storage_dir) / "uploads" / result.doc
    assert saved.read_bytes() == source.read_bytes()  # the original is kept; the ingest converts it
    assert small.index().plans[result.doc].province == "Nam Định"

    answer = small.ask("Kế hoạch năm 2024 của tỉnh Nam Định tuyển sinh đào tạo nghề cho bao nhiêu lao động nông thôn?")
    assert "7.654" in answer.text and not answer.refused
    assert answer.citations and answer.citations[0].doc == result.doc
    # The register is updated too.
    assert any(r.doc == result.doc for r in small.register().responsibilities(agency="Sở Lao động - Thương binh và Xã hội"))

    again = add_plan(small, source)
    assert again.ok and "Đã cập nhật" in again.message and again.report.new == 0


def test_pdf_upload_is_searchable_at_once(small, tmp_path):
    from assistant.uploads import add_plan

    source = make_pdf(tmp_path / "thai-binh.pdf", plan_text("Thái Bình", "88", "9.876", "84%"))
    result = add_plan(small, source)
    assert result.ok, result.message
    answer = small.ask("Thái Bình năm 2024 tuyển sinh đào tạo nghề cho bao nhiêu lao động nông thôn?")
    assert "9.876" in answer.text
    assert answer.citations[0].doc == "thai-binh.pdf"


def test_doc_upload_replaces_the_upload_of_another_format(small, tmp_path):
    from assistant.uploads import add_plan

    first = add_plan(small, make_docx(tmp_path / "Hà Tĩnh.docx", plan_text("Hà Tĩnh", "31", "2.345", "75%")))
    assert first.ok and first.doc == "ha-tinh.docx"
    newer = tmp_path / "newer"
    newer.mkdir()
    doc = soffice_convert(make_docx(newer / "Hà Tĩnh.docx", plan_text("Hà Tĩnh", "31", "2.468", "75%")), "doc", newer)
    result = add_plan(small, doc)
    assert result.ok, result.message
    assert result.doc == "ha-tinh.doc" and "Đã cập nhật" in result.message
    assert not (Path(small.settings.storage_dir) / "uploads" / "ha-tinh.docx").exists()
    plans = small.index().plans
    assert "ha-tinh.doc" in plans and "ha-tinh.docx" not in plans
    answer = small.ask("Hà Tĩnh năm 2024 tuyển sinh đào tạo nghề cho bao nhiêu lao động nông thôn?")
    assert "2.468" in answer.text and answer.citations[0].doc == "ha-tinh.doc"


def test_scanned_pdf_upload_is_ocrd_once_and_marked(small, tmp_path, monkeypatch):
    from assistant.uploads import add_plan
    from index import ocr

    source = tmp_path / "Quảng Ninh (bản quét).pdf"
    assert len(render_scan(source, plan_text("Quảng Ninh", "64", "6.789", "83%"))) == 1
    real, calls = ocr._ocr_page, []

    def counted(pdf, page, name):
        calls.append(page)
        return real(pdf, page, name)

    monkeypatch.setattr(ocr, "_ocr_page", counted)
    pages: list[tuple[int, int]] = []
    result = add_plan(small, source, page_progress=lambda done, total: pages.append((done, total)))
    assert result.ok, result.message
    assert calls == [0] and pages == [(1, 1)]  # read once, in staging; the ingest took the cached text
    assert "bản quét: 1 trang đã được đọc bằng OCR" in result.message
    saved = Path(small.settings.storage_dir) / "uploads" / "quang-ninh-ban-quet.pdf"
    assert result.doc == saved.name and saved.is_file() and ocr.cache_file(saved).is_file()
    assert all(c.metadata["ocr"] for c in small.index().chunks.values() if c.metadata["doc"] == result.doc)
    answer = small.ask("Quảng Ninh năm 2024 tuyển sinh đào tạo nghề cho bao nhiêu lao động nông thôn?")
    assert "6.789" in answer.text and answer.citations[0].doc == result.doc


def test_plan_without_responsibilities_gets_a_note(small, tmp_path):
    from assistant.uploads import NO_RESPONSIBILITIES, add_plan

    source = tmp_path / "chi-tieu-lang-son.md"
    source.write_text("# KẾ HOẠCH\n\nChỉ tiêu đào tạo nghề tỉnh Lạng Sơn năm 2025\n\n"
                      "1. Tuyển sinh đào tạo nghề cho 5.000 người.\n", encoding="utf-8")
    result = add_plan(small, source)
    assert result.ok and NO_RESPONSIBILITIES in result.message


@pytest.mark.parametrize(
    "name, data, max_bytes, words",
    [
        ("lon.txt", "Kế hoạch ".encode() * 400, 1000, "quá lớn"),
        ("plan.exe", b"MZ\x90\x00", 10_000, "Không nhận loại tệp"),
        ("../../evil.txt", "Kế hoạch".encode(), 10_000, "không hợp lệ"),
        ("..\\evil.txt", "Kế hoạch".encode(), 10_000, "không hợp lệ"),
        (".hidden.txt", "Kế hoạch".encode(), 10_000, "không hợp lệ"),
        ("trong.txt", b"", 10_000, "trống"),
        ("hong.pdf", b"%PDF-1.7 garbage", 10_000, "không đọc được tệp PDF"),
        ("bac-ninh-2024.docx", None, 100_000, "Đã có kế hoạch"),  # the name of a corpus plan
    ],
)
def test_bad_uploads_are_rejected_and_change_nothing(small, tmp_path, name, data, max_bytes, words):
    from assistant.uploads import add_plan

    source = tmp_path / "upload.bin"
    if data is None:
        make_docx(source, plan_text("Bắc Ninh", "13", "1.111", "70%"))
    else:
        source.write_bytes(data)
    before = state(small)
    result = add_plan(small, source, name, max_bytes=max_bytes)
    assert not result.ok
    assert words in result.message
    assert state(small) == before
    storage = Path(small.settings.storage_dir)
    assert not list(storage.parent.glob("evil*")) and not list(storage.rglob("evil*"))


@pytest.mark.parametrize("name", ["Hà Nam.docx", "Hà Giang.pdf"])  # a new plan; a replacement of Hà Giang.docx
def test_failed_ingest_is_undone(small, tmp_path, monkeypatch, name):
    from assistant.uploads import add_plan

    assert add_plan(small, make_docx(tmp_path / "Hà Giang.docx", plan_text("Hà Giang", "21", "1.357", "72%"))).ok
    before = state(small)
    real_ingest = small.ingest

    def broken(paths=None, **kwargs):
        if paths and paths[0].is_file():
            real_ingest(paths, **kwargs)  # the chunks are written, then something fails
            raise RuntimeError("disk full")
        return real_ingest(paths, **kwargs)

    monkeypatch.setattr(small, "ingest", broken)
    make = make_pdf if name.endswith(".pdf") else make_docx
    source = make(tmp_path / name, plan_text("Hà Nam", "77", "3.210", "81%"))
    result = add_plan(small, source)
    monkeypatch.undo()
    assert not result.ok and "chỉ mục không thay đổi" in result.message
    assert state(small) == before
    assert "1.357" in small.ask("Hà Giang năm 2024 tuyển sinh đào tạo nghề cho bao nhiêu lao động nông thôn?").text


# ---------------------------------------------------------------- through the UI


def test_upload_through_the_ui(small, tmp_path):
    gradio_client = pytest.importorskip("gradio_client")
    from assistant.ui import start

    app, url = start(small, settings=small.settings.model_copy(update={"ui_max_upload_mb": 1}))
    try:
        client = gradio_client.Client(url, verbose=False)
        source = make_docx(tmp_path / "Vĩnh Phúc.docx", plan_text("Vĩnh Phúc", "56", "5.432", "88%"))
        status, table, *_ = client.predict(gradio_client.handle_file(str(source)), api_name="/upload_plan")
        assert status.startswith("✅") and "56/KH-UBND" in status
        assert any("56/KH-UBND" in str(row[0]) for row in table["data"])

        messages = client.predict("Vĩnh Phúc năm 2024 tuyển sinh đào tạo nghề cho bao nhiêu lao động nông thôn?",
                                  api_name="/chat")
        assert "5.432" in messages[0]["content"]
        assert "56/KH-UBND" in messages[1]["content"] and messages[1]["metadata"]["title"].startswith("Nguồn")

        before = state(small)
        bad = tmp_path / "hong.pdf"
        bad.write_bytes(b"%PDF-1.4 nothing here")
        status, *_ = client.predict(gradio_client.handle_file(str(bad)), api_name="/upload_plan")
        assert status.startswith("❌") and "PDF" in status
        big = tmp_path / "lon.txt"
        big.write_bytes("Kế hoạch ".encode() * 150_000)  # ~1.6 MB > 1 MB
        status, *_ = client.predict(gradio_client.handle_file(str(big)), api_name="/upload_plan")
        assert status.startswith("❌") and "quá lớn" in status
        assert state(small) == before
    finally:
        app.close()
