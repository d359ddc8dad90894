"""Everyday words users type for what plans name otherwise: "tiền" for "kinh phí", "học nghề" for
"đào tạo nghề", "xuất khẩu lao động" for "đi làm việc ở nước ngoài".

A question's topic is matched against plan text word by word, so a user's own
wording covers nothing of the sentence that answers it. Each entry maps a
folded everyday phrase that plans do not use to the folded words they use
("học nghề", "vay vốn", "giáo viên" are plan words too: mapping them would
lose the sentences that use them); the question's topic words are read in the
plans' wording (its question words are not touched).
"""

from __future__ import annotations

import re

from index.normalize import canonical, fold_accents
from index.vocab.abbreviations import read_in_full
from index.vocab.qualifiers import PAYING

# Syllables that mean nothing alone, only in the compound they close: the "nghiệp" of "thất nghiệp" (unemployment),
# "nghề nghiệp", "doanh nghiệp", "công nghiệp", "nông nghiệp", "tốt nghiệp". A question's "tỷ lệ thất nghiệp" is not
# half covered by a line about "giáo dục nghề nghiệp": such a word counts only beside the word it follows.
BOUND_SYLLABLES = frozenset({"nghiep"})

# (everyday phrase as a folded pattern, the plans' words); longer phrases first where they overlap.
# Folding merges words ("tiền" money, "tiến" progress: "tien"), so an ambiguous one is matched only
# where it can only mean the everyday word ("tiền lấy ở đâu").
PLAN_WORDING: tuple[tuple[str, str], ...] = (
    (r"xuat khau lao dong|di lao dong (?:o )?nuoc ngoai", "di lam viec o nuoc ngoai"),
    (r"truong nghe", "co so giao duc nghe nghiep"),
    # a learner who "ra trường" (leaves school, done) is one who "tốt nghiệp", as plans write it
    (r"ra truong", "tot nghiep"),
    # "tiền lấy ở đâu", "nguồn tiền": the funding; "bao nhiêu tiền" only asks for an amount (a measure).
    # "lấy tiền từ đâu", "tiền (để) thực hiện kế hoạch", "tiền để làm kế hoạch": the funding too.
    (r"(?<=nguon )tien|tien(?= (?:lay|o dau|tu dau)\b)|(?<=lay )tien(?= tu\b)"
     r"|tien(?= (?:de )?(?:thuc hien|trien khai|lam (?:ke hoach|kh))\b)", "kinh phi"),
    # "tiền học" is what plans call the cost of training.
    (r"tien hoc(?! phi)", "chi phi dao tao"),
    # "tổng tiền", "tổng số tiền" of a plan: its total funding.
    (r"(?<=tong )(?:so )?tien", "kinh phi"),
    (r"vay tien", "cho vay"),
    # "cơ quan nào đứng ra xây dựng …", "sở nào cầm trịch": the body that leads it.
    (r"dung ra|cam trich", "chu tri"),
    (r"tan tat", "khuyet tat"),
    # an intake or round by its order in words ("đợt đầu", "đợt thứ hai"): plans number them ("Đợt 1: từ ngày …")
    (r"dot (?:thu nhat|dau tien|dau)", "dot 1"),
    (r"dot (?:thu )?hai", "dot 2"),
    (r"dot (?:thu )?ba", "dot 3"),
    # "máy móc (thiết bị)" for training is what plans call "trang thiết bị"
    (r"may moc(?: thiet bi)?", "trang thiet bi"),
    # the papers a borrower or learner brings ("cần chuẩn bị những giấy tờ gì"): plans list them as a "hồ sơ"
    (r"giay to", "ho so"),
    # a level of government as the payer ("trong đó tỉnh bỏ ra bao nhiêu"): its budget, as plans write it
    (rf"(?<!ngan sach )(?<!cap )(?=(?:cap )?(?:trung uong|tinh|thanh pho|huyen|xa) {PAYING}\b)", "ngan sach "),
    # the latest a thing may be done ("muộn nhất", "trễ nhất là khi nào"): plans write "chậm nhất"
    (r"muon nhat|tre nhat", "cham nhat"),
    # a thing "dùng được" (usable; not "sử dụng được") is one plans "đưa vào sử dụng"
    (r"(?<!su )dung duoc", "dua vao su dung"),
    # "(phải) xong" a task: plans write "hoàn thành"
    (r"(?<=phai )xong|xong(?= (?:truoc|khi nao|luc nao|bao gio|trong|vao)\b)", "hoan thanh"),
)
_PATTERNS = tuple((re.compile(rf"\b(?:{user})\b"), plan) for user, plan in PLAN_WORDING)


