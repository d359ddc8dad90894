"""The web UI: a Gradio 6 chat over the plans, the register tables and the plan list.

Citizens and officials use it in a browser, so everything they see is
Vietnamese, every answer carries its sources (plan, section, the quote marked
in its passage) in a collapsible block, and nothing ever shows a traceback.
The chat function is also the public API ``/chat`` (gradio_client), and the
app binds to 127.0.0.1 without a share link unless told otherwise.

One `Assistant` serves every session: the ask path only reads (Chroma query
and numpy), so the chat runs a few requests at a time (`ui_concurrency`)
behind Gradio's queue; uploads run one at a time (`assistant.uploads`).
"""

from __future__ import annotations

import atexit
import itertools
import logging
import os
import re
import shutil
import socket
import tempfile
import threading
from collections import Counter, OrderedDict
from collections.abc import Iterator, Sequence
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING, Any

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

import gradio as gr

from assistant.answer import SEARCHED_AS, Answer, Citation
from assistant.feedback import FeedbackLog
from assistant.settings import Settings
from assistant.uploads import ALLOWED_SUFFIXES, NO_RESPONSIBILITIES, add_plan
from index.metadata import PlanMetadata
from index.normalize import canonical, fold_accents
from index.register import Deadline, Register, Responsibility, Target, to_csv
from index.retriever import Filters, QueryError
from index.store import StoreError

if TYPE_CHECKING:
    from assistant.service import Assistant

log = logging.getLogger(__name__)

TITLE = "Trợ lý tra cứu kế hoạch giáo dục nghề nghiệp"
EMPTY_QUESTION = (
    "Bạn chưa nhập câu hỏi. Hãy hỏi về một kế hoạch giáo dục nghề nghiệp, ví dụ: chỉ tiêu tuyển sinh, "
    "cơ quan chủ trì, thời hạn báo cáo."
)
SERVICE_ERROR = "Xin lỗi, hệ thống tra cứu đang gặp sự cố nên chưa trả lời được. Vui lòng thử lại sau ít phút."
STORE_ERROR = (
    "Không kết nối được kho dữ liệu tra cứu (Chroma) nên chưa trả lời được. "
    "Vui lòng thử lại sau hoặc báo quản trị viên."
)
REFUSAL_HINT = "Hãy thử hỏi cụ thể hơn (nêu tỉnh/thành phố, số hiệu hoặc năm của kế hoạch)."
FILTER_HINT = "Bộ lọc tỉnh/kế hoạch đang bật: có thể thông tin nằm ở kế hoạch khác, hãy thử bỏ bớt bộ lọc."
SEARCHING = "Đang tra cứu các kế hoạch…"
SOURCES_TITLE = "Nguồn trích dẫn ({n})"
OCR_NOTE = "(bản quét, đọc bằng OCR)"
ALL_PLANS = "Tất cả kế hoạch"

# Example questions name a target by at most this many words (a long indicator makes an unreadable question).
EXAMPLE_INDICATOR_WORDS = 12

CSS = """
#chatbot mark { background: #fde68a; color: inherit; padding: 0 .1em; border-radius: 2px; }
/* Monospace fonts lack precomposed Vietnamese letters: tables use the body font. */
.gdnn-table, .gdnn-table * { font-family: var(--font) !important; }
"""


def theme() -> gr.themes.Base:
    # Local fonts only: the app must work offline (no Google Fonts).
    return gr.themes.Soft(
        primary_hue="red", font=["system-ui", "Segoe UI", "Roboto", "sans-serif"],
        font_mono=["ui-monospace", "monospace"],
    )


