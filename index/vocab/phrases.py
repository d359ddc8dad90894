"""Preamble, closing and signature formulas of Vietnamese administrative texts.

Raw-text patterns (diacritics kept), matched at the start of a paragraph.
"""

from __future__ import annotations

import re

from index.vocab.markers import UPPER

# Legal bases: "Căn cứ Luật Giáo dục nghề nghiệp …", "Thực hiện Quyết định số …", also listed as bullets ("- Căn cứ
# Thông tư số 05/2021/TT-BLĐTBXH …").
LEGAL_BASIS = re.compile(r"^(?:[-–•+]\s*)?(Căn cứ|Thực hiện)\b")
# A basis that cites a document ("Căn cứ Quyết định số 27/QĐ-CĐN …", "Căn cứ Luật …"), not one that states facts
# ("Căn cứ kết quả tuyển sinh năm 2025 (tuyển mới 1.650 người)"): it answers only what the plan implements.
_DOCUMENT_KINDS = (r"(?:Hiến pháp|Bộ luật|Luật|Pháp lệnh|Nghị định|Nghị quyết|Quyết định|Thông tư|Chỉ thị|Kế hoạch"
                   r"|Chương trình|Công văn|Hướng dẫn|Kết luận|Thông báo|Văn bản|Điều lệ)\b")
# … one named or numbered, not "Căn cứ Kế hoạch, xây dựng kế hoạch triển khai …" (this plan, an instruction)
CITED_BASIS = re.compile(rf"^[-–•+]?\s*Căn cứ\s+(?:vào\s+)?(?:các\s+)?{_DOCUMENT_KINDS}(?=\s+(?:số\b|\d|[{UPPER}]))")
# The later documents of a basis listed in one paragraph ("Căn cứ Kế hoạch số 318/KH-UBND …; Hướng dẫn số
# 47-HD/TWĐTN … của Ban Bí thư Trung ương Đoàn …"): in the basis part, a clause opening with a document's kind cites it.
CITED_DOCUMENT = re.compile(rf"^[-–•+]?\s*(?:Căn cứ\s+(?:vào\s+)?)?(?:các\s+)?{_DOCUMENT_KINDS}")
# Paragraphs that open the preamble (or the body) and therefore end a title:
# "Căn cứ …", "Theo đề nghị …", "Để …", "Nhằm …", "Trên cơ sở …".
PREAMBLE_OPENER = re.compile(r"^(?:Căn cứ|Thực hiện|Theo|Để|Nhằm|Trên cơ sở|Triển khai thực hiện)\b")
# A box's or card's field, its label and colon before its value: "Phối hợp: Sở Nội vụ", "Nguồn: Kế hoạch số
# 38/KH-UBND", "Thiết kế: …"; the partners field gives a body's tasks their partners (``PARTNERS_FIELD``).
_BOX_FIELD = r"(?:Phối hợp|Chủ trì|Thời hạn|Nguồn|Thiết kế|Ngày đăng)\s*:\s*\S"
PARTNERS_FIELD = re.compile(r"^Phối hợp\s*:\s*\S")
# Capitalised openers of a new paragraph; never the continuation of a wrapped sentence. A box's field is one too.
PARAGRAPH_OPENER = re.compile(rf"^(?:Căn cứ|Thực hiện|Trên đây|Nơi nhận)\b|^{_BOX_FIELD}")

# The recipients' label: a scan reads the signer's column beside it on its line ("Nơi nhận: KT. GIÁM ĐỐC").
RECIPIENTS_LABEL = re.compile(r"^\s*Nơi nhận\s*:?\s*")
# An agreement's signature column heads one party: "ĐẠI DIỆN BÊN A", "Đại diện Bên B" (group party: the letter).
PARTY_COLUMN = re.compile(r"(?:ĐẠI DIỆN|Đại diện)\s+(?:BÊN|Bên)\s+(?P<party>[A-ZĐ])\b")
_PARTY_COLUMN_CAPS = r"ĐẠI DIỆN BÊN [A-ZĐ]\b"  # as a signature block's own line writes it
# The signature block: "Nơi nhận:", "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", a bare "GIÁM ĐỐC", or a title with
# its body in capitals, as each body of a joint plan signs: "GIÁM ĐỐC SỞ NỘI VỤ", "CHỦ TỊCH HỘI LIÊN HIỆP PHỤ NỮ"
# (not a decision's enacting "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH X"); an agreement's columns, one a party: "ĐẠI DIỆN BÊN A",
# alone or a row of the signature table ("| ĐẠI DIỆN BÊN A | ĐẠI DIỆN BÊN B |").
SIGNATURE_START = re.compile(
    rf"^(Nơi nhận\s*:?|TM\.\s|KT\.\s|[TK]/[MT]\s|(?:\|\s*)?{_PARTY_COLUMN_CAPS}"
    r"|(GIÁM ĐỐC|CHỦ TỊCH|PHÓ CHỦ TỊCH|(?:PHÓ )?BÍ THƯ(?: THƯỜNG TRỰC)?"
    rf"|TRƯỞNG BAN)(?!\s+(?:ỦY|UỶ|HỘI)\s+(?:BAN|ĐỒNG)\s+NHÂN\s+DÂN)(?:\s+[{UPPER}][{UPPER}&.,-]*)*\s*$)"
)
# The closing formula ("Trên đây là Kế hoạch …", a letter's "Nhận được Công văn này, …", a notice's "Văn phòng
# UBND tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện") or the signature block.
CLOSING_START = re.compile(
    rf"^Trên đây là\b|^Nhận được (?:Công văn|văn bản) này\b|^[^.;:]{{0,60}}\bthông báo để\b[^.;:]{{0,60}}\bbiết\b"
    rf"|{SIGNATURE_START.pattern}"
)
# Lines of a signature block, also in abbreviations: "T.M.", "K.T.", "TUQ.", "TL.", "Q. GIÁM ĐỐC".
SIGNATURE_LINE = re.compile(
    r"^(?:T\.?M\.|K\.?T\.|TUQ\.|T\.?L\.|Q\.\s|[TK]/[MTL]\s|CHỦ TỊCH|PHÓ CHỦ TỊCH|GIÁM ĐỐC|PHÓ GIÁM ĐỐC"
    rf"|(?:PHÓ )?BÍ THƯ|[Nn]ơi nhận|{_PARTY_COLUMN_CAPS})"
)
# A signature's title ending a line of the list beside it, as OCR reads the two columns of a scan's last page
# across ("Nơi nhận: … KT. GIÁM ĐỐC", "- UBND tỉnh (để b/c); KT, GIÁM ĐỐC"; "KT." read with a comma): the signature
# block starts on that line.
SIGNATURE_TITLE_END = re.compile(r"(?:\b(?:K\.?T|T\.?M|TUQ|T\.?L)[.,]\s*)(?:PHÓ\s+)?(?:GIÁM ĐỐC|CHỦ TỊCH|BÍ THƯ)\s*$")
# "(đã ký)", "(Ký, đóng dấu)", "(ký và ghi rõ họ tên)": not part of the signer's name.
SIGNED_NOTE = re.compile(r"\(?\s*(?:đã ký|ký(?:,| và)? (?:đóng dấu|ghi rõ họ tên)[^)]*)\s*\)?", re.IGNORECASE)

# The national motto of every header: not a title, not a place.
MOTTO = re.compile(
    r"CỘNG\s+HÒA\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM|ĐỘC\s+LẬP\s*-\s*TỰ\s+DO\s*-\s*HẠNH\s+PHÚC"
    r"|ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM"  # a party document's
)
# A line opening the motto, however a two-column header was read into lines ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA" beside
# "ỦY BAN NHÂN DÂN", "VIỆT NAM" on the next): another document's header starts there.
MOTTO_OPENING = re.compile(r"^\W*(?:CỘNG\s+HÒA\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA|ĐỘC\s+LẬP\s*-\s*TỰ\s+DO)\b")

# What a legal-document web site prints after the document, on a page saved, printed or pasted from it: the list of
# related documents ("Văn bản liên quan", "Tin liên quan", "Văn bản cùng lĩnh vực"), the download links ("Tải về:",
# "Tải văn bản Word"), keywords, comments, the copyright line. From the first of these after the document's
# signature to the end, nothing is the document: "Kế hoạch 204/KH-UBND năm 2025 …" listed there is another plan.
SITE_TAIL = re.compile(
    r"^(?:(?:Văn bản liên quan|Văn bản cùng lĩnh vực|Văn bản cùng chủ đề|Tin liên quan|Bài viết liên quan|Các tin khác"
    r"|Tin khác|Bình luận|Ý kiến bạn đọc|Gửi ý kiến)\s*(?:\(\d+\))?\s*:?\s*$"  # a box's title, alone on its line
    r"|Tải về\s*(?::|$)|Tải văn bản|Từ khóa\s*:|Bản quyền thuộc"  # not "Tải về ứng dụng …"
    r"|(?:Copyright\s*)?©\s*(?:\d{4}|Bản quyền))", re.IGNORECASE  # "© 2026 …", not an OCR'd "©) Đối với …" (c))
)
# A site's advertisement line, wherever it stands ("Quảng cáo", "Quảng cáo: Khóa học …"): never the document's.
SITE_ADVERT = re.compile(r"^Quảng cáo\b\s*(?::|$)", re.IGNORECASE)

# What a social page draws around a post and its comments, each alone on its line when the page is saved or copied:
# the buttons ("Thích", "Bình luận", "Chia sẻ", "Phản hồi"), the author badge, the sort ("Phù hợp nhất"), the
# dots between them ("-", "·"), a comment's age ("- 3 ngày", "2 giờ"), the counters ("52 bình luận", "96 lượt chia
# sẻ", "Tất cả cảm xúc: 318") and a post's time stamp ("2 tháng 3 lúc 08:30"). Never a plan's line: a plan's "Trả
# lời:" labels an answer and is kept.
SOCIAL_CHROME = re.compile(
    r"^(?:[-·•]|Thích|Bình luận|Chia sẻ|Phản hồi|Tác giả|Phù hợp nhất|Mới nhất|Tất cả bình luận|Xem thêm bình luận"
    r"|Xem thêm|Ẩn bớt|Đã chỉnh sửa|Theo dõi trang)$"
    r"|^(?:[-·]\s*\d{1,2}\s*(?:giây|phút|giờ|ngày|tuần|tháng|năm)|\d{1,2}\s*(?:giây|phút|giờ|ngày|tuần))$"
    r"|^(?:Tất cả cảm xúc:\s*)\d[\d.,]*\s*[KkNn]?$"
    r"|^\d[\d.,]*\s*[KkNn]?\s*(?:bình luận|lượt chia sẻ|lượt thích|cảm xúc)$"
    r"|^\d{1,2} tháng \d{1,2}(?:,? (?:năm )?\d{4})? lúc \d{1,2}:\d{2}$"
)
# A document-type title line, alone on its paragraph: "KẾ HOẠCH", "QUYẾT ĐỊNH", "CHƯƠNG TRÌNH HÀNH ĐỘNG";
# not the enacting formula "QUYẾT ĐỊNH:" and not "Kế hoạch số 70/KH-UBND …".
_DOCUMENT_TITLE_WORDS = (r"(?:KẾ HOẠCH|QUYẾT ĐỊNH|NGHỊ QUYẾT|CHƯƠNG TRÌNH(?: HÀNH ĐỘNG)?|ĐỀ ÁN|CHỈ THỊ|QUY CHẾ|QUY ĐỊNH"
                         r"|HƯỚNG DẪN|PHƯƠNG ÁN|THÔNG BÁO|BÁO CÁO|TỜ TRÌNH|CÔNG ĐIỆN|GIẤY MỜI)")
