"""Uploading a plan (.docx, .pdf, .txt): converted, ingested, searchable at once; bad files change nothing.

Runs on its own small assistant (one tiny plan in a temporary corpus and
storage), so the session index of the bundled plans is never touched and no
long ingest is paid. The .docx is written with python-docx and the .pdf with
fpdf2, using the DejaVu Sans font that matplotlib ships (full Vietnamese).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from index.converters import to_text
from index.documents import DocumentError

pytestmark = [
    pytest.mark.filterwarnings("ignore:.*no_silent_downcasting:DeprecationWarning"),
    pytest.mark.filterwarnings("ignore:The copy keyword is deprecated"),
]

PLAN = """ỦY BAN NHÂN DÂN
TỈNH {PROVINCE_UPPER}

Số: {number}/KH-UBND

{province}, ngày 10 tháng 4 năm 2024

KẾ HOẠCH

Đào tạo nghề cho lao động nông thôn tỉnh {province} năm 2024

I. MỤC TIÊU

1. Tuyển sinh đào tạo nghề cho {count} lao động nông thôn trong năm 2024.

2. Tỷ lệ người học có việc làm sau đào tạo đạt {rate}.

II. TỔ CHỨC THỰC HIỆN

1. Sở Lao động - Thương binh và Xã hội chủ trì, phối hợp với các sở, ngành triển khai Kế hoạch; báo cáo UBND tỉnh trước ngày 15/12/2024.
"""


def plan_text(province: str, number: str, count: str, rate: str) -> str:
    return PLAN.format(PROVINCE_UPPER=province.upper(), province=province, number=number, count=count, rate=rate)


def make_docx(path: Path, text: str) -> Path:
    import docx

    document = docx.Document()
    for paragraph in text.split("\n\n"):
        document.add_paragraph(paragraph)
    document.save(str(path))
    return path


def make_pdf(path: Path, text: str) -> Path:
    import matplotlib
    from fpdf import FPDF

    font = Path(matplotlib.__file__).parent / "mpl-data" / "fonts" / "ttf" / "DejaVuSans.ttf"
    pdf = FPDF()
    pdf.add_page()
    pdf.add_font("DejaVu", fname=str(font))
    pdf.set_font("DejaVu", size=11)
    pdf.multi_cell(0, 6, text)
    pdf.output(str(path))
    return path


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
    """What an upload may change: the uploads dir, the plans and the chunks."""
    folder = Path(service.settings.storage_dir) / "uploads"
    files = sorted(p.name for p in folder.iterdir()) if folder.exists() else []
    index = service.index()
    return files, sorted(index.plans), len(index.chunks)


# ---------------------------------------------------------------- converters


def test_converters_read_docx_pdf_and_text(tmp_path):
    text = plan_text("Nam Định", "45", "7.654", "86%")
    for path in (make_docx(tmp_path / "a.docx", text), make_pdf(tmp_path / "a.pdf", text)):
        out = to_text(path)
        assert "Số: 45/KH-UBND" in out and "7.654 lao động nông thôn" in out and "Sở Lao động - Thương binh" in out
    (tmp_path / "a.md").write_text("\ufeff# Kế hoạch\r\n\r\n\r\n\r\nNội dung", encoding="utf-8")
    assert to_text(tmp_path / "a.md") == "# Kế hoạch\n\nNội dung\n"


@pytest.mark.parametrize(
    "name, data, words",
    [
        ("hong.pdf", b"%PDF-1.4 this is not really a pdf", "PDF"),
        ("hong.docx", b"PK\x03\x04 not a zip", ".docx"),
        ("latin1.txt", "Kế hoạch".encode("cp1258", errors="replace") + b"\xff\xfe", "UTF-8"),
        ("anh.png", b"\x89PNG\r\n", "không hỗ trợ"),
    ],
)
def test_converters_explain_bad_files_in_vietnamese(tmp_path, name, data, words):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(DocumentError) as caught:
        to_text(path)
    assert name in str(caught.value) and words in str(caught.value)


def test_image_only_pdf_is_explained(tmp_path):
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.rect(10, 10, 50, 50)
    pdf.output(str(tmp_path / "scan.pdf"))
    with pytest.raises(DocumentError, match="bản scan"):
        to_text(tmp_path / "scan.pdf")


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
    assert result.doc == "ke-hoach-nam-dinh-2024.txt"
    assert "45/KH-UBND" in result.message and "Đã thêm" in result.message
    assert calls and calls[-1][0] == calls[-1][1]
    saved = Path(small.settings.storage_dir) / "uploads" / result.doc
    assert saved.read_text(encoding="utf-8").startswith("ỦY BAN NHÂN DÂN")
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
    assert answer.citations[0].doc == "thai-binh.txt"


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


def test_failed_ingest_is_undone(small, tmp_path, monkeypatch):
    from assistant.uploads import add_plan

    before = state(small)
    real_ingest = small.ingest

    def broken(paths=None, **kwargs):
        if paths and paths[0].suffix == ".txt" and paths[0].is_file():
            real_ingest(paths, **kwargs)  # the chunks are written, then something fails
            raise RuntimeError("disk full")
        return real_ingest(paths, **kwargs)

    monkeypatch.setattr(small, "ingest", broken)
    source = make_docx(tmp_path / "ha-nam.docx", plan_text("Hà Nam", "77", "3.210", "81%"))
    result = add_plan(small, source)
    monkeypatch.undo()
    assert not result.ok and "chỉ mục không thay đổi" in result.message
    assert state(small) == before


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
