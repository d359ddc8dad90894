"""Reading plan files: listing, decoding and per-file errors that name the file."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from index.documents import (
    SUPPORTED_SUFFIXES,
    DocumentError,
    PlanFile,
    decode_plan,
    list_plan_files,
    read_plan,
)

PLANS = Path(__file__).resolve().parent.parent / "data" / "plans"


def test_every_supported_suffix_has_a_reader_and_unknown_ones_are_refused_by_name(tmp_path):
    """Each suffix the corpus folder lists goes to a converter (an empty file of it fails with its own reason, never
    "không hỗ trợ"; an empty text file is read as empty, which the ingest reports); one not listed is refused with
    the list."""
    from index.converters import convert

    assert len(set(SUPPORTED_SUFFIXES)) == len(SUPPORTED_SUFFIXES)
    for suffix in (s for s in SUPPORTED_SUFFIXES if s not in (".txt", ".md")):
        empty = tmp_path / f"trong{suffix}"
        empty.write_bytes(b"")
        with pytest.raises(DocumentError) as failed:
            convert(empty)
        assert "không hỗ trợ loại tệp" not in str(failed.value) and f"trong{suffix}" in str(failed.value), suffix
    (tmp_path / "bang.numbers").write_bytes(b"")
    with pytest.raises(DocumentError, match="không hỗ trợ loại tệp '.numbers'"):
        convert(tmp_path / "bang.numbers")


def test_directory_lists_every_plan_and_reports_the_rest_by_name(tmp_path):
    for name in ["b.txt", "a.md", "c.pdf", "d.docx", "e.doc", "g.odt", "h.rtf", "i.html", "j.HTM", "notes.TXT",
                 "f.txt.bak", "bang.numbers", "README"]:
        (tmp_path / name).write_text("Kế hoạch", encoding="utf-8")
    # Not plans by construction: hidden files (our OCR caches), Word lock files, metadata sidecars.
    for name in [".c.pdf.ocr.json", ".DS_Store", "~$d.docx", "b.txt.meta.json"]:
        (tmp_path / name).write_text("{}", encoding="utf-8")
    (tmp_path / ".hidden-dir").mkdir()
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "nested.txt").write_text("x", encoding="utf-8")
    files, errors = list_plan_files([tmp_path])
    assert [p.name for p in files] == ["a.md", "b.txt", "c.pdf", "d.docx", "e.doc", "g.odt", "h.rtf", "i.html", "j.HTM",
                                       "notes.TXT"]
    ALL = ", ".join(SUPPORTED_SUFFIXES)  # noqa: N806 - the message's list, once
    assert errors == [
        f"{tmp_path / 'README'}: không hỗ trợ loại tệp '(không có đuôi)' (chỉ nhận {ALL})",
        f"{tmp_path / 'bang.numbers'}: không hỗ trợ loại tệp '.numbers' (chỉ nhận {ALL})",
        f"{tmp_path / 'f.txt.bak'}: không hỗ trợ loại tệp '.bak' (chỉ nhận {ALL})",
        f"{tmp_path / 'sub'}: là thư mục con nên không được đọc; hãy nạp riêng thư mục này",
    ]


def test_real_corpus_directory():
    files, errors = list_plan_files([PLANS])
    assert errors == []
    assert len(files) == 5
    assert files == sorted(files)
    assert all(p.suffix == ".txt" for p in files)


def test_explicit_files_and_errors(tmp_path):
    good = tmp_path / "ke-hoach.md"
    good.write_text("# KẾ HOẠCH", encoding="utf-8")
    pdf = tmp_path / "ke-hoach.pdf"
    pdf.write_bytes(b"%PDF-1.4")
    sheet = tmp_path / "ke-hoach.numbers"
    sheet.write_bytes(b"PK")
    missing = tmp_path / "khong-co.txt"
    files, errors = list_plan_files([good, pdf, sheet, missing])
    assert files == [good, pdf]
    assert len(errors) == 2
    assert errors[0].startswith(str(sheet))
    assert "không hỗ trợ loại tệp '.numbers'" in errors[0]
    assert ".pdf" in errors[0] and ".doc" in errors[0]
    assert errors[1] == f"{missing}: không có tệp hoặc thư mục này"


def test_files_and_directories_mixed(tmp_path):
    d = tmp_path / "plans"
    d.mkdir()
    (d / "x.txt").write_text("x", encoding="utf-8")
    single = tmp_path / "y.txt"
    single.write_text("y", encoding="utf-8")
    files, errors = list_plan_files([single, d])
    assert files == [single, d / "x.txt"]
    assert errors == []
    assert list_plan_files([]) == ([], [])


# ---------------------------------------------------------------- decoding


def test_decode_utf8_and_bom():
    path = Path("ke-hoach.txt")
    assert decode_plan(path, "Sở Tài chính".encode("utf-8")) == "Sở Tài chính"
    assert decode_plan(path, b"\xef\xbb\xbf" + "KẾ HOẠCH".encode("utf-8")) == "KẾ HOẠCH"
    assert decode_plan(path, b"") == ""


def _windows_1258(text: str) -> bytes:
    """``text`` as Windows-1258 writes it: letters of its own, tone marks apart ("ế" = "ê" + U+0301)."""
    tones = "\u0300\u0301\u0303\u0309\u0323"
    out = b""
    for char in unicodedata.normalize("NFC", text):
        try:
            out += char.encode("cp1258")
        except UnicodeEncodeError:
            parts = unicodedata.normalize("NFD", char)
            base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in tones))
            out += base.encode("cp1258") + "".join(c for c in parts if c in tones).encode("cp1258")
    return out


def test_a_notepad_file_in_windows_1258_or_utf16_is_read(tmp_path):
    """Notepad saves Vietnamese as "ANSI" (Windows-1258) or "Unicode" (UTF-16 with its byte-order mark)."""
    text = "KẾ HOẠCH\nĐào tạo nghề cho lao động nông thôn năm 2026; Sở Nội vụ chủ trì, Hội Phụ nữ phối hợp."
    ansi = tmp_path / "ke-hoach-ansi.txt"
    ansi.write_bytes(_windows_1258(text))
    assert b"\xcc" in ansi.read_bytes()  # "ề" written as "ê" and its mark apart
    assert read_plan(ansi).text == text
    unicode = tmp_path / "ke-hoach-unicode.txt"
    unicode.write_bytes(text.encode("utf-16"))
    assert read_plan(unicode).text == text


def test_non_utf8_file_names_the_file(tmp_path):
    path = tmp_path / "latin-1.txt"
    path.write_bytes(b"\xe9t\xe9 \xe0 Paris")  # a Western code page: no letter of Vietnamese's own
    with pytest.raises(DocumentError) as info:
        read_plan(path)
    message = str(info.value)
    assert message.startswith(str(path))
    assert "không phải văn bản UTF-8" in message
    assert "(byte 0)" in message
    assert isinstance(info.value, ValueError)


def test_non_utf8_byte_position_reported(tmp_path):
    path = tmp_path / "latin.txt"
    prefix = "Kế hoạch ".encode("utf-8")
    assert len(prefix) == 13
    data = prefix + b"\xe9t\xe9"
    with pytest.raises(DocumentError, match=r"\(byte 13\)"):
        decode_plan(path, data)


def test_binary_file_with_nul_is_rejected(tmp_path):
    path = tmp_path / "plan.txt"
    path.write_bytes(b"PK\x03\x04\x00\x00binary zip content")
    with pytest.raises(DocumentError) as info:
        read_plan(path)
    assert str(info.value) == f"{path}: tệp nhị phân, không phải văn bản kế hoạch"


def test_utf16_without_its_byte_order_mark_is_reported_as_binary(tmp_path):
    path = tmp_path / "utf16.txt"
    path.write_bytes("KẾ HOẠCH".encode("utf-16-le"))
    with pytest.raises(DocumentError, match="tệp nhị phân"):
        read_plan(path)


def test_nul_after_first_8k_is_decoded_as_text():
    data = b"a" * 9000 + b"\x00"
    assert decode_plan(Path("x.txt"), data).endswith("\x00")


def test_read_plan_missing_directory_and_unsupported(tmp_path):
    with pytest.raises(DocumentError) as info:
        read_plan(tmp_path / "none.txt")
    assert str(info.value).startswith(str(tmp_path / "none.txt") + ": không đọc được tệp (")
    (tmp_path / "folder.pdf").mkdir()
    with pytest.raises(DocumentError, match="không đọc được"):
        read_plan(tmp_path / "folder.pdf")
    with pytest.raises(DocumentError, match="không hỗ trợ loại tệp '.numbers'"):
        read_plan(tmp_path / "bang.numbers")


def test_read_plan_real_file():
    path = PLANS / "hanoi-2023-kh70-giao-duc-nghe-nghiep.txt"
    plan = read_plan(path)
    assert isinstance(plan, PlanFile)
    assert plan.doc == "hanoi-2023-kh70-giao-duc-nghe-nghiep.txt"
    assert plan.path == path
    assert "Số: 70 /KH-UBND" in plan.text
    assert plan.text == path.read_text(encoding="utf-8-sig")  # plain text is taken as it is
    assert not plan.ocr


def test_every_real_plan_reads():
    files, _ = list_plan_files([PLANS])
    for path in files:
        plan = read_plan(path)
        assert plan.text.strip()
        assert "\x00" not in plan.text
