"""Examples for the phrase vocabulary of `index.vocab.phrases`: the roles a matrix cell's mark gives, and
sentences that leave a figure to a later decision."""

from __future__ import annotations

import pytest

from index.tables import role_mark
from index.vocab.phrases import (
    BACK_REFERENCE,
    CELL_ACTION,
    CONTRIBUTED_TARGET,
    DEFERRED,
    DEFINES,
    EXECUTES_DOCUMENT,
    FORMER_BODY_AFTER,
    FORMER_BODY_BEFORE,
    LEAD_CELL,
    LISTED_BODIES_LEAD,
    NAMES_ASKED,
    OPEN_ENDING,
    PARTNERS_CELL,
    PERSON_NAME_ASKED,
    SENT_TO,
    TOTAL_ROW,
    VENUE_MENTION,
    cites_basis,
)


@pytest.mark.parametrize(("cell", "role"), [
    ("C", "chủ trì"), (" ct ", "chủ trì"), ("Chủ trì", "chủ trì"), ("(C)", "chủ trì"),
    ("P", "phối hợp"), ("PH", "phối hợp"), ("phối hợp", "phối hợp"), ("P.", "phối hợp"), ("P )", "phối hợp"),
    ("x", ""), ("X", ""), ("", ""), ("Sở Nội vụ", ""), ("CP", ""), ("12", ""),
])
def test_a_matrix_cell_mark_gives_a_role(cell, role):
    assert role_mark(cell) == role


@pytest.mark.parametrize(("sentence", "defers"), [
    ("Mức hỗ trợ trình độ trung cấp sẽ do Ủy ban nhân dân tỉnh xem xét, quyết định sau khi sơ kết.", True),
    ("Đầu tư xây dựng xưởng thực hành sẽ được xem xét, quyết định riêng.", True),
    ("Định mức chi phí đào tạo sẽ được hướng dẫn cụ thể sau.", True),
    ("Ủy ban nhân dân tỉnh sẽ quyết định sau khi có hướng dẫn của Trung ương.", True),
    ("Vướng mắc gửi Sở Nội vụ tổng hợp, báo cáo Ủy ban nhân dân tỉnh xem xét, quyết định.", False),
    ("Mức hỗ trợ tối đa 4 triệu đồng/người/khóa học theo quy định.", False),
    ("Sở Tài chính bố trí kinh phí hằng năm.", False),
])
def test_a_sentence_leaving_a_figure_to_a_later_decision(sentence, defers):
    assert (DEFERRED.search(sentence) is not None) is defers


@pytest.mark.parametrize(("sentence", "defines"), [
    ("[3] Lao động qua đào tạo có bằng cấp, chứng chỉ là lao động đã được cấp chứng chỉ sơ cấp trở lên.", True),
    ("Người lao động nông thôn được hiểu là người từ đủ 15 tuổi trở lên cư trú tại xã.", True),
    ("Tỷ lệ lao động qua đào tạo tính trên tổng số lao động từ 15 tuổi trở lên đang làm việc.", True),
    ("Tổng kinh phí dự kiến thực hiện Kế hoạch là 1.846 tỷ đồng.", False),
    ("Chỉ tiêu tuyển sinh năm 2026 là khoảng 20.000 người.", False),
    ("Đến cuối năm 2027, tỷ lệ lao động qua đào tạo đạt 72%.", False),
])
def test_a_sentence_saying_what_a_term_means(sentence, defines):
    assert (DEFINES.search(sentence) is not None) is defines


@pytest.mark.parametrize(("line", "open_"), [
    ("chỉ tiêu của 54 xã, phường còn lại được giao tổng và do Sở", True),
    ("các xã có đông lao động nông thôn cần chuyển đổi nghề, như xã Nậm Lương, xã", False),  # as a heading ends
    ("Chỉ tiêu được phân bổ cho các xã, phường theo ba nguyên tắc: Thứ nhất,", False),  # a comma: wrapped texts only
    ("rà soát nhu cầu học nghề, gửi", True),
    ("8. Ngân hàng Chính sách xã hội – Chi nhánh thành phố Hải Phòng", False),  # a place, no body's head word
    ("thông tin cơ sở của các xã, phường, Cổng Thông tin điện tử tỉnh và", True),
    ("3/ Chỉ tiêu giao cho từng xã, phường", False),  # a heading ends on its own noun
    ("5. Ủy ban nhân dân các xã", False),
    ("Sở", False), ("II - NHIỆM VỤ, GIẢI PHÁP", False),
    ("Tuyên truyền bằng tiếng dân tộc tại các thôn, bản vùng cao.", False),
])
def test_a_line_ending_on_a_word_needing_more_is_open(line, open_):
    assert (OPEN_ENDING.search(line) is not None) is open_