DOCUMENT_TITLE = re.compile(rf"^{_DOCUMENT_TITLE_WORDS}\s*$")
# … and a title line that opens with the type: "KẾ HOẠCH PHÁT TRIỂN GIÁO DỤC NGHỀ NGHIỆP NĂM 2025" names a document.
DOCUMENT_TITLE_START = re.compile(rf"^{_DOCUMENT_TITLE_WORDS}\b")
# The enacting formula that ends the preamble of a decision: "QUYẾT ĐỊNH:", "QUYẾT NGHỊ:".
ENACTING_FORMULA = re.compile(r"^(?:QUYẾT ĐỊNH|QUYẾT NGHỊ|NGHỊ QUYẾT|CHỈ THỊ)\s*:\s*$")
# The mark of a certified copy an office adds after a document it passes on: "SAO Y BẢN CHÍNH", "SAO Y", "SAO LỤC",
# "TRÍCH SAO", alone on its line, under the copying office's name and over its own number, date, recipients and
# signer; none of them the document's own.
COPY_MARK = re.compile(r"^(?:SAO Y(?: BẢN CHÍNH)?|SAO LỤC|TRÍCH SAO)\s*$")
# A copy's own number, coded SY (sao y), SL (sao lục) or TS (trích sao): "Số: 57/SY-SNV". A layout table read column
# by column puts it, under the copying office, before the mark of the column beside it.
COPY_NUMBER = re.compile(r"^Số\s*:?\s*\d+\s*/\s*(?:SY|SL|TS)\b")
# How that line opens: "(Ban hành kèm theo", "(Kèm theo", and for a scheme or plan a decision approves, "(Được phê
# duyệt kèm theo", "(Phê duyệt kèm theo", "(Được ban hành kèm theo".
ATTACHED_OPENING = r"^\(?\s*(?:(?:[Đđ]ược\s+)?(?:[Bb]an hành|[Pp]hê duyệt)\s+)?[Kk]èm theo\b"
# The line that ties an issued document (or an annex) to the one issuing it:
# "(Ban hành kèm theo Quyết định số 647/QĐ-UBND …)", "(Kèm theo Kế hoạch số 70/KH-UBND …)".
ISSUED_WITH = re.compile(ATTACHED_OPENING)
# The issuer lines above a document: "ỦY BAN NHÂN DÂN", "TỈNH BẠCH VÂN", "SỞ LAO ĐỘNG - THƯƠNG BINH …":
# upper case and short. A signature title ("PHÓ CHỦ TỊCH") is not one.
_HEADER_LINE_CHARS = 90
# "Số: 647/QĐ-UBND", "Số 12/KH-SLĐTBXH": the number line of a header.
NUMBER_LINE = re.compile(r"^Số\s*:?\s*\d*\s*/")
# The place-date line of a header: "Bạch Vân, ngày 24 tháng 3 năm 2025", "Hà Nội, ngày   tháng 7 năm 2025".
PLACE_DATE_LINE = re.compile(r"^[^,]{2,40},\s*ngày\b.*\bnăm\s+\d{4}\s*$")


def is_header_line(text: str) -> bool:
    """A line of a document's national header: issuer, motto, number, place and date.

    "ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
    "Số: 647/QĐ-UBND", "Bạch Vân, ngày 24 tháng 3 năm 2025"; not "PHÓ CHỦ TỊCH", not a name.
    """
    if MOTTO.search(text.upper()) or NUMBER_LINE.match(text) or PLACE_DATE_LINE.match(text):
        return True
    upper = len(text) <= _HEADER_LINE_CHARS and not any(c.islower() for c in text)
    return upper and any(c.isalpha() for c in text) and not SIGNATURE_LINE.match(text)

# Where a sentence starts naming its items: after a colon or "gồm", "bao gồm", "như", "cụ thể", or in a parenthesis.
_ITEMS_START = re.compile(r"(?::|\(|\b(?:gồm|bao gồm|như|cụ thể)\b)\s*:?\s*", re.IGNORECASE)
_ITEM_JOINT = re.compile(r"\s*,\s+|\s+(?:và|hoặc)\s+", re.IGNORECASE)
NAMED_ITEM_WORDS = 6  # an item of a named list ("Cơ điện tử", "Công nghệ ô tô") is a short noun phrase
PROPER_NAME_WORDS = 16  # … or a body's or school's full name ("Trường Trung cấp nghề Dân tộc nội trú Mường Khiêm")
PARENTHESIS_ITEMS = 3  # a parenthesis names a list's items from three of them
# A count before the parenthesis that lists what it counts: "05 chương trình", "03 nghề", "ba nhóm".
_COUNTED = re.compile(r"(?<![\w/.,])(?:\d{1,3}|hai|ba|bốn|sáu|bảy|tám|chín|mười)\s+\w+", re.IGNORECASE)
CLAUSE_ITEM_WORDS = 25  # an item of a ";" list ("Chuyển đổi số hoạt động quản lý …; phát triển năng lực số …")


def names_items(text: str) -> bool:
    """Whether a sentence names the items of a list in line: "… 03 nghề trọng điểm: Điện công nghiệp,
    Cơ điện tử và Công nghệ ô tô", "gồm Nhật Bản, Hàn Quốc và Đức", "cụ thể: Trường A; Trường B",
    "05 chương trình (trồng dược liệu; chế biến cao dược liệu; …)"; not
    "Nhiệm vụ: chủ trì đào tạo, truyền nghề cho lao động tại 08 làng nghề" (a clause is no named item),
    not a count alone ("03 nghề")."""
    return named_items_span(text) is not None


# Items lettered in line, one paragraph holding them all: "a) Phiếu đăng ký …; b) Bản photo thẻ Căn cước …; c) …".
_INLINE_ITEM = re.compile(r"(?:^|(?<=[;.:])\s+)(?P<letter>[a-zđ])\)\s+")
_ITEM_LETTERS = "abcdđeghiklmnopqrstuvxy"  # the order Vietnamese letters items in
INLINE_ITEMS = 3  # lettered items in line that make a paragraph a list


def named_items_span(text: str) -> tuple[int, int] | None:
    """Where the items a sentence names in line stand (``names_items``): from after their colon, "gồm" or
    parenthesis to the end of the sentence or parenthesis, or from the first of items lettered in line in turn
    ("a) …; b) …; c) …"); None when it names none."""
    lettered = list(_INLINE_ITEM.finditer(text))
    order = [_ITEM_LETTERS.find(m["letter"]) for m in lettered]
    if len(lettered) >= INLINE_ITEMS and order[0] >= 0 and order == list(range(order[0], order[0] + len(order))):
        return lettered[0].start("letter"), len(text)
    for m in _ITEMS_START.finditer(text):
        rest = re.split(r"\.(?:\s|$)", text[m.end():], maxsplit=1)[0]
        if m.group(0).startswith("("):
            # "05 chương trình (trồng …; chế biến …; …)": three items or more, by ";" or ",", fill the parenthesis
            # after a count of them, not an aside ("(qua Sở Giáo dục và Đào tạo tổng hợp, đề xuất)") nor the
            # programmes a source is spent through ("qua các chương trình mục tiêu quốc gia (…; …; …)")
            if not _COUNTED.search(re.split(r"[;:]", text[:m.start()])[-1]):
                continue
            inside = rest.split(")", 1)[0]
            parts = [p for p in re.split(r"\s*;\s*", inside) if p.strip()]
            parts = parts if len(parts) > 1 else [p for p in re.split(r"\s*,\s*", inside) if p.strip()]
            if len(parts) >= PARENTHESIS_ITEMS and all(len(p.split()) <= CLAUSE_ITEM_WORDS for p in parts):
                return m.end(), m.end() + len(inside)
            continue
        clauses = [c for c in re.split(r"\s*;\s*", rest.strip()) if c]
        items = [i for i in _ITEM_JOINT.split(clauses[0] if clauses else "") if i]
        if (len(clauses) >= 2 and all(len(c.split()) <= CLAUSE_ITEM_WORDS for c in clauses)) or (
                len(items) >= 2 and all(len(i.split()) <= NAMED_ITEM_WORDS or _proper_name(i) for i in items)):
            return m.end(), m.end() + len(rest)
    return None


def _proper_name(item: str) -> bool:
    """A long item that is still a name: capitalised, with capitalised words inside ("Trung tâm Giáo dục nghề
    nghiệp - Giáo dục thường xuyên thị xã Phú Thạch"), not a clause ("Chủ trì đào tạo, truyền nghề …")."""
    words = item.split()
    return (len(words) <= PROPER_NAME_WORDS and words[0][:1].isupper()
            and sum(w[:1].isupper() for w in words[1:]) >= 2)


def opens_items(text: str) -> bool:
    """Whether a sentence names the first item of a list it goes on with: "… cụ thể: Trường A;" ends with
    ";" after its colon ("gồm", "cụ thể"), the items since then short; the next sentences are its items."""
    starts = list(_ITEMS_START.finditer(text))
    if not text.rstrip().endswith(";") or not starts:
        return False
    return all(len(c.split()) <= CLAUSE_ITEM_WORDS for c in text[starts[-1].end():].split(";"))


# The words that end an item opening sub-items of its own, its colon gone: "Ngân sách tỉnh: 17,8 tỷ đồng, trong đó".
# A table column of the state reached, not a target ahead ("Hiện trạng 2026", "Năm 2024 (ước)", "Thực hiện 2023",
# "Kết quả năm 2026", "Thực trạng"), folded: what a question of now ("hiện nay có bao nhiêu") is answered from.
RESULT_COLUMN = re.compile(r"\b(?:hien trang|thuc trang|hien nay|hien tai|thuc hien|uoc(?: thuc hien| dat| tinh)?"
                           r"|ket qua|da dat)\b")
OPENS_SUBITEMS = re.compile(r"[,;]?\s*(?:trong đó|bao gồm|gồm|cụ thể)$", re.IGNORECASE)

