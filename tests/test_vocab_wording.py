"""Everyday wording read as plans word it: positive and negative examples."""

from __future__ import annotations

import pytest

from assistant.questions import profile_question
from index.vocab.wording import in_plan_wording, plan_reading


@pytest.mark.parametrize(("typed", "plans"), [
    ("tien lay o dau", "kinh phi lay o dau"),
    ("nguon tien cua ke hoach", "nguon kinh phi cua ke hoach"),
    ("ke hoach lay tien tu nhung nguon nao", "ke hoach lay kinh phi tu nhung nguon nao"),
    ("tien thuc hien ke hoach lay tu dau", "kinh phi thuc hien ke hoach lay tu dau"),
    ("tien de trien khai chuong trinh", "kinh phi de trien khai chuong trinh"),
    ("tien de lam ke hoach dao tao nghe tu dau ra", "kinh phi de lam ke hoach dao tao nghe tu dau ra"),
    ("tong tien cho chuong trinh", "tong kinh phi cho chuong trinh"),
    ("duoc ho tro tien hoc bao nhieu", "duoc ho tro chi phi dao tao bao nhieu"),
    ("tong so tien la bao nhieu", "tong kinh phi la bao nhieu"),
    ("muon hoc o truong nghe", "muon hoc o co so giao duc nghe nghiep"),
    ("hoc vien ra truong co viec lam khong", "hoc vien tot nghiep co viec lam khong"),
    ("xuat khau lao dong bao nhieu nguoi", "di lam viec o nuoc ngoai bao nhieu nguoi"),
    ("muon vay tien di hoc", "muon cho vay di hoc"),
    ("nguoi tan tat hoc nghe", "nguoi khuyet tat hoc nghe"),
    ("co quan nao dung ra xay dung dinh muc", "co quan nao chu tri xay dung dinh muc"),
    ("nop ho so muon nhat la khi nao", "nop ho so cham nhat la khi nao"),
    ("tre nhat ngay nao phai nop", "cham nhat ngay nao phai nop"),
    ("so nao cam trich lap de an", "so nao chu tri lap de an"),
    ("tien de lam kh chien luoc lay o dau ra", "kinh phi de lam kh chien luoc lay o dau ra"),
    ("nop ho so dot dau han chot khi nao", "nop ho so dot 1 han chot khi nao"),
    ("dot thu hai nhan tu ngay nao", "dot 2 nhan tu ngay nao"),
    ("tien mua may moc thiet bi cho nghe trong diem", "tien mua trang thiet bi cho nghe trong diem"),
    ("bao gio phai xong", "bao gio phai hoan thanh"),
    ("bao gio thi dung duoc", "bao gio thi dua vao su dung"),
    ("xong truoc ngay nao", "hoan thanh truoc ngay nao"),
    ("muon vay von can chuan bi nhung giay to gi", "muon vay von can chuan bi nhung ho so gi"),
    ("trong do tinh bo ra bao nhieu", "trong do ngan sach tinh bo ra bao nhieu"),
    ("cap huyen gop bao nhieu", "ngan sach cap huyen gop bao nhieu"),
    ("trung uong cap bao nhieu", "ngan sach trung uong cap bao nhieu"),
])
def test_everyday_phrases_are_read_in_the_plans_words(typed, plans):
    assert in_plan_wording(typed) == plans


@pytest.mark.parametrize("typed", ["tien do thuc hien", "cai tien chuong trinh", "bao nhieu tien", "tien hanh lam",
                                   "ngan sach tinh bo ra bao nhieu", "ngan sach cap xa gop", "tinh chi dao",
                                   "tinh ho tro bao nhieu",
                                   "uu tien nguoi khuyet tat", "hoc nghe", "vay von", "giao vien",
                                   "dau tu dot 1", "dot phat hai", "nghe may", "lam xong", "su dung duoc"])
def test_plan_words_words_that_fold_alike_and_amounts_are_left_alone(typed):
    assert in_plan_wording(typed) == typed


def test_the_topic_is_read_in_plan_wording_and_the_question_words_are_kept():
    profile = profile_question("Tiền lấy ở đâu để dạy nghề cho lao động nông thôn?")
    assert {"kinh", "phi", "day", "nghe"} <= set(profile.keywords) and "tien" not in profile.keywords
    assert "kinh" not in profile_question("Kế hoạch cho vay bao nhiêu tiền?").keywords


@pytest.mark.parametrize(("text", "read"), [
    ("tuyen moi giao duc nghe nghiep dat 38.400 nguoi", "tuyen sinh giao duc nghe nghiep dat 38.400 nguoi"),
    ("tao viec lam moi cho 1.250 lao dong", "giai quyet viec lam moi cho 1.250 lao dong"),
    ("ho tro tao viec lam", "ho tro giai quyet viec lam"),
    ("ty le tot nghiep thcs vao hoc gdnn", "ty le tot nghiep trung hoc co so vao hoc giao duc nghe nghiep"),
    ("thang 8/2026 | phien chuyen de", "thang 8 nam 2026 | phien chuyen de"),
    ("truoc thang 12 / 2025", "truoc thang 12 nam 2025"),
    ("chi tieu xuat khau lao dong moi nam", "chi tieu lao dong di lam viec o nuoc ngoai moi nam"),
    ("nhu cau tho co tay nghe cao", "nhu cau tho co ky nang nghe cao"),
    ("350 quan nhan xuat ngu tham gia hoc nghe", "350 bo doi xuat ngu tham gia hoc nghe"),
    ("dao tao nghe cho dong bao dan toc thieu so", "dao tao nghe cho nguoi dan toc thieu so"),
    ("ngay hoi dau tien to chuc o dau", "ngay hoi thu nhat to chuc o dau"),
    # "i" and "y" after one consonant are one spelling: "kĩ năng", "tỉ lệ", "quản lí", "quí"
    ("ki nang nghe, ti le 30%, ban quan li, quy ii", "ky nang nghe, ty le 30%, ban quan ly, quy ii"),
    ("qui dinh, hi vong, bac si", "quy dinh, hy vong, bac sy"),
])
def test_phrases_of_one_meaning_are_read_alike(text, read):
    assert plan_reading(text) == read


@pytest.mark.parametrize("text", [
    "lien ket dao tao viec lam",  # "đào tạo, việc làm": training and jobs, not job creation
    "tao dieu kien viec lam cho thanh nien",
    "tuyen dung moi 200 lao dong",  # hiring is no enrolment
    "ngay 30/6/2026",  # a day's date is no month
    "quan nhan dang tai ngu",  # a serving soldier is not demobilised
    "ky thi, chi phi, vi pham",  # "thi", "chi", "vi" have no "y" spelling
])
def test_other_phrases_keep_their_words(text):
    assert plan_reading(text) == text