@pytest.mark.parametrize(("row", "filled"), [
    ("Hội nghị | Cơ quan chủ trì: Ban Quản lý | Cơ quan phối hợp: Sở Nội vụ; Sở Tài chính | Thời hạn: Quý III", True),
    ("Hội nghị | Đơn vị phối hợp: các xã, phường", True),
    ("Hội nghị | Cơ quan chủ trì: Ban Quản lý | Đơn vị phối hợp: - | Thời hạn: Quý III", False),
    ("Hội nghị | Cơ quan chủ trì: Ban Quản lý | Cơ quan phối hợp:", False),
    ("Hội nghị | Cơ quan chủ trì: Ban Quản lý | Thời hạn: Quý III", False),
])
def test_a_partners_cell_is_filled(row, filled):
    assert bool(PARTNERS_CELL.search(row)) is filled


@pytest.mark.parametrize(("cell", "total"), [
    ("Cộng", True), ("Tổng cộng:", True), ("TỔNG SỐ", True), ("Toàn tỉnh", True),
    ("Cộng đồng dân cư", False), ("Tổng hợp báo cáo", False), ("Hàn", False),
])
def test_a_total_row_by_its_label(cell, total):
    assert bool(TOTAL_ROW.match(cell)) is total


@pytest.mark.parametrize(("line", "cites"), [
    ("Căn cứ Luật Giáo dục nghề nghiệp ngày 27 tháng 11 năm 2014;", True),
    ("Quyết định số 1487/QĐ-TTg ngày 18/11/2025 của Thủ tướng Chính phủ, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:",
     True),
    ("Ủy ban nhân dân tỉnh ban hành Kế hoạch phát triển giáo dục nghề nghiệp năm 2026 như sau:", False),
    ("Thực hiện Kế hoạch số 316-KH/TU ngày 23/4/2025 của Thành ủy, UBND Thành phố ban hành kế hoạch như sau:", True),
])
def test_a_basis_line_cites_a_document_unless_it_only_announces_the_plan(line, cites):
    assert cites_basis(line) is cites


@pytest.mark.parametrize(("before", "sent"), [
    ("báo cáo năm (trước ngày 25/11/2025) gửi ", True),
    ("Tổng hợp, báo cáo ", True),
    ("gửi báo cáo năm cho ", True),
    ("lập danh sách người học gửi ", True),
    ("gửi kết quả khảo sát nhu cầu học nghề về ", True),
    ("trình ", True),
    ("báo cáo của ", False),  # the author
    ("giao cho ", False),  # who is given the work does it
    ("phối hợp với ", False),
    ("Chủ trì, phối hợp với ", False),
])
def test_a_body_something_is_sent_to(before, sent):
    from index.normalize import fold_accents

    assert bool(SENT_TO.search(fold_accents(before))) == sent


def test_a_row_cell_naming_the_lead_body():
    row = "Báo cáo kết quả năm 2025 | Cơ quan chủ trì: Sở Giáo dục và Đào tạo | Cơ quan phối hợp: Sở Tài chính"
    assert LEAD_CELL.search(row).group(1).strip() == "Sở Giáo dục và Đào tạo"
    assert LEAD_CELL.search("Nhiệm vụ | Đơn vị thực hiện: Trường Cao đẳng Y tế").group(1) == "Trường Cao đẳng Y tế"
    assert LEAD_CELL.search("Tuyển sinh | Đơn vị tính: người | Năm 2025: 3.500") is None