# A person named with the word that addresses them ("đồng chí Hà Văn Lực, Phó Giám đốc Sở"): a body's line of an
# attendance list ("- Sở Công Thương: đồng chí …") names who came, no duty.
NAMED_PERSON = re.compile(rf"^(?:[Ôô]ng|[Bb]à|[Đđ]ồng chí|[Đđ]/c)\s+[{UPPER}]")

# A committee member named by person and post, as a steering committee assigns its duties: "Ông Trần Văn Bình,
# Giám đốc Sở Nội vụ - Phó Trưởng ban thường trực", "Đồng chí Lê Hoa, Phó Chủ tịch UBND phường Long Vân - Ủy viên";
# groups post (what follows the name, up to the member's place in the committee).
MEMBER_POST = re.compile(
    r"^(?:Ông|Bà|Đồng chí|Đ/c)\s+[^,]{2,40},\s*(?P<post>.+?)"
    r"(?:\s+[-–]\s+(?:Phó\s+)?(?:Trưởng ban|Ủy viên|Uỷ viên|Thành viên|Tổ trưởng|Thư ký)\b.*)?$"
)

# A line of a body's membership giving who holds a post (folded label before its colon): "a) Chủ tịch Hội đồng: Phó
# Chủ tịch UBND tỉnh …", "- Phó Trưởng ban thường trực: Giám đốc Sở Nội vụ", "Thư ký Hội đồng: …".
_POST = (r"(?:pho )?(?:chu tich|truong ban|truong doan|to truong|giam doc|thu ky|uy vien|truong tieu ban|chu nhiem)"
         r"(?: thuong truc)?")
POST_FIELD = re.compile(rf"^(?:[a-zđ0-9]{{1,2}}[.)]\s*|[-–•+]\s*)?(?P<post>{_POST}(?: [^:;,.]{{0,40}})?)\s*:")
# … or a cell of a members' table that holds it ("| TS. Vũ Đình Khang | Chức danh trong Hội đồng: Ủy viên, Thư ký Hội
# đồng |"), one post of those the cell lists, folded.
POST_HELD = re.compile(rf"^(?P<post>{_POST}(?: [^:;,.]{{0,40}})?)$")

# A table row read aloud with its partners' cell filled ("… | Cơ quan phối hợp: Sở Tài chính; Sở Nội vụ | …"),
# not an empty one ("Đơn vị phối hợp: -").
PARTNERS_CELL = re.compile(r"(?:^|\|)[^|:]*\bphối hợp\s*:(?!\s*[-–—]?\s*(?:\||$))", re.IGNORECASE)

# A person addressed by the post they hold in a body, in a speech or a directive ("tôi đề nghị đồng chí Giám đốc Sở
# Nội vụ chỉ đạo …", "Các đồng chí Chủ tịch UBND các xã, phường phải …"): the body does the duty.
ADDRESSED_BY_POST = (r"(?:[Cc]ác\s+)?[Đđ]ồng chí\s+(?:Phó\s+)?(?:Giám đốc|Chủ tịch|Hiệu trưởng|Thủ trưởng|Trưởng ban|"
                     r"Trưởng phòng|Bí thư|Tổng Giám đốc|Chánh Văn phòng|Chỉ huy trưởng)\s+")
# A duty stated as what a body must do, whatever its verb: "UBND các xã, phường phải rà soát …", "… có nhiệm vụ …",
# or the part it must play before the duties that make it ("phải là đơn vị đi đầu: năm 2026 tuyển sinh …"); not what
# it is ("phải là nhiệm vụ chính trị").
OBLIGED = re.compile(r"^(?:(?:vẫn|cũng|đều)\s+)?(?:phải|cần phải|bắt buộc phải|có nhiệm vụ)\s+"
                     r"(?!chăng\b)(?!là\b(?![^:.;]{1,60}:\s*\S))", re.IGNORECASE)
# A body's commitment, in a report or an answer to voters: what it says it will do is its duty, whatever the verb
# ("Sở X sẽ chủ trì, phối hợp với …", "Trường Y cam kết hoàn thành …"); the role is the verb's after it.
COMMITS = re.compile(r"^(?:sẽ(?:\s+tiếp tục)?|cam kết)\s+(?=\S)", re.IGNORECASE)
# A report's issuer introducing what follows, no duty: "Sở Giáo dục và Đào tạo báo cáo kết quả cụ thể như sau:".
REPORTS_AS_FOLLOWS = re.compile(r"^(?:trân trọng\s+|xin\s+)?báo cáo\b[^.;:]{0,60}?\b(?:như sau|sau đây)\s*:?\s*$",
                                re.IGNORECASE)
# The label of a letter's addressees ("Kính gửi:", "Kính gửi: - Sở Nội vụ;"): the bodies after it receive the text;
# none of them issued it.
ADDRESSEES_LABEL = re.compile(r"^\|?\s*Kính\s+gửi\b", re.IGNORECASE)
# A publisher presenting a text, no duty of its own: "Cổng Thông tin điện tử tỉnh trân trọng giới thiệu toàn văn …".
PRESENTS_TEXT = re.compile(r"^(?:trân trọng |xin )?giới thiệu (?:toàn văn|nội dung|bài)|^trân trọng giới thiệu",
                           re.IGNORECASE)
# A sentence that qualifies or reverses the one before it: "Ý kiến … đề nghị hỗ trợ 100% học phí là rất xác đáng. |
# Tuy nhiên, năm 2026 tỉnh chưa thể …", "… Song, …"; the statement before means nothing without it.
QUALIFIES_BEFORE = re.compile(r"^(?:Tuy nhiên|Tuy vậy|Tuy thế|Dù vậy|Mặc dù vậy|Song(?!\s+song)|Nhưng)\s*,?\s+(?=\S)")
# A lead that announces the items below it, with or without its colon (a heading loses it):
# "…, gồm:", "… cụ thể như sau", "bao gồm các nội dung sau", "… sau đây".
ANNOUNCES_ITEMS = re.compile(
    r"(?::|\b(?:cụ thể|gồm|bao gồm|như sau|sau đây|các nội dung sau|những nội dung sau))\s*[:.…]?\s*$",
    re.IGNORECASE,
)


# The lead of a preamble that issues the document and announces it, closing its legal basis: "Xét đề nghị của Sở Nội
# vụ …, Ủy ban nhân dân tỉnh ban hành Kế hoạch … như sau:"; not a list's lead inside an assessment ("Hạn chế chủ yếu:").
PLAN_ANNOUNCED = re.compile(r"\bban hành\s+(?:Kế hoạch|Chương trình|Đề án|Hướng dẫn|Quy chế)\b.*:\s*$", re.IGNORECASE)


# A clause opening on a document it cites, as a basis words it: "Căn cứ Luật …", "Thực hiện Kế hoạch số 316-KH/TU …",
# "Triển khai thực hiện Quyết định số …", "Quyết định số 1487/QĐ-TTg …"; as a purpose words it: "Cụ thể hóa Kế hoạch
# số 142/KH-UBND … thành các chỉ tiêu … của Trường".
CITING_CLAUSE = re.compile(
    rf"^[-–•+]?\s*(?:(?:Căn cứ|Thực hiện|Triển khai(?:\s+thực hiện)?|Cụ thể hóa|Cụ thể hoá)\s+(?:vào\s+)?)?(?:các\s+)?"
    rf"{_DOCUMENT_KINDS}"
)


def cites_basis(line: str) -> bool:
    """Whether a line of a legal basis cites a document: not only the lead that announces the plan ("…, Ủy ban
    nhân dân tỉnh ban hành Kế hoạch như sau:"), unless that lead opens on a document it implements too
    ("Quyết định số 1487/QĐ-TTg …, Ủy ban nhân dân tỉnh ban hành Kế hoạch … như sau:")."""
    return not ANNOUNCES_ITEMS.search(line) or CITING_CLAUSE.search(line) is not None


# Where money comes from, as plans name it: "ngân sách trung ương", "ngân sách tỉnh", "xã hội hóa", "nguồn thu
# hợp pháp", "lồng ghép các chương trình", "Quỹ bảo hiểm thất nghiệp", "vốn vay", "tài trợ"; not "kinh phí"
# alone, which is what a source pays for.
FUNDING_SOURCE = re.compile(
    r"\b(?:ngân sách(?: nhà nước| trung ương| tỉnh| thành phố| địa phương| huyện| xã| các cấp| cấp \w+)?"
    r"|xã hội hóa|nguồn thu|lồng ghép|nguồn vốn|vốn vay|vốn tín dụng|tài trợ|viện trợ|Quỹ [A-ZĐ\w][\w ]{2,40}"
    r"|huy động|(?<=từ )nguồn kinh phí (?!thực hiện|được|này|đó|trên)\w+(?: \w+)?)\b",
    re.IGNORECASE,
)

# Where something takes place or is handed in, as plans write it: "… tại sân Trường THPT Hạc Đình", "tại Hội trường
# Nhà Văn hóa phường", "ở Trung tâm Dịch vụ việc làm tỉnh", "tại thành phố Bạch Vân", "số 215 đường Hoàng Hoa
# Thám", "Phòng 105, nhà A", "Địa điểm: …"; not "tại Quyết định số …", "tại Mục V", "tại khoản 2" (a place in a
# text), nor "tại chỗ".
# A sentence that opens by directing a body to act ("Chỉ đạo Hội Nông dân cấp xã phối hợp …", "Giao Phòng Kinh tế
# chủ trì …", "Yêu cầu các trường …", "Hướng dẫn các cơ sở GDNN …"), under the heading of the body that directs it:
# the body named next does the work too. Not "Chỉ đạo, hướng dẫn …" (what the heading's body does itself).
DIRECTED_BODY = re.compile(r"^(?:Chỉ đạo|Giao|Yêu cầu|Đề nghị|Hướng dẫn)\s+(?=[^\s,])")

# A sentence that opens with when its work is done, then names who does it ("Trong thời hạn 03 ngày làm việc kể từ
# ngày nhận được tờ trình …, Giám đốc Sở Nội vụ ban hành quyết định", "Chậm nhất ngày 15/12, các trường gửi …"):
# the match ends where the doer's name starts, after a head's post ("Giám đốc", "Chủ tịch") if it names one.
TIMED_SUBJECT = re.compile(
    r"^(?:Trong (?:thời hạn|vòng)|Chậm nhất|Sau khi|Kể từ|Khi|Trước ngày|Hằng (?:năm|quý|tháng)|Định kỳ|Trên cơ sở)\b"
    r"[^,;.]*,\s*(?:(?:Phó\s+)?(?:Giám đốc|Chủ tịch|Thủ trưởng|Hiệu trưởng|Trưởng ban|Trưởng phòng)\s+)?")