def example_questions(plans: dict[str, PlanMetadata], register: Register) -> list[str]:
    """A target question, an agency question and one typed without diacritics, about plans that are loaded.

    Built from the register of the indexed plans rather than written for the
    bundled ones, so every example names a plan of this corpus; the
    accentless one asks about a second plan when there is one.
    """
    targets = sorted(
        (t for t in register.targets() if t.doc in plans and t.year and not re.search(r"\d", t.indicator)
         and len(t.indicator.split()) <= EXAMPLE_INDICATOR_WORDS),
        key=lambda t: (not plans[t.doc].number, len(t.indicator), t.doc),
    )
    leads = sorted((r for r in register.responsibilities(role="chủ trì") if r.doc in plans),
                   key=lambda r: (not plans[r.doc].number, len(r.agency), r.doc))
    def name(doc: str) -> str:
        info = plans[doc]
        if info.number and info.province:
            return f"Kế hoạch {info.number} của {info.province}"
        if info.year and info.province:
            return f"kế hoạch năm {info.year} của {info.province}"
        return info.label or doc

    def target_question(t: Target) -> str:
        return f"Theo {name(t.doc)}, chỉ tiêu “{t.indicator}” năm {t.year} là bao nhiêu?"

    def lead_question(r: Responsibility) -> str:
        return f"Theo {name(r.doc)}, {r.agency} chủ trì những nhiệm vụ nào?"

    questions: list[tuple[str, str]] = []  # (doc, question)
    if targets:
        questions.append((targets[0].doc, target_question(targets[0])))
    if leads:
        questions.append((leads[0].doc, lead_question(leads[0])))
    for doc in sorted(plans, key=lambda d: plans[d].label or d):
        if len(questions) >= 2:
            break
        questions.append((doc, f"{name(doc)} do ai ký ban hành?"))
    if not questions:
        return []
    asked = {doc for doc, _ in questions}
    others = itertools.chain((target_question(t) for t in targets if t.doc not in asked),
                             (lead_question(r) for r in leads if r.doc not in asked))
    accentless = next(others, questions[-1][1])
    return [q for _, q in questions] + [fold_accents(accentless.replace("“", "").replace("”", ""))]


# ================================================================== chat: text helpers


def message_text(content: Any) -> str:
    """The text of a chat message's content in any of Gradio's shapes (str, parts list, dict)."""
    if content is None:
        return ""
    if isinstance(content, str):
        return content
    if isinstance(content, dict):
        return str(content.get("text") or content.get("content") or "") if content.get("type", "text") == "text" else ""
    if isinstance(content, (list, tuple)):
        return "\n".join(t for t in (message_text(c) for c in content) if t)
    return ""


def _meta_title(message: dict) -> str:
    return str((message.get("metadata") or {}).get("title") or "")


def to_history(messages: list[dict]) -> list[tuple[str, str]]:
    """(question, answer) pairs for follow-ups: each user message and the first plain answer after it."""
    pairs: list[tuple[str, str]] = []
    question: str | None = None
    for m in messages or []:
        role = m.get("role")
        if role == "user":
            question = message_text(m.get("content")).strip()
        elif role == "assistant" and question is not None and not _meta_title(m):
            answer = message_text(m.get("content")).strip()
            if question and answer and answer not in (EMPTY_QUESTION, SERVICE_ERROR):
                pairs.append((question, answer))
            question = None
    return pairs


_SPACE_RUN = re.compile(r"\s+")


def _quote_span(text: str, quote: str) -> tuple[int, int] | None:
    """Where the quote lies in the passage (exact, else ignoring spacing and case)."""
    quote = quote.strip().strip("…").strip()
    if not quote:
        return None
    at = text.find(quote)
    if at >= 0:
        return at, at + len(quote)
    words = [re.escape(w) for w in quote.split()]
    if not words:
        return None
    m = re.search(r"\s+".join(words), text, flags=re.IGNORECASE)
    return (m.start(), m.end()) if m else None


def _md_line(text: str) -> str:
    """One line of passage text made inert: HTML escaped, no heading or list markup at its start."""
    text = escape(text, quote=False)
    text = re.sub(r"^(\s*)(\d+)([.)])(?=\s)", r"\1\2\\\3", text)
    return re.sub(r"^(\s*)([#>+*-])(?=\s)", r"\1\\\2", text)