@pytest.mark.parametrize(("sentence", "speaks_back"), [
    ("Nguồn vốn này thực hiện theo kế hoạch tín dụng được giao.", True),
    ("Khoản kinh phí nói trên được bố trí trong dự toán.", True),
    ("Việc này do Sở Nội vụ hướng dẫn.", True),
    ("Kế hoạch này thay thế Kế hoạch số 12/KH-UBND.", False),  # the document itself
    ("Quyết định này có hiệu lực từ ngày ký.", False),
    ("Số liệu trên địa bàn được cập nhật hằng quý.", False),
    ("Tỷ lệ có việc làm đạt 80%.", False),
])
def test_a_sentence_speaking_of_the_one_before(sentence, speaks_back):
    assert bool(BACK_REFERENCE.match(sentence)) == speaks_back


@pytest.mark.parametrize(("before", "after", "gone"), [
    ("giờ không còn ", " thì cơ quan nào", True),
    ("những việc trước đây giao cho ", " thì giờ ai làm", True),
    ("thay cho ", ", sở nào chủ trì", True),
    ("sau khi sáp nhập ", " vào sở nội vụ", True),
    ("", " cũ làm gì", True),
    ("", " không còn, ai thường trực", True),
    ("", " đã giải thể thì", True),
    ("", " không còn được giao việc gì", False),  # "không còn" of its verb: the body is asked
    ("nhiệm vụ của ", " là gì", False),
])
def test_a_body_the_question_says_is_gone(before, after, gone):
    from index.normalize import fold_accents

    found = bool(FORMER_BODY_BEFORE.search(fold_accents(before))) or bool(FORMER_BODY_AFTER.match(fold_accents(after)))
    assert found == gone


@pytest.mark.parametrize(("question", "intro"), [
    ("Ủy viên HĐND hỏi: KH GDNN năm 2025 tổng cộng cần bao nhiêu tiền?", "Ủy viên HĐND hỏi"),
    ("Tôi là cán bộ Hội Phụ nữ ở ngoại thành Hà Nội. Ban Công tác Phụ nữ phải làm gì?",
     "Tôi là cán bộ Hội Phụ nữ ở ngoại thành Hà Nội"),
    ("Là cán bộ nhân sự KCN ở Hải Phòng, tôi muốn biết ngành nghề nào được ưu tiên?",
     "Là cán bộ nhân sự KCN ở Hải Phòng"),
    ("Công đoàn chúng tôi quan tâm đến lao động nữ: tỷ lệ nữ đạt bao nhiêu?",
     "Công đoàn chúng tôi quan tâm đến lao động nữ"),
    ("Công đoàn huyện muốn biết: những nhóm nào được ưu tiên?", "Công đoàn huyện muốn biết"),
    # where the asker works or lives, to the end of its sentence when that asks nothing
    ("Tôi dạy ở trung tâm GDNN-GDTX huyện Hòa Yên, Bạch Vân. Đề án sắp xếp các trung tâm bao giờ trình tỉnh?",
     "Tôi dạy ở trung tâm GDNN-GDTX huyện Hòa Yên, Bạch Vân"),
    ("Tôi làm công đoàn ở KCN Phú Thạch. Ai lo việc đào tạo công nhân?", "Tôi làm công đoàn ở KCN Phú Thạch"),
    ("Em đang học tại trường trung cấp, học phí bao nhiêu?", "Em đang học tại trường trung cấp"),
    ("Con tôi năm nay học hết lớp 9 ở Bạch Vân. Tỉnh muốn bao nhiêu phần trăm học sinh vào học nghề?",
     "Con tôi năm nay học hết lớp 9 ở Bạch Vân"),  # the asker's child
    ("Là cán bộ ở Hải Phòng, tôi muốn biết sở nào chủ trì. Cảm ơn.", "Là cán bộ ở Hải Phòng"),
    # the asker as an elder or a younger one speaks of themselves, what they study, a change of their state
    ("Chị là phụ nữ nông thôn ở ngoại thành, nhà khó khăn lắm. Kế hoạch ưu tiên những đối tượng nào?",
     "Chị là phụ nữ nông thôn ở ngoại thành, nhà khó khăn lắm"),
    ("Em học trung cấp cơ khí ở Bạch Vân. Tỉnh đầu tư thiết bị cho những nghề nào?",
     "Em học trung cấp cơ khí ở Bạch Vân"),
    ("Cháu là học sinh lớp 9. Học trung cấp có được miễn học phí không?", "Cháu là học sinh lớp 9"),
    ("Tôi mới xuất ngũ, quê ở Hà Nội. Kế hoạch hỗ trợ gì?", "Tôi mới xuất ngũ, quê ở Hà Nội"),
    ("Chị em phụ nữ nông thôn được hỗ trợ học nghề gì?", ""),  # a group asked of, no asker
    ("Em học nghề gì thì dễ xin việc?", ""),
    # one clause that asks: the asker's body is asked of
    ("Trường cao đẳng chúng em phải báo cáo cho sở nào?", ""),
    ("Sở Nội vụ chúng tôi, phải làm gì?", ""),  # nothing asked after the first clause but its own question
    ("Sở Tài chính hỏi ý kiến sở nào về dự toán?", ""),
    ("Sở Nội vụ: phải báo cáo khi nào?", ""),
    ("Tôi là ai?", ""),
    ("Tôi học nghề ở đâu?", ""),  # a verb without a place after it asks
])
def test_the_askers_introduction_of_themselves(question, intro):
    from index.normalize import fold_accents
    from index.vocab.phrases import asker_intro_end

    assert question[:asker_intro_end(fold_accents(question).lower())] == intro