VENUE_MENTION = re.compile(
    r"(?<![\w])(?:(?:tại|ở)\s+(?!(?:Quyết định|Nghị quyết|Kế hoạch|Thông tư|Nghị định|Công văn|Văn bản|Phụ lục|Mục|"
    r"Điều|Biểu|Chương|Phần|Khoản|Điểm|Tiết|Bảng|Mẫu)\b)(?:sân|nhà|hội trường|trụ sở|phòng|trường|trung tâm|khu|"
    r"cơ sở|bộ phận|số\s+\d|(?:thành phố|thị xã|thị trấn|huyện|quận|xã|phường|tỉnh|thôn|bản)\s+[A-ZĐ]|[A-ZĐ])"
    r"[^,;.()\n]*|số\s+\d+[A-Za-z]?\s*,?\s*(?:đường|phố)\s[^,;.()\n]*"
    r"|(?:[Đđ]ịa điểm|[Đđ]ịa chỉ)(?![\w])(?:\s*:\s*[^;.()\n]+)?|Phòng\s+\d{2,4}(?![\d/]))",
)

# A heading of the part about the plan's money, a title of a few words: "IV. KINH PHÍ THỰC HIỆN", "3. Nguồn kinh
# phí", "Điều 4. Kinh phí", "C. DỰ TOÁN KINH PHÍ", "V. KINH PHÍ VÀ TỔ CHỨC THỰC HIỆN", "Nguồn lực thực hiện",
# "2. Cơ cấu theo nguồn vốn", "Phân bổ kinh phí theo năm";
# not "4. Sở Tài chính", not a task item "d) Bố trí kinh phí, nguồn nhân lực, cơ sở vật chất cho việc …".
# An item naming its own money: "- Nguồn kinh phí: Ngân sách tỉnh và xã hội hóa.", "… tại 05 làng nghề từ nguồn kinh
# phí khuyến công năm 2025"; not the plan's part on its money ("Kinh phí thực hiện được bố trí trong dự toán …").
ITEM_FUNDING = re.compile(r"\bnguồn (?:kinh phí|vốn)\s*:|\btừ (?:nguồn )?(?:kinh phí|vốn) (?!thực hiện)\w",
                          re.IGNORECASE)

FUNDING_HEADING = re.compile(
    r"^(?:(?:Phần|Mục|Điều|Chương)\s+\w+|[IVXLC]+|\d+(?:\.\d+)*|[A-ZĐ])?\s*[.\-–):]?\s*"
    r"(?:(?:cơ cấu|phân bổ|phân kỳ)(?:\s+theo)?\s+)?(?:dự toán\s+|nguồn\s+|cơ chế\s+)?"
    r"(?:kinh phí|vốn|tài chính|nguồn lực)(?:\s+[^\s,;]+){0,5}\s*[.:]?$",
    re.IGNORECASE,
)


# What a calendar's executor cell says a body does after its name ("Phòng Tổ chức – Hành chính tham mưu,
# Hiệu trưởng ký", "Phòng Đào tạo tổng hợp", "Phòng A phối hợp với Phòng B"): the verb ends the body's name.
CELL_ACTION = re.compile(
    r"^(?:tham mưu|ký|thu(?:\s+phí)?|tổng hợp|phối hợp|chủ trì|thực hiện|tổ chức|chuẩn bị|báo cáo|hướng dẫn|"
    r"kiểm tra|theo dõi|trình|thẩm định|phê duyệt|giám sát|hỗ trợ|cung cấp|gửi|đăng|niêm yết|triển khai|lập|"
    r"rà soát|tiếp nhận|cấp|chi trả|bố trí)(?![\w])"
)
# … and the partners such a cell names: "Phòng A phối hợp với Phòng B".
CELL_PARTNERS = re.compile(r"^(?:phối hợp|cùng)(?:\s+với)?\s+")


# A table row's cell counting the row's own item, read aloud ("Giảng viên dạy thực hành | … | Số lượng (người): 03",
# "Nghề Hàn | Chỉ tiêu: 25"): "03" counts what the row's label names.
COUNT_CELL = re.compile(r"(?:^|\|)\s*(?:Số lượng|Số người|Số chỉ tiêu|Chỉ tiêu)(?:\s*\([^()|]{1,20}\))?\s*:\s*"
                        r"(?P<count>\d{1,3}(?:\.\d{3})+|\d+)\s*(?=\||$)", re.IGNORECASE)


# A responsibility matrix marks each body's column in a task's row (legend "C: chủ trì; P: phối hợp"): the role
# a mark gives, by the mark folded to plain lower case (``index.tables.role_mark``). "x" is left out: a schedule
# marks its quarters so.
ROLE_MARKS = {"c": "chủ trì", "ct": "chủ trì", "chu tri": "chủ trì",
              "p": "phối hợp", "ph": "phối hợp", "phoi hop": "phối hợp"}
# A schedule table marks the periods a task runs in (quarters or months as columns): "x", "X", "✓", "●".
SCHEDULE_MARKS = frozenset({"x", "✓", "✔", "●", "•"})
# A table's caption by its first word: "Biểu chỉ tiêu …", "Bảng 2. …", "Phụ biểu …", "BIỂU TỔNG HỢP …".
TABLE_CAPTION = re.compile(r"^\s*(?:biểu|bảng|phụ biểu)\b", re.IGNORECASE)
# What asks for the whole ("tổng kinh phí", "tổng cộng bao nhiêu", "tổng số", "tất cả", "nói chung"; not "tổng hợp",
# "tổng kết", "Tổng cục"), folded: a follow-up asking of one part drops it ("Trong đó hệ cao đẳng bao nhiêu?"), and
# a table's total row answers it.
WHOLE_ASKED = re.compile(r"\b(?:tong cong|tong so|tat ca|toan bo|noi chung"
                         r"|tong(?! (?:hop|ket|quan|the|cuc|bien|dai)\b))\b\s*")
# A table's total row, by its label cell: "Cộng", "Tổng cộng", "Tổng số", "Tổng", "Toàn tỉnh" (a sum, no item).
TOTAL_ROW = re.compile(r"^\s*(?:tổng cộng|tổng số|tổng|cộng|toàn (?:tỉnh|thành phố|huyện|xã|phường))\s*:?\s*$",
                       re.IGNORECASE)
# An amendment's comparison table ("BẢNG SO SÁNH", "BẢNG ĐỐI CHIẾU"), by its column labels: the text in force
# ("Nội dung tại Kế hoạch số … (hiện hành)", "Quy định tại Kế hoạch số …", "Nội dung trước sửa đổi"), the text
# that replaces it ("Nội dung sửa đổi, bổ sung", "Nội dung điều chỉnh", "Dự thảo"), and why ("Lý do sửa đổi",
# "Giải trình", "Thuyết minh") — a reason's label says "sửa đổi" too, so it is told first.
AMENDMENT_REASON_COLUMN = r"^(?:lý do|giải trình|thuyết minh|căn cứ)"
AMENDMENT_CURRENT_COLUMN = r"hiện hành|quy định tại|nội dung tại|nội dung cũ|trước (?:khi )?(?:sửa|điều chỉnh)"
AMENDMENT_NEW_COLUMN = r"sửa đổi|điều chỉnh|bổ sung|dự thảo|nội dung mới|đề xuất"
# An amended cell that leaves the text in force as it was ("Giữ nguyên", "Không thay đổi", "Như hiện hành") or
# repeals it ("Bãi bỏ", "Bỏ nội dung này").
KEPT_CELL = re.compile(r"^\(?\s*(?:giữ nguyên|không (?:thay đổi|sửa đổi|điều chỉnh)|như (?:cũ|hiện hành))\b",
                       re.IGNORECASE)
REPEALED_CELL = re.compile(r"^\(?\s*(?:bãi bỏ|bỏ|xóa bỏ|xoá bỏ|loại bỏ)\b", re.IGNORECASE)
# The formula an amended cell may open with before the text it puts in force: "Sửa đổi thành:", "Sửa đổi, bổ sung
# như sau:", "Bổ sung:", "Điều chỉnh thành: …", "Thay thế bằng nội dung sau:"; it may name the place it amends
# ("Sửa đổi điểm a khoản 2 Mục II như sau:", "Bổ sung khoản 1a vào Mục V như sau:", "Sửa đổi gạch đầu dòng thứ hai
# khoản 1 Mục III như sau:", "Sửa đổi khoản 2 Mục V và bãi bỏ khoản 3 Mục V như sau:").
_AMENDING = r"(?:sửa đổi|điều chỉnh|bổ sung|thay thế|bãi bỏ)(?:\s*,\s*(?:sửa đổi|bổ sung|điều chỉnh))*"
_AMENDED_PLACE = (r"(?:điểm|khoản|mục|tiết|điều|đoạn|phần|chương|phụ lục|gạch đầu dòng|dòng|ý)"
                  r"(?:\s+(?:thứ\s+\w+|[0-9IVXL]+[a-zđ]?\.?|[a-zđ]\)?))?")
