"""Preamble, closing and signature formulas of Vietnamese administrative texts.

Raw-text patterns (diacritics kept), matched at the start of a paragraph.
"""

from __future__ import annotations

import re

# Legal bases: "Căn cứ Luật Giáo dục nghề nghiệp …", "Thực hiện Quyết định số …".
LEGAL_BASIS = re.compile(r"^(Căn cứ|Thực hiện)\b")
# Paragraphs that open the preamble (or the body) and therefore end a title:
# "Căn cứ …", "Theo đề nghị …", "Để …", "Nhằm …", "Trên cơ sở …".
PREAMBLE_OPENER = re.compile(r"^(?:Căn cứ|Thực hiện|Theo|Để|Nhằm|Trên cơ sở|Triển khai thực hiện)\b")
# Capitalised openers of a new paragraph; never the continuation of a wrapped sentence.
PARAGRAPH_OPENER = re.compile(r"^(Căn cứ|Thực hiện|Trên đây|Nơi nhận)\b")

# The signature block: "Nơi nhận:", "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", a bare "GIÁM ĐỐC".
SIGNATURE_START = re.compile(r"^(Nơi nhận\s*:?|TM\.\s|KT\.\s|(GIÁM ĐỐC|CHỦ TỊCH|PHÓ CHỦ TỊCH)\s*$)")
# The closing formula ("Trên đây là Kế hoạch …") or the signature block.
CLOSING_START = re.compile(rf"^Trên đây là\b|{SIGNATURE_START.pattern}")
# Lines of a signature block, also in abbreviations: "T.M.", "K.T.", "TUQ.", "TL.", "Q. GIÁM ĐỐC".
SIGNATURE_LINE = re.compile(
    r"^(?:T\.?M\.|K\.?T\.|TUQ\.|T\.?L\.|Q\.\s|CHỦ TỊCH|PHÓ CHỦ TỊCH|GIÁM ĐỐC|PHÓ GIÁM ĐỐC|[Nn]ơi nhận)"
)
# "(đã ký)", "(Ký, đóng dấu)", "(ký và ghi rõ họ tên)": not part of the signer's name.
SIGNED_NOTE = re.compile(r"\(?\s*(?:đã ký|ký(?:,| và)? (?:đóng dấu|ghi rõ họ tên)[^)]*)\s*\)?", re.IGNORECASE)

# The national motto of every header: not a title, not a place.
MOTTO = re.compile(r"CỘNG\s+HÒA\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM|ĐỘC\s+LẬP\s*-\s*TỰ\s+DO\s*-\s*HẠNH\s+PHÚC")