def test_a_committee_member_by_person_and_post():
    from index.vocab.phrases import MEMBER_POST

    post = MEMBER_POST.match("Ông Trần Văn Bình, Giám đốc Sở Nội vụ - Phó Trưởng ban thường trực")
    assert post and post.group("post") == "Giám đốc Sở Nội vụ"
    local = MEMBER_POST.match("Đồng chí Võ Văn Tư, Phó Chủ tịch UBND phường Long Vân - Ủy viên")
    assert local and local.group("post") == "Phó Chủ tịch UBND phường Long Vân"
    assert MEMBER_POST.match("Bà Lê Thị Hoa, Phó Chủ tịch Hội Liên hiệp Phụ nữ tỉnh").group("post") == \
        "Phó Chủ tịch Hội Liên hiệp Phụ nữ tỉnh"
    assert not MEMBER_POST.match("Sở Nội vụ, Sở Tài chính")  # bodies, no person


@pytest.mark.parametrize(("title", "duties", "rights"), [
    ("Nghĩa vụ của Bên A", True, False),
    ("Trách nhiệm của Sở Nội vụ", True, False),
    ("Quyền và nghĩa vụ của Bên B", True, False),
    ("Trách nhiệm phối hợp của Ủy ban nhân dân các xã, phường", True, False),
    ("Nhiệm vụ cụ thể của Trung tâm Dịch vụ việc làm", True, False),
    ("Quyền của Bên A", False, True),
    ("Quyền hạn của Sở Tài chính", False, True),
    ("Trách nhiệm thi hành", False, False),  # whose: the part names every body
    ("Quyền lợi người học", False, False),  # no "của": what learners get, no body's part
])
def test_a_part_of_a_bodys_duties_or_of_its_rights(title, duties, rights):
    from index.vocab.phrases import DUTIES_OF, RIGHTS_OF

    assert (bool(DUTIES_OF.match(title)), bool(RIGHTS_OF.match(title))) == (duties, rights)


@pytest.mark.parametrize(("title", "body"), [
    ("Nhiệm vụ Sở Nội vụ sẽ triển khai", "Sở Nội vụ"),
    ("Những việc Trung tâm Dịch vụ việc làm tỉnh sẽ thực hiện trong thời gian tới", "Trung tâm Dịch vụ việc làm tỉnh"),
    ("Các nhiệm vụ Phòng Giáo dục nghề nghiệp tiếp tục thực hiện năm 2027:", "Phòng Giáo dục nghề nghiệp"),
    ("Trách nhiệm thi hành", None),  # no announcing verb: the part names every body
    ("Nhiệm vụ trọng tâm năm 2027", None),
])
def test_a_part_of_a_bodys_next_duties_named_without_cua(title, body):
    from index.vocab.phrases import DUTIES_AHEAD

    m = DUTIES_AHEAD.match(title)
    assert (m.group("body") if m else None) == body