_AMENDED_PLACES = rf"{_AMENDED_PLACE}(?:\s+(?:của\s+|tại\s+)?{_AMENDED_PLACE})*"
_AMENDING_CLAUSE = rf"{_AMENDING}(?:\s+{_AMENDED_PLACES})?(?:\s+(?:vào|tại|của)\s+{_AMENDED_PLACES})?"
# The place a comparison row amends, opening its current text ("Điểm b khoản 2 Mục II: b) Chỉ tiêu …", "Khoản 2 và
# khoản 3 Mục V: …") or inside the amended cell's formula ("Bổ sung khoản 8 vào Mục II như sau:").
AMENDED_PLACE = re.compile(rf"{_AMENDED_PLACES}(?:\s*(?:,|và|vào)\s*{_AMENDED_PLACES})*", re.IGNORECASE)
AMENDED_PLACE_LEAD = re.compile(rf"^\s*(?P<place>{AMENDED_PLACE.pattern})\s*:", re.IGNORECASE)
AMENDMENT_FORMULA = re.compile(
    rf"^\s*(?:được\s+)?{_AMENDING_CLAUSE}(?:\s*(?:,|;|và)\s*{_AMENDING_CLAUSE})*"
    r"(?:\s+(?:lại|thành|như sau|bằng|nội dung|nhiệm vụ|mục|điểm|khoản|mới|sau))*\s*:\s*[\"“]?",
    re.IGNORECASE,
)
# A report on the comments a draft received ("BÁO CÁO TỔNG HỢP, TIẾP THU, GIẢI TRÌNH Ý KIẾN GÓP Ý"), by its column
# labels: the comments ("Nội dung góp ý", "Ý kiến thẩm định", "Kiến nghị") and the drafting body's response ("Ý kiến
# tiếp thu, giải trình của cơ quan chủ trì soạn thảo", "Giải trình, tiếp thu"): the commenters are assigned nothing.
COMMENT_COLUMN = r"góp ý|kiến nghị|phản biện|thẩm định"
RESPONSE_COLUMN = r"tiếp thu|giải trình"
# A question about the comments themselves, in its folded topic words: "Sở Tư pháp góp ý gì", "Sở Nội vụ đề nghị nâng
# lên bao nhiêu", "ý kiến của Sở Tài chính", "dự thảo ban đầu"; any other is asked of the text in force.
ASKS_COMMENTS = re.compile(r"\b(?:gop|kien|de nghi|de xuat|du thao|phan bien|tham dinh)\b")
# The text a response puts in force, quoted after its formula: "Tiếp thu, đã chỉnh sửa tại điểm a khoản 4 Phần III
# như sau: “a) Tổ chức 18 phiên …”", "Giữ nguyên nhiệm vụ tại khoản 9 Phần V như sau: “9. …”", "đã bổ sung vào cuối
# điểm b nội dung: “…”" (not a term quoted in passing: "thay cụm từ “cấp huyện”").
QUOTED_IN_FORCE = re.compile(r"(?:như sau|nội dung|thành)\s*:\s*[“\"](?P<text>[^”\"]{10,})(?:[”\"]|$)", re.IGNORECASE)
# A status report's table on a plan's tasks ("Tình hình thực hiện", "Kết quả thực hiện", "Tình trạng"): each task's
# state as of the report. A task reported done ("Đã hoàn thành (Quyết định số 412/QĐ-UBND …)", "Hoàn thành.") is no
# one's duty now (not "Hoàn thành trước 30/9", "Chậm, chưa hoàn thành"); one handed to another lead ("Điều chỉnh:
# giao Sở X chủ trì thay Sở Y; Sở Y chuyển sang phối hợp") is the new lead's, the old one's support.
STATUS_COLUMN = r"tình hình (?:thực hiện|triển khai)|kết quả (?:thực hiện|triển khai)|tình trạng"
# A column of what an inspection found wrong ("Nội dung chi sai", "Sai phạm", "Tồn tại, hạn chế"): its table lists
# findings beside the bodies inspected, no duties of theirs; what they must put right is ("Nội dung khắc phục").
FINDING_COLUMN = (r"^(?!.*(?:khắc phục|giải pháp|biện pháp|xử lý|chấn chỉnh))"  # not "Nội dung khắc phục tồn tại"
                  r".*(?:sai phạm|vi phạm|chi sai|tồn tại|hạn chế|thiếu sót)")
DONE_STATUS = re.compile(
    r"^\s*(?:đã\s+hoàn thành|đã\s+(?:thực hiện|triển khai)\s+xong|hoàn thành)(?=\s*(?:$|[(.;,:-]))", re.IGNORECASE)
REASSIGNED_LEAD = re.compile(
    r"\bgiao\s+(?P<new>[^;:()]+?)\s+(?:làm\s+|là\s+cơ quan\s+)?chủ trì(?:\s+\w+){0,3}?\s+thay(?:\s+cho)?\s+"
    r"(?P<old>[^;.,()]+)", re.IGNORECASE)
# The column of a deadline the report sets anew ("Thời hạn hoàn thành mới", "Thời hạn điều chỉnh", "Gia hạn đến"): a
# cell giving a time replaces the plan's; "Giữ nguyên thời hạn", "-" keep it.
NEW_DEADLINE_COLUMN = r"(?:thời hạn|thời gian|hạn)\b.*\b(?:mới|điều chỉnh)\b|gia hạn"

# A note under a table, on rows of it: "Ghi chú: Chỉ tiêu của phường Lãng Thành gồm …", "(*) Bao gồm …",
# "* Số liệu của xã Yên Khê …", "Lưu ý: …".
# Group "word" holds the note's word when it has one.
TABLE_NOTE = re.compile(r"^(?P<word>ghi chú|lưu ý|chú thích)\s*[:.]|^\(?\*{1,3}\)?\s*\S", re.IGNORECASE)
# A line that ends on a word needing what follows ("… được giao tổng và do Sở" / "Giáo dục và Đào tạo thông báo …",
# "… Cổng Thông tin điện tử tỉnh và" / "Phát thanh …", "… rà soát nhu cầu, gửi" / "Sở Giáo dục …", "… cung cấp cho Chi
# nhánh" / "NHCSXH tỉnh danh sách …"): no sentence or heading ends so, the next line goes on with it even when that
# opens with a capital (a name). Not "xã, phường": headings end so.
OPEN_ENDING = re.compile(
    r"(?<=[\w,]\s)(?:và|của|do|cho|với|các|những|tại|từ|đến|trên|theo|về|hoặc|là|được|có|để|gửi|"
    # not "Phòng", "Trường": "Hải Phòng" ends a name
    r"Sở|Ban|Trung tâm|Ngân hàng|Chi nhánh|Kho bạc|Ủy ban nhân dân|UBND)$"
)
# A body a question says is gone, as folded text writes it before or after the body's name: the question asks
# who does its work now, so the plan need not name it. Before: "giờ không còn " (Sở LĐTBXH), "trước đây giao
# cho " (Ban Dân tộc), "thay cho ", "sau khi sáp nhập "; after: " cũ", " (đã) giải thể", " bị sáp nhập", " không
# còn" closing its clause ("sở lao động không còn, …"), not "Sở Y tế không còn được giao gì" (still asked).
FORMER_BODY_BEFORE = re.compile(
    r"\b(?:khong con|truoc day(?:\s+(?:do|giao cho|cua|la|thuoc))?|thay cho|thay the(?:\s+cho)?"
    r"|(?:sau khi|khi)\s+(?:sap nhap|giai the|hop nhat)(?:\s+(?:cac|cua))?)\s*$"
)
# The asker introducing themselves before the ask, folded: a first clause (up to ":", "." or ",") that says who
# asks ("Tôi là cán bộ Hội Phụ nữ ở ngoại thành Hà Nội.", "Là cán bộ nhân sự KCN ở Hải Phòng, tôi muốn biết …",
# "Tôi dạy ở trung tâm GDNN-GDTX huyện Hòa Yên, Bạch Vân. …", "Ủy viên HĐND hỏi: …", "Công đoàn chúng tôi quan tâm
# đến lao động nữ: …") and asks nothing itself; a whole first sentence when it asks nothing ("…, Bạch Vân."). A
# body it names is the asker's, not one asked of. Not "Trường chúng em phải báo cáo cho sở nào?": one clause that
# asks.
# The asker speaks of themselves as "tôi", "em", "mình", or as an elder or a younger one does ("Chị là phụ nữ
# nông thôn …", "Anh làm ở KCN …", "Cháu là học sinh lớp 9 …"); "Chị em phụ nữ …" is a group, no asker. What
# says who they are: being ("là"), working, living, studying or teaching ("Em học trung cấp cơ khí ở Bạch Vân."),
# or a change of their state ("Tôi mới xuất ngũ", "vừa tốt nghiệp", "sắp nghỉ hưu").
_ASKER_SELF = r"(?:toi|em|minh|chung toi|chung em|anh|chi|chau)"
_ASKER_WHO = (rf"(?:{_ASKER_SELF}\s+(?:dang\s+)?(?:la|lam|o|song|day|hoc|(?:song|sinh song"
              r"|lam viec|cong tac)\s+(?:o|tai))\b"
              rf"|{_ASKER_SELF}\s+(?:moi|vua|sap|da)\s+(?:tot nghiep|xuat ngu|nghi huu|ra truong|mat viec|nghi viec)\b"
              r"|la\b|voi tu cach\b|thay mat\b"
              r"|(?:con|chau)(?:\s+(?:trai|gai))?\s+(?:toi|em|minh)\b)")  # "Con tôi năm nay học hết lớp 9 ở …."
ASKER_INTRO = re.compile(
    rf"^\W*(?:(?P<who>{_ASKER_WHO}(?:[^:.?]*(?=[:.])|[^:.,?]*(?=,)))"  # "Tôi là …": its sentence, or to a comma
    r"|(?P<we>[^:.,?]*\b(?:toi|em|minh|chung toi|chung em)\b[^:.,?]*)(?=[:.])"  # "Công đoàn chúng tôi quan tâm …:"
    r"|(?P<asks>[^:.,?]*\b(?:hoi|thac mac|muon biet|can biet|so sanh)\s*)(?=:))"  # "Ủy viên HĐND hỏi:"
)
_ASKER_CLAUSE = re.compile(rf"^\W*(?P<who>{_ASKER_WHO}[^:.,?]*)(?=[:.,])")
_ASKING_IN_INTRO = re.compile(r"\b(?:nao|gi|bao nhieu|khi nao|ai|dau|may|khong)\b")
# What the asker wants, said in the introduction ("Con em muốn học trung cấp ở trường Cao đẳng Y tế …,", "Tôi dự định
# học nghề hàn,"): the wish is what is asked of, not who asks.
_WISH = re.compile(r"\b(?:muon|du dinh|y dinh|quan tam)\b")
# The ask pointing back at the asker, folded: "cho người như tôi", "em có được hỗ trợ không", "con tôi được miễn
# …", "trường hợp của mình": who they said they are is then what is asked of. Not "cho tôi hỏi", "tôi muốn biết".
ASKER_POINTED_BACK = re.compile(
    r"\b(?:nhu|cua|voi)\s+(?:toi|em|minh|chau)\b"
    r"|\bcho\s+(?:toi|em|minh|chau)\b(?!\s+(?:hoi|biet|xin))"
    r"|\b(?:toi|em|minh|chau)\s+(?:co\s+)?(?:duoc|se|can|phai|nen|co the)\b"
    r"|\b(?:con|chau)(?:\s+(?:trai|gai))?\s+(?:toi|em|minh)\b"
)


# "mấy" before a noun phrase that "này", "đó", "ấy" or "kia" closes, folded ("tiền cho mấy việc bồi dưỡng nhà giáo,
# chuyển đổi số này lấy từ đâu", "mấy lớp đó học ở đâu"): these few things, pointed back at, not how many. Not "số
# mấy", "thứ mấy" (which number); not "mấy lớp năm nay" (this year), "mấy người trong đó" (of them); not across a
# clause ("kế hoạch số mấy của Thành ủy, và kế hoạch đó ra ngày nào"; "có mấy trường, trường đó là …": past a comma
# only a list closed by "này" goes on).
_POINTED_FEW = re.compile(
    r"(?<!\bso )(?<!\bthu )\bmay\b(?=(?: (?!(?:nam|thang|quy|dot|hien|trong|hom|luc|khi|va|con|hoac|hay|thi|la)\b)"
    r"\w+){1,8}(?: (?:do|ay|kia)|(?:,(?: \w+){1,3})? nay)\b)")