def highlight(passage: str, quote: str) -> str:
    """The passage as a Markdown blockquote with the quote in <mark> (line by line)."""
    span = _quote_span(passage, quote)
    a, b = span if span else (0, 0)
    lines: list[str] = []
    pos = 0
    for raw in passage.split("\n"):
        start, end = pos, pos + len(raw)
        pos = end + 1
        if not raw.strip():
            lines.append(">")
            continue
        s, e = max(a, start), min(b, end)
        if span and s < e:
            piece = _md_line(raw[: s - start]) + "<mark>" + escape(raw[s - start : e - start], quote=False) + "</mark>"
            piece += escape(raw[e - start :], quote=False)
        else:
            piece = _md_line(raw)
        lines.append("> " + piece)
    block = "\n".join(lines)
    if not span and quote.strip():
        block = f"Trích: “{escape(quote.strip(), quote=False)}”\n\n" + block
    return block


def format_citation(c: Citation) -> str:
    """Plan, section and the highlighted passage; a plan read from a scan says so (OCR may misread figures)."""
    section = escape(c.section or "—", quote=False)
    scanned = f" _{OCR_NOTE}_" if c.passage.ocr else ""
    return f"**[{c.n}] {escape(c.plan, quote=False)}**{scanned}  \nMục: _{section}_\n\n{highlight(c.text, c.quote)}"


def format_answer(answer: Answer, filtered: bool) -> str:
    searched = answer.rewritten_question
    text = answer.text.strip()
    if answer.short_answer and text.startswith(answer.short_answer):  # the direct answer in bold above the quotes
        text = f"**{answer.short_answer}**" + text[len(answer.short_answer):]
    parts = [f"_{SEARCHED_AS.format(q=escape(searched, quote=False))}_" if searched else "", text]
    if answer.refused:
        parts.append(REFUSAL_HINT + (" " + FILTER_HINT if filtered else ""))
    parts.extend(f"_ℹ️ {escape(n, quote=False)}_" for n in answer.notices)
    return "\n\n".join(p for p in parts if p)


def answer_messages(answer: Answer, filtered: bool = False) -> list[gr.ChatMessage]:
    """The answer, then its sources as a collapsed block (a message with a metadata title)."""
    out = [gr.ChatMessage(role="assistant", content=format_answer(answer, filtered))]
    if answer.citations:
        body = "\n\n---\n\n".join(format_citation(c) for c in answer.citations)
        out.append(gr.ChatMessage(
            role="assistant", content=body,
            metadata={"title": SOURCES_TITLE.format(n=len(answer.citations)), "status": "done"},
        ))
    return out


class RecentAnswers:
    """The last answers' structured citations, so a vote can store them (bounded, thread-safe)."""

    def __init__(self, size: int = 2048) -> None:
        self._items: OrderedDict[tuple[str, str], dict] = OrderedDict()
        self._size = size
        self._lock = threading.Lock()

    def put(self, question: str, text: str, info: dict) -> None:
        with self._lock:
            self._items[(question.strip(), text.strip())] = info
            self._items.move_to_end((question.strip(), text.strip()))
            while len(self._items) > self._size:
                self._items.popitem(last=False)

    def get(self, question: str, text: str) -> dict | None:
        with self._lock:
            return self._items.get((question.strip(), text.strip()))


# ================================================================== register tables

REGISTER_TABS: dict[str, tuple[str, list[tuple[str, str, str]]]] = {
    # kind: (tab label, [(field, column header, column width)])
    "responsibilities": ("Trách nhiệm", [
        ("plan", "Kế hoạch", "16%"), ("agency", "Cơ quan", "14%"), ("role", "Vai trò", "8%"),
        ("task", "Nhiệm vụ", "32%"), ("partners", "Phối hợp", "12%"), ("deadline", "Thời hạn", "8%"),
        ("section", "Mục", "10%"),
    ]),
    "deadlines": ("Thời hạn", [
        ("plan", "Kế hoạch", "16%"), ("agencies", "Cơ quan", "16%"), ("what", "Việc", "34%"),
        ("when", "Thời hạn", "12%"), ("date", "Ngày", "8%"), ("section", "Mục", "14%"),
    ]),
    "targets": ("Chỉ tiêu", [
        ("plan", "Kế hoạch", "16%"), ("indicator", "Chỉ tiêu", "30%"), ("comparator", "So sánh", "6%"),
        ("value", "Giá trị", "8%"), ("unit", "Đơn vị", "10%"), ("year", "Năm", "8%"), ("scope", "Phạm vi", "10%"),
        ("section", "Mục", "12%"),
    ]),
}


