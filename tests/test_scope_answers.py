"""The plans a question names bound its answer, end to end: a province whose plan says nothing of the topic
is refused, never answered with another province's figure that outranks everything it says."""

from __future__ import annotations

import pytest

from index.normalize import comparison_form


def _header(province: str, number: str, title: str) -> list[str]:
    return [f"ỦY BAN NHÂN DÂN TỈNH {province.upper()}", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc", f"Số: {number}/KH-UBND", f"{province}, ngày 12 tháng 01 năm 2025",
            "KẾ HOẠCH", f"{title} tỉnh {province} năm 2025"]


def _rural_plan() -> str:
    """A plan that speaks of rural workers' training in every section, each with a 2025 figure, and of the
    neighbouring province it trains them with."""
    groups = ["thanh niên", "phụ nữ", "người dân tộc thiểu số", "bộ đội xuất ngũ", "lao động mất đất",
              "lao động trong hợp tác xã", "lao động làng nghề", "người khuyết tật", "lao động hộ nghèo",
              "lao động ven biển", "lao động vùng núi", "lao động chuyển đổi nghề"]
    lines = _header("Hà Lam", "14", "Đào tạo nghề cho lao động nông thôn") + ["I. CHỈ TIÊU NĂM 2025"]
    for n, group in enumerate(groups, 1):
        lines += [f"{n}. Đào tạo nghề cho lao động nông thôn là {group}",
                  f"- Năm 2025 đào tạo nghề cho {n * 150 + 400} lao động nông thôn là {group}, "
                  "chỉ tiêu đào tạo nghề giao cho các xã, liên kết với các trường nghề của tỉnh Kim Xuyên."]
    lines += ["II. TỔ CHỨC THỰC HIỆN", "Sở Nội vụ chủ trì, tổng hợp kết quả đào tạo nghề cho lao động nông thôn.",
              "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lê Văn Hùng", ""]
    return "\n".join(lines)


def _job_fair_plan() -> str:
    """A plan of another province on job fairs only: nothing on training rural workers."""
    return "\n".join(_header("Kim Xuyên", "27", "Tổ chức phiên giao dịch việc làm") + [
        "I. CHỈ TIÊU", "- Năm 2025 tổ chức 18 phiên giao dịch việc làm, trong đó 6 phiên lưu động tại các xã.",
        "II. TỔ CHỨC THỰC HIỆN", "Trung tâm Dịch vụ việc làm tỉnh chủ trì tổ chức các phiên giao dịch việc làm.",
        "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Phạm Thu Hà", ""])


@pytest.fixture(scope="module")
def two_provinces(assistant_over):
    return assistant_over({
        "halam-2025-kh-dao-tao-nghe-lao-dong-nong-thon.txt": _rural_plan(),
        "kimxuyen-2025-kh-phien-giao-dich-viec-lam.txt": _job_fair_plan()})


def test_a_province_whose_plan_lacks_the_topic_is_refused_not_answered_from_another(two_provinces):
    answer = two_provinces.ask("Năm 2025 tỉnh Kim Xuyên đào tạo nghề cho bao nhiêu lao động nông thôn?")
    assert answer.refused, answer.text
    assert not any("halam" in c.doc for c in answer.citations)


def test_the_named_province_is_answered_from_its_own_plan(two_provinces):
    answer = two_provinces.ask("Năm 2025 tỉnh Kim Xuyên tổ chức bao nhiêu phiên giao dịch việc làm?")
    assert not answer.refused and comparison_form("18 phiên") in comparison_form(answer.text), answer.text
    assert {c.doc for c in answer.citations} == {"kimxuyen-2025-kh-phien-giao-dich-viec-lam.txt"}


def _strategy_plan() -> str:
    """A province's strategy whose title spans 2021 - 2030 and says nothing of unemployment."""
    lines = ["ỦY BAN NHÂN DÂN TỈNH LAM GIANG", "Số: 40/KH-UBND", "Lam Giang, ngày 05 tháng 3 năm 2022", "KẾ HOẠCH",
             "Thực hiện Chiến lược phát triển giáo dục nghề nghiệp tỉnh Lam Giang giai đoạn 2021 - 2030",
             "I. MỤC TIÊU"]
    lines += [f"{n}. Phát triển mạng lưới cơ sở giáo dục nghề nghiệp nhóm {n}" for n in range(1, 4)]
    lines += ["- Đến năm 2030, sắp xếp lại mạng lưới cơ sở giáo dục nghề nghiệp theo hướng tinh gọn.",
              "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Đỗ Văn Tâm", ""]
    return "\n".join(lines)


def _labour_market_plan() -> str:
    """The same province's labour-market plan of 2023, whose targets run to 2025 (its title names no year)."""
    return "\n".join([
        "ỦY BAN NHÂN DÂN TỈNH LAM GIANG", "Số: 77/KH-UBND", "Lam Giang, ngày 20 tháng 4 năm 2023", "KẾ HOẠCH",
        "Phát triển thị trường lao động linh hoạt, hiện đại, hiệu quả", "I. MỤC TIÊU", "Phấn đấu đến năm 2025:",
        "- Duy trì tỷ lệ thất nghiệp chung dưới 3%, tỷ lệ thất nghiệp khu vực thành thị dưới 4%.",
        "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Đỗ Văn Tâm", ""])


@pytest.fixture(scope="module")
def one_province_two_plans(assistant_over):
    return assistant_over({
        "lamgiang-2022-kh-chien-luoc-gdnn.txt": _strategy_plan(),
        "lamgiang-2023-kh-thi-truong-lao-dong.txt": _labour_market_plan()})


def test_the_provinces_other_plan_answers_when_the_one_its_title_years_chose_cannot(one_province_two_plans):
    """"Đến 2025" ranks the strategy titled 2021 - 2030 first by the year its title spans; it says nothing of
    unemployment, so the province's labour-market plan, whose targets run to 2025, answers."""
    answer = one_province_two_plans.ask("Đến 2025 Lam Giang giữ tỷ lệ thất nghiệp chung dưới mức nào?")
    assert not answer.refused and comparison_form("dưới 3%") in comparison_form(answer.text), answer.text
    assert {c.doc for c in answer.citations} == {"lamgiang-2023-kh-thi-truong-lao-dong.txt"}
    # what neither plan says is still refused
    assert one_province_two_plans.ask("Đến 2025 Lam Giang hỗ trợ tiền ăn cho người học bao nhiêu một ngày?").refused


def test_a_search_narrowed_to_the_plans_asked_never_widens_past_the_users_filter(two_provinces):
    """Asked of Hà Lam with only Kim Xuyên's plan let through: nothing of Hà Lam's is quoted."""
    from index.retriever import Filters

    only = Filters(docs=("kimxuyen-2025-kh-phien-giao-dich-viec-lam.txt",))
    answer = two_provinces.ask("Năm 2025 tỉnh Hà Lam đào tạo nghề cho bao nhiêu lao động nông thôn là phụ nữ?",
                               filters=only)
    assert not any("halam" in c.doc for c in answer.citations), answer.text