def pointed_few(folded: str) -> str:
    """The folded question with "mấy" that points back (``_POINTED_FEW``) written "m_y": of the same length (spans
    taken before still hold), it is no asking word to any pattern, whatever its case.

    >>> pointed_few("tien cho may viec boi duong nha giao, chuyen doi so nay lay tu dau")[9:12]
    'm_y'
    >>> pointed_few("co may lop mo nam nay")
    'co may lop mo nam nay'
    """
    return _POINTED_FEW.sub("m_y", folded)


def asker_intro_end(folded: str, who_only: bool = False) -> int:
    """Where the asker's introduction of themselves ends in a folded question (``ASKER_INTRO``), 0 when it has
    none. The introduction asks nothing (no question word), and a question follows it. ``who_only``: only one that
    says no more than who asks ("Tôi là …", "Ủy viên HĐND hỏi:"), not one that also says what they care about
    ("Công đoàn chúng tôi quan tâm đến lao động nữ:")."""
    m = ASKER_INTRO.match(folded)
    if m and m.lastgroup == "who" and _ASKING_IN_INTRO.search(m.group("who")):
        m = _ASKER_CLAUSE.match(folded)  # "Là cán bộ …, tôi muốn biết … nào. Cảm ơn.": the first clause alone
    if not m or (who_only and (m.lastgroup == "we" or _WISH.search(m.group(m.lastgroup or 0)))):
        return 0
    if _ASKING_IN_INTRO.search(m.group(m.lastgroup or 0)) or not folded[m.end() + 1:].strip():
        return 0
    return m.end()


# The asker's own body named by its kind and a first person, folded ("Kế hoạch đề nghị hội chúng tôi làm gì?",
# "trường em phải báo cáo ai", "đơn vị mình được giao gì"), after an introduction that names it ("Tôi là cán bộ Hội
# Phụ nữ tỉnh Bạch Vân."): it asks of that body. Group "noun": the kind; "đơn vị", "cơ quan" stand for any body.
# Not "xã tôi", "huyện tôi": places, not bodies.
OWN_BODY = re.compile(
    r"\b(?P<noun>hoi|truong|so|trung tam|ban|doan|tinh doan|ngan hang|lien doan|don vi|co quan)\s+(?:cua\s+)?"
    r"(?:chung toi|chung em|chung minh|ben toi|ben em|toi|em|minh)\b"
)
ANY_BODY_NOUNS = ("don vi", "co quan")


# A district's office named by the question ("Phòng LĐ-TB&XH quận tôi", "phòng văn hóa xã hội huyện"), folded,
# read from the office's name on: plans give its work to the district's People's Committee ("UBND các quận,
# huyện"), whose office it is; a Sở's own "Phòng Giáo dục nghề nghiệp" is none.
DISTRICT_OFFICE = re.compile(r"^phong\b(?:(?!\bso\b)[^,.;?]){0,60}?\b(?:quan|huyen|thi xa|cap huyen)\b")
FORMER_BODY_AFTER = re.compile(
    r"^\s*(?:cu\b|(?:da\s+|bi\s+)?(?:giai the|sap nhap|hop nhat)\b|truoc day\b"
    r"|(?:da\s+)?khong con\b(?:\s+nua\b)?(?=\s*(?:[,.;:?]|thi\b|$)))"
)
# A sentence that speaks of the one before it by a demonstrative ("Nguồn vốn này thực hiện theo kế hoạch tín dụng
# được giao, không tổng hợp vào tổng kinh phí của Kế hoạch.", "Khoản kinh phí nói trên …", "Việc này …"): what it
# says of the fact quoted belongs to the quote. Not the document itself ("Kế hoạch này …", "Quyết định này …").
BACK_REFERENCE = re.compile(
    r"^(?!(?:Kế hoạch|Quyết định|Văn bản|Đề án|Chương trình|Nghị quyết|Chỉ thị|Thông báo|Hướng dẫn|Báo cáo)\b)"
    r"[A-ZĐÀ-Ỹ][^\W\d_]*(?:\s+[^\W\d_]+){0,3}\s+(?:này|nói trên)\b"
)
# What folded text writes before a body something is sent to: "gửi ", "nộp về ", "báo cáo ", "trình ", "gửi báo
# cáo năm cho ", "gửi kết quả khảo sát nhu cầu học nghề về ", "gửi báo cáo kết quả thực hiện nhiệm vụ được phân công
# về ": that body receives; it does not do the work. Not its author ("báo cáo của Sở …").
SENT_TO = re.compile(
    r"\b(?:gui|nop|bao cao|trinh)\b(?:(?:\s+(?!cua\b)[^\s,;.:()]+){0,2}"
    r"|(?:\s+[^\s,;.:()]+){0,12}\s+(?:ve|cho|len|den|toi))\s*$"
    r"|\b(?:kien nghi|de nghi|de xuat)\s+(?:len|voi|den|toi)\s*$"  # "kiến nghị lên Bộ Nội vụ": it receives the plea
)
# What ends a heading naming bodies by what is done to them ("4. Các trường và Ủy ban nhân dân các xã, phường được
# giám sát", "Các đơn vị chịu sự kiểm tra", "Các cơ sở được chọn"): a passive of a few words that qualifies the
# bodies; it is no duty of theirs.
DONE_TO_BODIES = re.compile(r"\s+(?:được|bị|chịu sự)\s+\w+(?:\s+\w+){0,2}\s*:?\s*$")
# What folded text writes before a body it goes to ("Lúc đến Trường …", "khi xuống UBND xã …", "đến làm việc với Sở
# …"): the place of a visit, which is assigned nothing for it.
VISITED = re.compile(r"\b(?:den|toi|xuong)(?:\s+(?:lam viec|kiem tra|giam sat|khao sat)(?:\s+(?:tai|voi))?)?\s*$")
# A report's part of proposals ("IV. ĐỀ XUẤT, KIẾN NGHỊ", "V. KIẾN NGHỊ", "C. ĐỀ XUẤT, KIẾN NGHỊ"), matched on a
# heading path: the bodies its items are headed by ("2. Đối với Bộ Nội vụ") are asked, not doing work of their own
# there: the register keeps those items as requests ("đề nghị"), an answer reads those bodies as receiving them.
PROPOSALS_PART = re.compile(r"^(?:[IVX]+|[A-Z])\.\s+(?:ĐỀ XUẤT|KIẾN NGHỊ|ĐỀ NGHỊ)\b", re.IGNORECASE)
# What folded text writes right after a body it gives the lead of a task: "Sở Y tế chủ trì …", "Trường … là đơn
# vị chủ trì", "Sở Nội vụ làm đầu mối", "… là cơ quan thường trực".
LEADS_AFTER = re.compile(
    r"^\s*(?:(?:la|se|duoc giao|phai|dang|van)\s+)?(?:(?:co quan|don vi)\s+)?(?:chu tri|lam dau moi|thuong truc)\b"
)
# A table row's cell naming the body that leads its task: "Cơ quan chủ trì: Sở Giáo dục và Đào tạo".
LEAD_CELL = re.compile(r"(?:^|\|)\s*(?:cơ quan |đơn vị )?(?:chủ trì|thực hiện)\s*:\s*([^|]+)", re.IGNORECASE)
# A table row detailing the row above it, its label opening so: "Trong đó: lao động chuyển đổi nghề",
# "Bao gồm: …", "Chia ra: …" (the row's own words name only the part, the row above the whole).
DETAIL_ROW = re.compile(r"^(?:trong đó|bao gồm|gồm|chia ra)\b\s*[:,]?", re.IGNORECASE)


# A sentence leaving a figure or a matter to a later decision: "Mức hỗ trợ … sẽ do Ủy ban nhân dân tỉnh xem xét,
# quyết định sau khi sơ kết", "sẽ được xem xét, quyết định riêng", "hướng dẫn cụ thể sau"; not the escalation
# of a problem ("báo cáo Ủy ban nhân dân tỉnh xem xét, quyết định"), which decides nothing in advance.
DEFERRED = re.compile(
    r"\bsẽ\s+(?:được\s+|do\s+[^.;]{1,60}?\s+)?(?:xem xét,?\s+)?(?:quy định|quyết định|ban hành|hướng dẫn|bố trí)\b"
    r"|\b(?:quy định|quyết định|hướng dẫn)\s+(?:cụ thể\s+)?(?:sau|riêng)\b",
    re.IGNORECASE,
)


# A question asking what a text said before it was amended, in folded words: "Trước khi (được) sửa đổi, Kế hoạch …
# dự kiến bao nhiêu", "trước khi bị bãi bỏ quy định gì", "Kế hoạch 25 lúc đầu đặt mức nào", "ban đầu hẹn xong khi
# nào", "mức cũ"; not a deadline ("xong trước khi nào") nor a start-up aid ("hỗ trợ vốn ban đầu").
FORMER_ASKED = re.compile(
    r"\btruoc khi (?:duoc |bi )?(?:sua doi|sua|dieu chinh|bai bo|thay the)\b"
    r"|\b(?:ban dau|luc dau)\s+(?:dat|de ra|du kien|quy dinh|hen|ghi|giao|la)\b"
    r"|\b(?:muc|con so|chi tieu|noi dung) cu\b(?! the)"  # folded "cũ", not "cụ thể"
)
# Text that states a former wording or figure, folded: a comparison table's column of the text in force before the
# amendment beside the amended one ("Nội dung tại Kế hoạch số 296/KH-UBND (hiện hành)", "Nội dung cũ", "Theo Kế
# hoạch số 25/KH-UBND | Nội dung điều chỉnh, bổ sung", "Sau điều chỉnh"), an amendment quoting what it replaces
# ("thay thế cụm từ “…” bằng …", "được điều chỉnh từ 186.400 triệu đồng xuống …"), a note of the figure before
# ("trước đây", "ban đầu"). A consolidated text's note that a point "được sửa đổi theo …" gives only the text in force.
FORMER_STATED = re.compile(
    r"\b(?:hien hanh|noi dung cu|truoc day|ban dau|luc dau|(?:truoc khi|truoc|sau) (?:sua doi|dieu chinh)"
    r"|noi dung (?:sua doi|dieu chinh)"
    r"|(?:sua doi|dieu chinh) tu|thay the\b[^.;]{0,120}\bbang|tu\s+[\d.,]+(?:\s+\w+){0,3}\s+(?:len|xuong|thanh))\b"
)