@pytest.mark.parametrize(("line", "statement"), [
    ("Dự thảo quy định: Giao Sở Nội vụ chủ trì", "Giao Sở Nội vụ chủ trì"),
    ("Dự thảo Nghị quyết đề xuất: hỗ trợ 3 triệu đồng", "hỗ trợ 3 triệu đồng"),
    ("Ý kiến của Ban Văn hóa - Xã hội: Ban thống nhất", "Ban thống nhất"),
    ("Ý kiến thẩm tra: đề nghị giao Sở Tài chính", "đề nghị giao Sở Tài chính"),
    ("Sở Nội vụ: chủ trì hướng dẫn", "Sở Nội vụ: chủ trì hướng dẫn"),  # a body's name, no label
])
def test_the_label_a_reviewer_sets_before_each_side_of_a_point(line, statement):
    from index.vocab.phrases import REVIEW_LABEL

    assert REVIEW_LABEL.sub("", line) == statement


@pytest.mark.parametrize(("lead", "left"), [
    ("sẽ triển khai các nhiệm vụ sau:", "triển khai:"),
    ("tiếp tục thực hiện những nội dung cụ thể như sau:", "thực hiện:"),
    ("có trách nhiệm:", "có trách nhiệm:"),
    ("chủ trì tổ chức 20 phiên giao dịch việc làm:", "chủ trì tổ chức 20 phiên giao dịch việc làm:"),  # a duty
])
def test_the_frame_of_a_lead_announcing_a_bodys_items(lead, left):
    from index.vocab.phrases import ANNOUNCING_FRAME

    assert ANNOUNCING_FRAME.sub("", lead) == left


@pytest.mark.parametrize(("line", "label"), [
    ("BÊN ĐẶT HÀNG (sau đây gọi là Bên A): SỞ GIÁO DỤC VÀ ĐÀO TẠO", "Bên A"),
    ("Trường Cao đẳng Y (sau đây gọi tắt là Bên B), địa chỉ …", "Bên B"),
    ("Công ty Z (gọi tắt là Bên C)", "Bên C"),
    ("các cơ sở giáo dục nghề nghiệp (sau đây gọi chung là cơ sở giáo dục nghề nghiệp)", None),  # a term, no party
    ("Bên cạnh đó (sau đây gọi là Bên cạnh)", None),  # a word, no label
])
def test_a_contracts_party_label_defined_in_parentheses(line, label):
    from index.vocab.phrases import PARTY_DEFINED

    m = PARTY_DEFINED.search(line)
    assert (m.group("label") if m else None) == label


@pytest.mark.parametrize(("line", "duty"), [
    ("Yêu cầu các đơn vị sau nộp số tiền chi sai vào tài khoản tạm giữ, trong thời hạn 30 ngày:",
     "nộp số tiền chi sai vào tài khoản tạm giữ, trong thời hạn 30 ngày"),
    ("Giao các cơ quan, đơn vị sau đây thực hiện:", "thực hiện"),
    ("Các tập thể, cá nhân có tên sau đây hoàn trả kinh phí:", "hoàn trả kinh phí"),
    ("Đề nghị các địa phương dưới đây bổ sung hồ sơ trước ngày 15/5/2026:", "bổ sung hồ sơ trước ngày 15/5/2026"),
    ("Các đơn vị sau:", ""),
    ("Yêu cầu Sở Nội vụ thực hiện các nội dung sau:", None),  # one body named: its own items follow
    ("Các đơn vị sau nộp tiền vào tài khoản tạm giữ.", None),  # no items announced
    ("Kết quả kiểm tra các đơn vị sau cho thấy:", None),
])
def test_a_lead_names_its_bodies_in_the_items_after_it(line, duty):
    m = LISTED_BODIES_LEAD.match(line)
    assert (m.group("duty") if m else None) == duty