def _cell(value: Any) -> str:
    return "; ".join(value) if isinstance(value, list) else ("" if value is None else str(value))


def _folded(row: Any, fields: list[str]) -> str:
    return fold_accents(canonical(" ".join(_cell(getattr(row, f, "")) for f in fields)))


def register_rows(
    assistant: Assistant, kind: str, plan: str | None = None, agency: str | None = None,
    year: str | None = None, text: str | None = None,
) -> list[Any]:
    """Register rows of one kind by plan (doc), agency (any spelling), year and free words."""
    register = assistant.register()
    plan = plan or None
    agency = (agency or "").strip() or None
    year = (year or "").strip() or None
    rows: Sequence[Responsibility | Deadline | Target]
    if kind == "responsibilities":
        rows = register.responsibilities(plan=plan, agency=agency)
    elif kind == "deadlines":
        rows = register.deadlines(plan=plan, agency=agency)
    elif kind == "targets":
        rows = register.targets(plan=plan, year=year)
        year = None  # the register matched periods ("2021-2025") already
    else:
        raise ValueError(f"unknown register kind {kind!r}")
    if year:
        plans = assistant.index().plans
        fields = ["deadline"] if kind == "responsibilities" else ["when", "date"]
        rows = [
            r for r in rows
            if year in " ".join(_cell(getattr(r, f, "")) for f in fields)
            or (plans.get(r.doc) is not None and str(plans[r.doc].year or "") == year)
        ]
    words = fold_accents(canonical(text or "")).split()
    if words:
        fields = [f for f, _, _ in REGISTER_TABS[kind][1]] + ["task", "source"]
        rows = [r for r in rows if all(w in _folded(r, fields) for w in words)]
    return rows


def register_table(kind: str, rows: list[Any]) -> dict:
    columns = REGISTER_TABS[kind][1]
    return {
        "headers": [h for _, h, _ in columns],
        "data": [[_cell(getattr(r, f, "")) for f, _, _ in columns] for r in rows] or [["" for _ in columns]],
    }


# ================================================================== the app


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:  # removed meanwhile by another request
        return 0.0