# A question asking which bodies by name, folded: "Trường cao đẳng nào …", "Bốn doanh nghiệp nào được chọn …",
# "những cơ sở GDNN nào", "công ty nào", "tên 5 doanh nghiệp … là gì"; group "kind" (or "several") the head noun.
# Not "bao nhiêu trường", nor a Sở ("sở nào"), whose answer is a body the plans name anyway, nor a time or a manner
# the "nào" asks ("3 cơ sở thì hạn khi nào").
_NOT_A_NAME = r"(?:khi|luc|ngay|thang|nam|quy|hom|dip|the|cach|thoi diem|giai doan)\s+nao\b"
# The names of several things asked, counted or plural, as a question opens them (folded): "tên 5 …", "tên các …".
SEVERAL_NAMES = r"ten (?:cua )?(?:cac|nhung|hai|ba|bon|nam(?! \d)|sau|bay|tam|chin|muoi|\d{1,2}) "
_NAMED_KINDS = r"truong|doanh nghiep|cong ty|co so|trung tam|hop tac xa"
NAMES_ASKED = re.compile(rf"\b(?P<kind>{_NAMED_KINDS})\b(?:\s+(?!{_NOT_A_NAME})\S+){{0,4}}?\s+nao\b"
                         # … or their names, several counted: "Tên 5 doanh nghiệp được chọn … là gì?"
                         rf"|\b{SEVERAL_NAMES}(?P<several>{_NAMED_KINDS})\b")
# Another document's target a plan only contributes to: "góp phần hoàn thành mục tiêu tỷ lệ lao động qua đào tạo đạt
# 65% vào năm 2025 theo Nghị quyết Đại hội …"; the plan's own figure ("Tỷ lệ lao động qua đào tạo đạt 65,5%") is its
# target. Not "góp phần nâng tỷ lệ … lên 80%", the plan's own aim.
CONTRIBUTED_TARGET = re.compile(r"\bgóp phần\s+(?:hoàn thành|thực hiện|đạt(?: được)?)\s+(?:các\s+|những\s+)?mục tiêu\b"
                                r"[^.;]*?\b(?:theo|của|tại)\s+(?:Nghị quyết|Kế hoạch|Chiến lược|Chương trình|Quyết định"
                                r"|Đề án|Chỉ thị|Kết luận)\b", re.IGNORECASE)
# A decision's closing clause naming who executes it as a whole: "Chánh Văn phòng …, Trưởng các phòng: … chịu trách
# nhiệm thi hành Quyết định này"; it assigns no task of its own.
EXECUTES_DOCUMENT = re.compile(
    r"\bchịu trách nhiệm thi hành\s+(?:Quyết định|Nghị quyết|Chỉ thị|Thông tư|Kế hoạch|văn bản)\s+này\b", re.IGNORECASE)
# A question asking a person's name (folded): "Giám đốc Sở …, người ký Tờ trình, tên là gì?", "họ tên người phụ
# trách", "ông ấy tên gì"; a post or a person beside the ask. Not "tên trường là gì" (a body's name), nor "ba
# trường đó tên là gì" (a folded "bà" is also "ba", three), nor "là ai" of a council's post, which a post answers
# ("Chủ tịch Hội đồng quản lý Quỹ là ai?": "Phó Chủ tịch UBND tỉnh phụ trách văn hóa - xã hội"); the head of a
# standing body ("Giám đốc Sở Giáo dục và Đào tạo hiện là ai?", "Hiệu trưởng trường … là ai") is a person.
PERSON_NAME_ASKED = re.compile(
    r"\b(?:giam doc|pho giam doc|chu tich|pho chu tich|hieu truong|truong phong|truong ban|truong khoa|nguoi ky"
    r"|nguoi dung dau|nguoi phu trach|can bo|ong ay|ba ay)\b[^?.]{0,80}?\b(?:ten (?:la )?gi|ten day du"
    r"|ho (?:va )?ten)\b|\b(?:ho (?:va )?ten|ten) (?:cua )?(?:ong|nguoi|giam doc|chu tich|hieu truong)\b"
    r"|\b(?:(?:pho )?giam doc so|(?:pho )?hieu truong(?: truong)?|(?:pho )?chu tich (?:uy ban nhan dan|ubnd))\b"
    r"[^?.]{0,60}?\b(?:hien (?:nay )?)?la ai\b")
# A question asking the exact day of something (folded): "diễn ra chính xác vào ngày nào", "cụ thể ngày nào", "ngày
# cụ thể là ngày mấy"; a month or a quarter is no answer to it. Not a plain "ngày nào", which a month may answer
# ("Hạn nộp báo cáo là ngày nào?": "trước tháng 6/2025").
DAY_ASKED = re.compile(r"\b(?:chinh xac|cu the)\b[^?.]{0,30}?\bngay (?:nao|may|bao nhieu)\b"
                       r"|\bngay (?:nao|may|bao nhieu)\b[^?.]{0,12}?\b(?:chinh xac|cu the)\b|\bngay cu the\b")
# Counts written as words (folded), with their values: "ba cơ sở", "bốn nghề".
COUNT_WORDS = {"mot": 1, "hai": 2, "ba": 3, "bon": 4, "nam": 5, "sau": 6, "bay": 7, "tam": 8, "chin": 9, "muoi": 10}
COUNT_WORD = "(?:" + "|".join(COUNT_WORDS) + ")"
# A count of bodies of a kind standing in a text (folded): "01 trường cao đẳng", "04 doanh nghiệp", "ba cơ sở".
BODIES_COUNTED = rf"(?:\d+|{COUNT_WORD})\s+(?:{{kind}})\b"

# A sentence saying what a term means or how an indicator is counted: "Lao động qua đào tạo có bằng cấp, chứng chỉ
# là lao động đã được cấp chứng chỉ sơ cấp trở lên", "… được hiểu là", "tỷ lệ … tính trên tổng số lao động từ 15
# tuổi trở lên"; not an amount stated with "là" ("Tổng kinh phí là 1.846 tỷ đồng", "là khoảng 20.000 người").
DEFINES = re.compile(
    r"(?<![\w])(?:được hiểu là|nghĩa là|(?:được )?tính (?:trên|bằng|theo)|là)(?![\w])"
    r"(?!\s*(?:(?:khoảng|hơn|trên|dưới|gần|trên dưới)\s+)?[\d(])",
    re.IGNORECASE,
)


# A digital signature's stamp, printed on a signed PDF beside the header or over the signature: "Ký bởi: Văn phòng
# Ủy ban nhân dân", "Người ký: Trần Minh Khoa", "Thời gian ký: 12.03.2026 16:05:31 +07:00" (one of these anchors a
# stamp) with its fields "Email: vpubnd@…", "Cơ quan: Tỉnh Hà Lam", "Chức vụ: Phó Chủ tịch" near it; and the note
# a signed copy carries on each page, "Văn bản được ký số trên Hệ thống quản lý văn bản và điều hành tỉnh …".
SIGNATURE_STAMP = re.compile(r"^(?:(?:được\s+)?ký(?:\s+số)?\s+bởi|người ký|thời gian ký|ngày(?:\s+giờ)?\s+ký)\s*:",
                             re.IGNORECASE)
STAMP_FIELD = re.compile(r"^(?:e-?mail|cơ quan|chức vụ|đơn vị|tổ chức|số hiệu chứng thư|nơi ký)\s*:", re.IGNORECASE)
SIGNED_COPY_NOTE = re.compile(r"^(?:văn bản|tài liệu|bản điện tử)\b.{0,40}?\b(?:được|đã được)\s+ký số\b",
                              re.IGNORECASE)
STAMP_REACH = 6  # a stamp's fields stand within this many lines of its anchor (a PDF may interleave the header's)


# "chi" (to spend, a branch) as OCR misreads it with a hook: "chỉ phí", "chỉ nhánh", "Chỉ cục", "chỉ tiết" are no
# words ("chỉ tiêu", "chỉ đạo", "chỉ có" are); group 1 the first letter, group 2 the word after.
MISREAD_CHI = re.compile(r"(?<![\w])([Cc])hỉ(\s+(?:phí|nhánh|cục|tiết)(?![\w]))")
# "cao đẳng" as OCR misreads its tone ("Trường Cao đằng Công nghiệp", "cao đảng"): no other word is spelled so;
# group 1 "cao " as written, group 2 the first letter of "đẳng".
MISREAD_CAO_DANG = re.compile(r"(?<![\w])([Cc][Aa][Oo]\s+)([Đđ])(?:ằ|ả|ẵ|ắ|ạ|ặ)ng(?![\w])")
# "c" as OCR misreads it "€" where an item's letter or a copy note stands: "€) Trưởng các thôn …", "(b/€)"; a plan
# writes no euro sign beside a bracket or a slash.
MISREAD_C = re.compile(r"(?:(?<=^)|(?<=[\s(/]))€(?=[)/])", re.MULTILINE)


# A table of contents: its title alone on a line, then entries that each end in a page number after a tab, dot
# leaders or a wide space ("Chương I. SỰ CẦN THIẾT ......... 3", "3.1. Mục tiêu chung⇥5"); they repeat headings.
CONTENTS_TITLE = re.compile(r"^\s*(?:MỤC LỤC|Mục lục)\s*:?\s*$")
CONTENTS_ENTRY = re.compile(r"^.*\S(?:\t+\s*|\s*[.…·_]{3,}\s*|\s{3,})(?:\d{1,3}|[ivxIVX]{1,5})\s*$")
CONTENTS_ENTRIES = 2  # entries in a row at least: a table of contents lists several headings

# A plan's list of its own abbreviations: "DANH MỤC CÁC TỪ VIẾT TẮT", "Chữ viết tắt", "BẢNG KÝ HIỆU VIẾT TẮT".
GLOSSARY_TITLE = re.compile(r"^\s*(?:(?:DANH MỤC|BẢNG|Danh mục|Bảng)\s+)?(?:(?:CÁC|NHỮNG|các|những)\s+)?"
                            r"(?:TỪ|CHỮ|KÝ HIỆU|từ|chữ|ký hiệu|Từ|Chữ|Ký hiệu)\s+(?:VIẾT TẮT|viết tắt)\s*:?\s*$")
# An abbreviation as plans coin them: capitals (Đ too), maybe with "&", "-" or a digit ("CSGDNN", "GD&ĐT", "KT-XH").
ABBREVIATION = r"[A-ZĐ][A-ZĐ0-9&\-]{1,11}"
# One entry of that list on a line: "GDNN: Giáo dục nghề nghiệp", "- SNV – Sở Nội vụ", "LĐNT ⇥ Lao động nông thôn".
GLOSSARY_LINE = re.compile(
    rf"^\s*(?:[-–•+]\s*)?(?P<short>{ABBREVIATION})\s*(?::|[-–=]|\t)\s*(?P<long>[^\W\d_].+?)\s*[.;]?\s*$")

# A contract's parties, named once and then called by a label: "BÊN ĐẶT HÀNG (sau đây gọi là Bên A): SỞ GIÁO DỤC
# VÀ ĐÀO TẠO TỈNH X", "Trường Cao đẳng Y (sau đây gọi tắt là Bên B)", "Bên A (Bên giao nhiệm vụ): Sở Nội vụ".
# The label is "Bên" and a capital letter; "Bên đặt hàng" alone labels no one the text later names.
PARTY_LABEL = r"Bên\s+[A-ZĐ](?![\w])"
# "(sau đây gọi là Bên A)", "(sau đây gọi tắt là Bên B)", "(gọi tắt là Bên A)": group "label".
PARTY_DEFINED = re.compile(rf"\(\s*(?:sau đây\s+)?(?:được\s+)?gọi(?:\s+tắt|\s+chung)?\s+là\s+(?P<label>{PARTY_LABEL})"
                           r"\s*\)", re.IGNORECASE)