def in_plan_wording(folded: str) -> str:
    """A folded question's words with everyday phrases written as plans write them.

    >>> in_plan_wording("tien lay o dau")
    'kinh phi lay o dau'
    >>> in_plan_wording("muon hoc nghe o truong nghe")
    'muon hoc nghe o co so giao duc nghe nghiep'
    """
    for pattern, plan in _PATTERNS:
        folded = pattern.sub(plan, folded)
    return folded


# Phrases plans use for the same thing, each read as one (folded; the first spelling is the one kept): a question
# in one wording then covers, and retrieves, a sentence in the other, on both sides alike. Only exact equivalents:
# "tuyển mới" is the year's enrolment ("tuyển mới giáo dục nghề nghiệp đạt 38.400 người"), "tạo việc làm (mới)"
# the jobs a plan counts as "giải quyết việc làm (mới)".
SAME_MEANING: tuple[tuple[str, str], ...] = (
    (r"tuyen moi", "tuyen sinh"),
    (r"(?<!dao )tao viec lam", "giai quyet viec lam"),
    # "xuất khẩu lao động" is what plans write "(đưa người) lao động đi làm việc ở nước ngoài (theo hợp đồng)"
    (r"xuat khau lao dong", "lao dong di lam viec o nuoc ngoai"),
    # a demobilised soldier is "bộ đội" or "quân nhân xuất ngũ"; an ethnic minority's people "người" or "đồng bào"
    (r"quan nhan xuat ngu", "bo doi xuat ngu"),
    (r"dong bao dan toc thieu so", "nguoi dan toc thieu so"),
    # the first of several events is "đầu tiên" or "thứ nhất" ("Ngày hội đầu tiên", "Ngày hội thứ nhất ngày 12/4")
    (r"dau tien", "thu nhat"),
    # a worker's skill is "tay nghề" or "kỹ năng nghề" ("nhân lực có tay nghề", "lao động có kỹ năng nghề")
    (r"tay nghe", "ky nang nghe"),
    # a month written "tháng 8/2026" in a table and "tháng 8 năm 2026" in a question
    (r"thang (\d{1,2})\s*/\s*((?:19|20)\d\d)", r"thang \1 nam \2"),
)
_SAME = tuple((re.compile(rf"\b(?:{other})\b"), kept) for other, kept in SAME_MEANING)


# A syllable of one consonant (or "qu") and "i"/"y" is spelled either way ("kĩ năng"/"kỹ năng", "tỉ lệ"/"tỷ lệ",
# "quản lí"/"quản lý", "quí"/"quý"): read as plans mostly spell it, with "y". Not "thi", "chi", "vi" (no such variant).
_Y_FOR_I = re.compile(r"(?<![\w])(k|l|m|t|s|h|qu)i(?![\w])")



def plan_reading(folded: str) -> str:
    """Folded text as words are matched: abbreviations read in full, and phrases of the same meaning in one
    wording. Questions and plan text (the search index and the answer's scoring) are read alike.

    >>> plan_reading("tuyen moi gdnn dat 38.400 nguoi")
    'tuyen sinh giao duc nghe nghiep dat 38.400 nguoi'
    >>> plan_reading("muc tieu tao viec lam moi cho bao nhieu nguoi; dao tao viec lam")
    'muc tieu giai quyet viec lam moi cho bao nhieu nguoi; dao tao viec lam'
    >>> plan_reading("| 7 | thang 8/2026 | phien chuyen de |")
    '| 7 | thang 8 nam 2026 | phien chuyen de |'
    >>> plan_reading("ti le lao dong co ki nang")
    'ty le lao dong co ky nang'
    """
    folded = _Y_FOR_I.sub(r"\1y", read_in_full(folded))
    for pattern, kept in _SAME:
        folded = pattern.sub(kept, folded)
    return folded



_SYLLABLE = re.compile(r"[0-9]+(?:[.,/][0-9]+)*%?|[^\W_]+", re.UNICODE)


def reading_syllables(text: str) -> list[str]:
    """The syllables words are matched by (the search index's and the answer's alike), folded and read as
    `plan_reading` reads them; a count written with a leading zero, as documents write them ("tối đa 01 lần",
    "dưới 03 tháng"), is the number users type ("1", "3"); a date or a code stays whole ("01/7/2026", "06/nq").

    >>> reading_syllables("Tối đa 01 lần trong 03 năm, từ ngày 01/7/2026")
    ['toi', 'da', '1', 'lan', 'trong', '3', 'nam', 'tu', 'ngay', '01/7/2026']
    """
    return [s.lstrip("0") or "0" if s.isdigit() and len(s) <= 3 else s
            for s in _SYLLABLE.findall(plan_reading(fold_accents(canonical(text))))]