class _App:
    """Builds the Blocks; holds what the event handlers share."""

    def __init__(self, assistant: Assistant, settings: Settings) -> None:
        self.assistant = assistant
        self.settings = settings
        self.feedback = FeedbackLog(assistant.settings.feedback_path)
        self.recent = RecentAnswers()
        self.exports = Path(tempfile.mkdtemp(prefix="gdnn-exports-"))
        atexit.register(shutil.rmtree, self.exports, True)

    # ---------------------------------------------------------- choices
    def plan_choices(self) -> list[tuple[str, str]]:
        plans = self.assistant.index().plans
        return [(plans[d].label or d, d) for d in sorted(plans, key=lambda d: plans[d].label or d)]

    def province_choices(self) -> list[str]:
        return sorted({p.province for p in self.assistant.index().plans.values() if p.province})

    def register_plan_choices(self) -> list[tuple[str, str]]:
        return [(ALL_PLANS, "")] + self.plan_choices()

    def agency_choices(self) -> list[str]:
        register = self.assistant.register()
        names = {r.agency for r in register.responsibilities()}
        names.update(a for d in register.deadlines() for a in d.agencies)
        return sorted(n for n in names if n)

    # ---------------------------------------------------------- chat
    def chat(self, message: str, history: list[dict], provinces: list[str] | None, plans: list[str] | None) -> Iterator:
        question = message_text(message).strip()
        if not question:
            yield [gr.ChatMessage(role="assistant", content=EMPTY_QUESTION)]
            return
        filters = Filters(provinces=tuple(provinces or ()), docs=tuple(plans or ()))
        filtered = bool(filters.provinces or filters.docs)
        yield [gr.ChatMessage(role="assistant", content="", metadata={"title": SEARCHING, "status": "pending"})]
        text = ""
        try:
            for kind, value in self.assistant.stream(question, history=to_history(history), filters=filters):
                if kind == "delta":
                    text += value
                    yield [gr.ChatMessage(role="assistant", content=text)]
                elif kind == "final":
                    messages = answer_messages(value, filtered)
                    self.recent.put(question, message_text(messages[0].content), {
                        "citations": [c.as_json() for c in value.citations],
                        "refused": value.refused,
                        "backend": value.backend,
                        "standalone_question": value.standalone_question,
                        "filters": {"provinces": list(filters.provinces), "plans": list(filters.docs)},
                    })
                    yield messages
        except QueryError as exc:  # the message is for the user, in Vietnamese
            yield [gr.ChatMessage(role="assistant", content=str(exc))]
        except StoreError as exc:  # Chroma down or storage unreadable: say so, with what the operator needs
            log.error("store unavailable: %s", exc)
            yield [gr.ChatMessage(role="assistant", content=f"{STORE_ERROR} ({exc})")]
        except Exception:
            log.exception("chat failed for %r", question)
            yield [gr.ChatMessage(role="assistant", content=SERVICE_ERROR)]

    def vote(self, messages: list[dict], data: gr.LikeData) -> None:
        votes = {True: True, "Like": True, "like": True, False: False, "Dislike": False, "dislike": False}
        liked = votes.get(data.liked)
        index = data.index[0] if isinstance(data.index, (list, tuple)) else data.index
        if liked is None or not isinstance(index, int) or not (0 <= index < len(messages or [])):
            return
        start = next((i for i in range(index, -1, -1) if messages[i].get("role") == "user"), None)
        if start is None:
            return
        question = message_text(messages[start].get("content")).strip()
        answer, sources = "", []
        for m in messages[start + 1 :]:
            if m.get("role") == "user":
                break
            if _meta_title(m):
                sources.append(message_text(m.get("content")))
            elif not answer:
                answer = message_text(m.get("content")).strip()
        info = self.recent.get(question, answer) or {"citations": sources}
        try:
            self.feedback.record(liked=liked, question=question, answer=answer, **info)
        except OSError:
            log.exception("cannot write feedback")
            gr.Warning("Không lưu được đánh giá; vui lòng thử lại sau.")
            return
        gr.Info("Cảm ơn bạn đã đánh giá câu trả lời!")

    # ---------------------------------------------------------- register
    def register_view(self, kind: str, plan: str | None, agency: str | None, year: str | None, text: str | None):
        rows = register_rows(self.assistant, kind, plan, agency, year, text)
        self._prune_exports()
        path = Path(tempfile.mkdtemp(dir=self.exports)) / f"so-dang-ky-{kind}.csv"
        path.write_text(to_csv(kind, rows), encoding="utf-8-sig")  # BOM: Excel opens Vietnamese CSV correctly
        return register_table(kind, rows), f"{len(rows)} dòng", str(path)

    def _prune_exports(self, keep: int = 256) -> None:
        """Bound the CSV exports on disk (Gradio serves its own copy of each)."""
        try:
            folders = sorted(self.exports.iterdir(), key=_mtime)
        except OSError:
            return
        for folder in folders[: max(0, len(folders) - keep)]:
            shutil.rmtree(folder, ignore_errors=True)

    # ---------------------------------------------------------- documents
    def documents_table(self) -> dict:
        """The indexed plans; a scan is marked OCR, a plan without recognised responsibilities gets a note."""
        index = self.assistant.index()
        counts = Counter(c.metadata.get("doc") for c in index.chunks.values())
        assigned = Counter(r.doc for r in self.assistant.register().responsibilities())
        rows = [
            [p.label, p.province, p.number, p.year or "", p.title, counts.get(doc, 0),
             str(assigned[doc] or NO_RESPONSIBILITIES), "OCR" if doc in index.scanned else "", doc]
            for doc, p in sorted(index.plans.items(), key=lambda item: item[1].label or item[0])
        ]
        headers = ["Kế hoạch", "Tỉnh/TP", "Số hiệu", "Năm", "Tên", "Số đoạn", "Phân công", "OCR", "Tệp"]
        return {"headers": headers, "data": rows}

    def upload(self, file: str | None, progress: gr.Progress = gr.Progress()):  # noqa: B008 - Gradio's idiom
        if not file:
            status = "Chưa chọn tệp. Hãy chọn một tệp " + ", ".join(ALLOWED_SUFFIXES) + "."
        else:
            progress(0, desc="Đang đọc tệp…")

            def page(done: int, total: int) -> None:
                progress((done, total), desc="Đang đọc bản quét bằng OCR", unit="trang")

            def step(done: int, total: int) -> None:
                progress((done, total), desc="Đang lập chỉ mục", unit="đoạn")

            result = add_plan(self.assistant, Path(file), Path(file).name,
                              max_bytes=self.settings.max_upload_bytes, progress=step, page_progress=page)
            status = ("✅ " if result.ok else "❌ ") + result.message
        return (status, self.documents_table(), *self.choice_updates())

    def choice_updates(self) -> tuple:
        """New choices for every plan/province picker (after an upload or on page load)."""
        reg_plans = self.register_plan_choices()
        return (
            gr.Dropdown(choices=self.province_choices()),
            gr.Dropdown(choices=self.plan_choices()),
            *[gr.Dropdown(choices=reg_plans) for _ in REGISTER_TABS],
        )

    # ---------------------------------------------------------- layout
    def build(self) -> gr.Blocks:
        self.assistant.index()
        self.assistant.register()
        with gr.Blocks(title=TITLE, analytics_enabled=False, delete_cache=(3600, 86400)) as demo:
            gr.Markdown(
                f"# {TITLE}\nHỏi đáp dựa trên các kế hoạch đã được lập chỉ mục. Mỗi câu trả lời kèm nguồn "
                "(kế hoạch, mục, đoạn trích); thông tin không có trong kế hoạch sẽ không được bịa ra."
            )
            reg_plan_pickers: list[gr.Dropdown] = []
            with gr.Tabs():
                with gr.Tab("Hỏi đáp", id="chat"):
                    with gr.Row():
                        provinces = gr.Dropdown(
                            self.province_choices(), value=[], multiselect=True, label="Tỉnh/thành phố",
                            info="Để trống: tìm trong mọi tỉnh", elem_id="filter-provinces",
                        )
                        plans = gr.Dropdown(
                            self.plan_choices(), value=[], multiselect=True, label="Kế hoạch",
                            info="Để trống: tìm trong mọi kế hoạch", elem_id="filter-plans",
                        )
                    chatbot = gr.Chatbot(
                        label="Trợ lý", height=520, elem_id="chatbot", buttons=["copy"],
                        placeholder="**Xin chào!** Hãy đặt câu hỏi về chỉ tiêu, nhiệm vụ, cơ quan chủ trì hay thời hạn "
                                    "trong các kế hoạch giáo dục nghề nghiệp.",
                    )
                    gr.ChatInterface(
                        self.chat,
                        chatbot=chatbot,
                        textbox=gr.Textbox(
                            placeholder="Nhập câu hỏi…", show_label=False, elem_id="question", max_lines=6,
                            submit_btn="Gửi", stop_btn="Dừng",
                        ),
                        additional_inputs=[provinces, plans],
                        examples=[[q, None, None] for q in example_questions(self.assistant.index().plans,
                                                                             self.assistant.register())],
                        api_name="chat",
                        api_description="Trả lời một câu hỏi từ các kế hoạch, kèm nguồn trích dẫn.",
                        concurrency_limit=self.settings.ui_concurrency,
                        fill_height=False,
                        autofocus=False,
                    )
                    chatbot.like(self.vote, [chatbot], None, api_visibility="private")
                for kind, (label, _columns) in REGISTER_TABS.items():
                    with gr.Tab(label, id=kind):
                        reg_plan_pickers.append(self._register_tab(demo, kind))
                with gr.Tab("Tài liệu", id="documents"):
                    docs = gr.Dataframe(
                        value=self.documents_table(), label="Các kế hoạch đã lập chỉ mục", interactive=False,
                        wrap=True, elem_id="documents-table", elem_classes=["gdnn-table"],
                        column_widths=["20%", "8%", "9%", "5%", "26%", "5%", "10%", "5%", "12%"],
                    )
                    upload = gr.File(
                        label=f"Tải lên kế hoạch mới ({', '.join(ALLOWED_SUFFIXES)}; tối đa "
                              f"{self.settings.ui_max_upload_mb:g} MB)",
                        type="filepath", elem_id="upload",
                    )
                    status = gr.Markdown(elem_id="upload-status")
            pickers = [provinces, plans, *reg_plan_pickers]
            upload.upload(self.upload, [upload], [status, docs, *pickers], api_name="upload_plan",
                          concurrency_limit=1)
            demo.load(lambda: (self.documents_table(), *self.choice_updates()), None, [docs, *pickers],
                      api_visibility="private")
        demo.queue(max_size=self.settings.ui_queue_size, default_concurrency_limit=self.settings.ui_concurrency)
        return demo

    def _register_tab(self, demo: gr.Blocks, kind: str) -> gr.Dropdown:
        with gr.Row():
            plan = gr.Dropdown(self.register_plan_choices(), value="", label="Kế hoạch", elem_id=f"{kind}-plan")
            agency = gr.Dropdown(
                [""] + self.agency_choices(), value="", label="Cơ quan", allow_custom_value=True,
                elem_id=f"{kind}-agency", visible=kind != "targets",
            )
            year = gr.Textbox(label="Năm", placeholder="vd. 2025", elem_id=f"{kind}-year", max_lines=1)
            text = gr.Textbox(label="Tìm", placeholder="từ khoá trong nhiệm vụ, chỉ tiêu…",
                              elem_id=f"{kind}-search", max_lines=1)
        with gr.Row(equal_height=True):
            count = gr.Markdown(elem_id=f"{kind}-count")
            download = gr.DownloadButton("Tải CSV", elem_id=f"{kind}-csv", size="sm", scale=0, min_width=120)
        table = gr.Dataframe(
            interactive=False, wrap=True, max_height=640, elem_id=f"{kind}-table", elem_classes=["gdnn-table"],
            column_widths=[w for _, _, w in REGISTER_TABS[kind][1]],
        )
        kind_box = gr.State(kind)
        inputs = [kind_box, plan, agency, year, text]
        outputs = [table, count, download]
        gr.on(
            [plan.change, agency.change, year.change, text.change, demo.load], self.register_view, inputs, outputs,
            trigger_mode="always_last", show_progress="hidden", api_name=f"register_{kind}",
        )
        return plan