# A term standing for several kinds a text names once ("3. Doanh nghiệp nhỏ và vừa, hợp tác xã, tổ hợp tác, hộ kinh
# doanh (sau đây gọi chung là cơ sở sản xuất, kinh doanh) …"): group "members" the kinds, from the sentence's start,
# group "term" what the text calls them after ("Cơ sở sản xuất, kinh doanh | Mức cho vay tối đa: …").
COLLECTIVE_TERM = re.compile(r"(?P<members>[^.:;()]{3,200}?)\s*\(\s*(?:sau đây\s+)?(?:được\s+)?gọi chung là\s+"
                             r"(?P<term>[^()]{3,80}?)\s*\)", re.IGNORECASE)
# An article's heading: "Điều 5. Hỗ trợ doanh nghiệp, hợp tác xã tiếp nhận lao động" (group "number"), its title a
# short name (group "title"; not a sentence: "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.").
ARTICLE_HEADING = re.compile(r"^Điều\s+(?P<number>\d{1,3})\s*[.:]\s*(?:(?P<title>[^.;:]{3,120}?)\s*$)?")
# After an article's number, what makes it another text's article ("Điều 5 Nghị định số 61/2015/NĐ-CP", "Điều 3 của
# Luật Việc làm") or the article's own heading ("Điều 5. Hỗ trợ …"): no reference to the text's own article.
NOT_OWN_ARTICLE = (r"(?!\s*[.:]\s+[^\W\d_])(?!\s+(?:của\s+)?(?:Luật|Bộ luật|Nghị định|Thông tư|Pháp lệnh|Hiến pháp"
                   r"|(?:Nghị quyết|Quyết định|Quy chế|Quy định|Kế hoạch|Hợp đồng|Chỉ thị)\s+(?:số|\d)))")
# A line that opens with the label itself: "Bên A: Sở Giáo dục và Đào tạo", "BÊN B (Bên nhận đặt hàng): Trường …".
PARTY_LINE = re.compile(rf"^\s*(?:[-–•+]\s*)?(?P<label>{PARTY_LABEL})\s*(?:\([^()]{{1,60}}\))?\s*:\s*(?P<name>\S.*)$",
                        re.IGNORECASE)
# Who a party is, asked (folded): "Bên B là ai?", "ben a trong hop dong la co quan nao", "Ai là bên C?"; not what it
# does ("Bên B phải làm gì"). Group "label" or "after": the party's letter.
PARTY_ASKED = re.compile(r"\bben (?P<label>[a-e])\b(?:(?!\bben [a-e]\b)[^?.;]){0,40}?\bla (?:ai|(?:co quan|don vi|"
                         r"cong ty|doanh nghiep|truong|to chuc|ben|ai) nao)\b|\b(?:ai|co quan nao|don vi nao) "
                         r"(?:la|dong vai tro) ben (?P<after>[a-e])\b")
# A party's name ends at its particulars: "Sở X, địa chỉ: …", "Trường Y; Mã số thuế …", "Công ty Z - Đại diện: …".
PARTY_NAME_END = re.compile(r"\s*(?:[;(]|[,.-]\s*(?:địa chỉ|đại diện|do\s|có trụ sở|trụ sở|mã số|điện thoại|"
                            r"tài khoản)|\.\s*$)", re.IGNORECASE)
# A part of a text setting out a body's duties, the body after it: "Nghĩa vụ của Bên A", "Trách nhiệm của Sở Nội vụ",
# "Quyền và nghĩa vụ của Bên B", "Trách nhiệm phối hợp của Ủy ban nhân dân các xã" (not "Trách nhiệm thi hành").
DUTIES_OF = re.compile(r"^(?:Quyền(?:\s+hạn)?\s+và\s+)?(?:nghĩa vụ|trách nhiệm|nhiệm vụ)(?:\s+(?:phối hợp|thực hiện|"
                       r"cụ thể|chung))?\s+của\s+(?=\S)", re.IGNORECASE)
# … the same part named without "của", as a report closes on its issuer's own next steps: "Nhiệm vụ Sở Nội vụ sẽ
# triển khai", "Những việc Sở Giáo dục và Đào tạo sẽ thực hiện", "Các nhiệm vụ Trung tâm tiếp tục thực hiện trong thời
# gian tới"; ``body`` is the body if the caller finds one there ("Trách nhiệm thi hành" names none).
DUTIES_AHEAD = re.compile(r"^(?:(?:các|những)\s+)?(?:nhiệm vụ|việc|công việc)\s+(?P<body>\S.*?)\s+"
                          r"(?:sẽ\s+(?:tiếp tục\s+)?|tiếp tục\s+|cần\s+)(?:triển khai|thực hiện|tổ chức thực hiện|làm)"
                          r"(?:\s+(?:trong\s+)?(?:thời gian tới|giai đoạn tới|năm\s+\d{4}))?\s*:?\s*$", re.IGNORECASE)
# The words around a body's lead that add no duty to it: the future or a continuation before ("sẽ", "tiếp tục"), the
# items it points to after ("các nhiệm vụ sau", "những nội dung cụ thể như sau"): "Sở Nội vụ sẽ triển khai các nhiệm
# vụ sau:" announces as "Sở Nội vụ triển khai:" does; a council's powers beside its duties ("Hội đồng quản lý Quỹ
# có nhiệm vụ, quyền hạn:", "… có nhiệm vụ và quyền hạn sau:") announce too.
ANNOUNCING_FRAME = re.compile(r"^(?:sẽ\s+(?:tiếp tục\s+)?|tiếp tục\s+)|\s*,?\s+(?:và\s+)?quyền hạn(?=(?:\s+(?:sau đây"
                              r"|sau|như sau|dưới đây))?\s*:?\s*$)|\s+(?:(?:các|những)\s+(?:nhiệm vụ|nội dung"
                              r"|công việc|việc)(?:\s+(?:chủ yếu|trọng tâm|cụ thể))?)?(?:\s+(?:cụ thể\s+)?"
                              r"(?:sau đây|sau|như sau|dưới đây))?(?=\s*:?\s*$)", re.IGNORECASE)
# The label a reviewer's report sets before each side of a point ("- Dự thảo quy định: Giao Sở Nội vụ chủ trì …",
# "- Ý kiến của Ban: Ban thống nhất; đề nghị giao Sở Giáo dục và Đào tạo chủ trì …"): what follows is the line's
# statement, read as if the line opened with it.
_DRAFT_LABEL = r"Dự thảo(?:\s+(?:Nghị quyết|Quyết định|quy định|đề xuất|đề nghị|nêu))*"
_OPINION_LABEL = r"Ý kiến(?:\s+(?:của|thẩm tra|tiếp thu|giải trình)\b[^:;.]{0,60})?"
REVIEW_LABEL = re.compile(rf"^(?:{_DRAFT_LABEL}|{_OPINION_LABEL})\s*:\s*(?=\S)", re.IGNORECASE)
# … each side apart, bulleted as a line of the text: the draft's point, labelled or said ("- Dự thảo quy định hỗ
# trợ …"), and the reviewer's opinion on it that follows.
DRAFT_POINT = re.compile(rf"^(?:[-+•]\s*)?(?:{_DRAFT_LABEL}\s*:|Dự thảo(?:\s+(?:Nghị quyết|Quyết định))?\s+"
                         r"(?:quy định|đề xuất|đề nghị|nêu)\b)", re.IGNORECASE)
REVIEW_OPINION = re.compile(rf"^(?:[-+•]\s*)?{_OPINION_LABEL}\s*:\s*(?=\S)", re.IGNORECASE)
# A line singling out one of the bodies its heading names: "đ) Riêng Trường Cao đẳng X: tổ chức 01 buổi tư vấn …"
# under "6. Trường Cao đẳng X và Trung tâm Y:": the line's duty is that body's alone.
ONLY_FOR = re.compile(r"^Riêng\s+(?=\S)", re.IGNORECASE)
# A heading addressing the body its items are for, nothing after it: "2. Đối với Ủy ban nhân dân tỉnh" over "a) Tiếp
# thu, chỉnh lý …"; in a part of proposals ("IV. KIẾN NGHỊ") the items are asked of that body. Not an outline's
# finished line ("3. Đối với các sở, ngành có liên quan."), which heads nothing.
ADDRESSED_TO = re.compile(r"^Đối với\s+(?P<body>[^:.]{3,160}?)\s*$")
# The people a plan serves, whom bodies do things for ("học viên được Trung tâm X giới thiệu việc làm").
SERVED_PEOPLE = r"(?:học viên|người học|học sinh|sinh viên|thí sinh|(?:người )?lao động|người dân)"
# … and one setting out a party's rights, which bind nobody: "Quyền của Bên A", "Quyền hạn của Sở X", "Quyền lợi của
# Bên B"; not the learners' ("Quyền lợi của học viên"), where what a body does for them is its duty.
RIGHTS_OF = re.compile(rf"^Quyền(?:\s+(?:hạn|lợi))?\s+của\s+(?!{SERVED_PEOPLE}(?!\w))(?=\S)", re.IGNORECASE)
# A body's standing in the text, set before the duties it announces: "Sở Nội vụ là cơ quan chủ trì, có trách
# nhiệm:", "Sở X là cơ quan đầu mối tổ chức thực hiện Quy chế này, có trách nhiệm:"; what follows the comma announces.
ROLE_APPOSITION = re.compile(r"^là\s+(?:cơ quan|đơn vị|tổ chức|bộ phận)\b[^,;:]*,\s*", re.IGNORECASE)
# A lead naming its bodies in the items after it, each with its share: "Yêu cầu các đơn vị sau nộp số tiền chi sai
# vào tài khoản tạm giữ …:" over "a) Trường X: 235,7 triệu đồng", "Giao các cơ quan, đơn vị sau đây thực hiện:".
LISTED_BODIES_LEAD = re.compile(
    r"^(?P<ask>(?:Giao|Yêu cầu|Đề nghị|Kiến nghị)\s+)?(?:các|những)\s+(?:cơ quan|đơn vị|tổ chức|cá nhân|tập thể|cơ sở"
    r"|trường|địa phương)(?:\s*(?:,|và)\s*(?:cơ quan|đơn vị|tổ chức|cá nhân|tập thể))*(?:\s+có tên)?\s+"
    r"(?:sau đây|sau|dưới đây|như sau)\s*(?P<duty>[^:]*?)\s*:\s*$",
    re.IGNORECASE,
)