@pytest.mark.parametrize(("question", "asked"), [
    ("giam doc so giao duc va dao tao tinh bach van, nguoi ky to trinh 236, ten la gi", True),
    ("ho va ten cua hieu truong truong cao dang nghe song lam", True),
    ("ong ay ten gi", True),
    ("chu tich hoi dong quan ly quy la ai", False),  # a post answers "là ai"
    ("giam doc so giao duc va dao tao bach van hien la ai", True),  # the head of a standing body is a person
    ("hieu truong truong cao dang nghe song lam la ai", True),
    ("chu tich ubnd tinh hien nay la ai", True),
    ("truong ban chi dao la ai", False),  # a committee's post: another post answers
    ("ten truong la gi", False),
    ("ba truong do ten la gi", False),  # three schools' names, not a woman's
    ("ten ba truong duoc chon la gi", False),
    ("ten day du cua quy la gi", False),
])
def test_a_question_asking_a_persons_name(question, asked):
    assert bool(PERSON_NAME_ASKED.search(question)) is asked


@pytest.mark.parametrize(("sentence", "contributed"), [
    ("góp phần hoàn thành mục tiêu tỷ lệ lao động qua đào tạo đạt 65% vào năm 2025 theo Nghị quyết Đại hội", True),
    ("Góp phần thực hiện các mục tiêu của Chiến lược phát triển giáo dục nghề nghiệp: 30% học sinh …", True),
    ("góp phần nâng tỷ lệ lao động qua đào tạo lên 80%", False),  # the plan's own aim
    ("Tỷ lệ lao động qua đào tạo đạt 65,5%.", False),
])
def test_another_documents_target_a_plan_contributes_to(sentence, contributed):
    assert bool(CONTRIBUTED_TARGET.search(sentence)) is contributed


@pytest.mark.parametrize(("sentence", "executes"), [
    ("Chánh Văn phòng UBND tỉnh, Giám đốc các Sở … chịu trách nhiệm thi hành Quyết định này./.", True),
    ("Trưởng các phòng … chịu trách nhiệm thi hành quyết định này.", True),
    ("Sở Nội vụ chịu trách nhiệm thi hành các quy định về hỗ trợ học nghề.", False),
])
def test_a_decisions_closing_clause(sentence, executes):
    assert bool(EXECUTES_DOCUMENT.search(sentence)) is executes


@pytest.mark.parametrize(("question", "asks_names"), [
    ("truong cao dang nao duoc chon lam diem", True),
    ("bon doanh nghiep nao tham gia dat hang", True),
    ("nhung co so gdnn nao duoc kiem dinh", True),
    ("kiem dinh chat luong 3 co so thi han khi nao", False),  # "khi nào" asks a time
    ("03 trung tam do hoan thanh vao ngay nao", False),
    ("cac truong lam theo cach nao", False),
    ("bao nhieu truong dat chuan", False),
])
def test_a_question_asks_bodies_by_name_not_a_time(question, asks_names):
    assert bool(NAMES_ASKED.search(question)) is asks_names


@pytest.mark.parametrize(("rest", "acts"), [
    ("tham mưu", True), ("ký", True), ("tổng hợp", True), ("phối hợp với Phòng Đào tạo", True),
    ("thu phí", True), ("tỉnh", False), ("Hà Nội", False), ("kỹ thuật", False), ("thuộc Sở Nội vụ", False),
])
def test_a_calendar_cells_action_after_a_body(rest, acts):
    assert bool(CELL_ACTION.match(rest)) is acts


@pytest.mark.parametrize(("line", "names_place"), [
    ("Ngày hội tổ chức tại sân Trường THPT Hạc Sơn.", True),
    ("Tổng duyệt ở Hội trường Nhà Văn hóa phường.", True),
    ("Sân Trường THPT Hạc Sơn, số 215 đường Hoàng Hoa Thám, khu phố 3.", True),
    ("Nộp Phiếu tại Phòng Tổ chức – Hành chính (Phòng 105, nhà A).", True),
    ("Địa điểm: Nhà văn hóa thôn Đông.", True),
    ("Ngày hội tổ chức trong tháng 5/2025 tại thành phố Hạc Sơn.", True),
    ("Hỗ trợ theo mức quy định tại Quyết định số 12/QĐ-UBND.", False),
    ("Chi tiết tại Phụ lục III kèm theo.", False),
    ("Đào tạo tại chỗ cho lao động các xã.", False),
    ("Thực hiện theo khoản 2 Điều 5.", False),
])
def test_a_venue_is_a_place_named_not_a_place_in_a_text(line, names_place):
    assert bool(VENUE_MENTION.search(line)) is names_place