def build_app(assistant: Assistant, settings: Settings | None = None) -> gr.Blocks:
    """The Gradio app (queued) over a built assistant; the index is loaded (and built if empty) here."""
    return _App(assistant, settings or assistant.settings).build()


def launch_kwargs(settings: Settings) -> dict[str, Any]:
    return {
        "auth": settings.ui_auth,
        "auth_message": "Đăng nhập để dùng trợ lý tra cứu kế hoạch." if settings.ui_auth else None,
        # Gradio's own hard limit is looser, so a slightly oversized file still gets our Vietnamese message.
        "max_file_size": max(2 * settings.max_upload_bytes, settings.max_upload_bytes + 5 * 1_048_576),
        "theme": theme(),
        "css": CSS,
        "ssr_mode": False,
        "show_error": False,
        "footer_links": ["api"],
    }


def free_port(host: str = "127.0.0.1") -> int:
    """A port nothing listens on now (the app, test servers and benchmarks bind one)."""
    with socket.socket() as sock:
        sock.bind((host, 0))
        return sock.getsockname()[1]


def start(
    assistant: Assistant, host: str = "127.0.0.1", port: int | None = None, settings: Settings | None = None
) -> tuple[gr.Blocks, str]:
    """Launch in a background thread (tests, benchmarks); returns the app and its URL. Stop with `app.close()`."""
    settings = settings or assistant.settings
    app = build_app(assistant, settings)
    _, url, _ = app.launch(
        server_name=host, server_port=port or free_port(host), share=False, prevent_thread_lock=True, quiet=True,
        **launch_kwargs(settings),
    )
    return app, url


def serve(
    assistant: Assistant, host: str | None = None, port: int | None = None, share: bool = False,
    settings: Settings | None = None,
) -> None:
    """Run the UI until interrupted (``python -m assistant serve``); host/port default to the settings."""
    settings = settings or assistant.settings
    app = build_app(assistant, settings)
    app.launch(
        server_name=host or settings.ui_host, server_port=port or settings.ui_port, share=share,
        **launch_kwargs(settings),
    )
