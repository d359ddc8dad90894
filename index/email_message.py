"""An e-mail saved as .eml (Thunderbird's or Outlook's "Save as"): its letter and its attached files.

Provinces send plans round by e-mail: the office's cover letter in the body
says what to do and by when (send a list before a date, a venue moved), the
plan and its annexes come attached. Read as one document: the attachments by
the order a bundle's members take (``bundles.reading_rank``: the decision, the
plan, then the annexes), the letter after the documents and before the annexes,
opened by its subject, sender and date. Inline pictures (a logo in the
signature) are no attachment. Headers and file names in RFC 2047/2231 encoding
are decoded by the standard library's parser.
"""

from __future__ import annotations

import email
import email.policy
from collections.abc import Iterator
from email.message import EmailMessage, MIMEPart
from email.utils import parsedate_to_datetime

from index.bundles import Attachment
from index.cells import render
from index.html_text import html_blocks

SENDER_LABEL = "Người gửi: "
SENT_LABEL = "Ngày gửi: "


def read_message(data: bytes) -> tuple[str, list[Attachment]]:
    """(the letter: subject, sender, date and body as lines; the attached files). Raises ``ValueError`` for a file
    that holds no message (no header, no body, nothing attached)."""
    message = email.message_from_bytes(data, policy=email.policy.default)
    if not isinstance(message, EmailMessage) or not (message.keys() or message.get_payload()):
        raise ValueError("không có thư")
    attachments = [a for part in _parts(message) if (a := _attachment(part)) is not None]
    letter = [line for line in (str(message.get("Subject", "")).strip(), _sender(message), _sent(message)) if line]
    body = _body(message)
    if not body and not attachments:
        raise ValueError("thư không có nội dung")
    return "\n".join([*letter, *body]), attachments


def _parts(message: MIMEPart) -> Iterator[MIMEPart]:
    """The message's parts, not those of a message forwarded inside it (that one is read whole, as its own .eml)."""
    yield message
    if message.is_multipart() and message.get_content_type() != "message/rfc822":
        for part in message.iter_parts():
            yield from _parts(part)


def _attachment(part: MIMEPart) -> Attachment | None:
    """A file attached (a forwarded message is one, as .eml); not an inline picture nor the body."""
    if part.get_content_type() == "message/rfc822" and part.get_content_disposition() != "inline":
        inner = part.get_payload(0)
        if isinstance(inner, EmailMessage):
            return Attachment(f"{inner.get('Subject', 'thu-chuyen-tiep')}.eml", bytes(inner))
        return None
    name = part.get_filename()
    if not name or part.is_multipart():
        return None
    if part.get_content_disposition() != "attachment" and part.get_content_maintype() in ("image", "text"):
        return None  # a logo in the signature, a body shown inline
    payload = part.get_payload(decode=True)
    return Attachment(name, payload) if isinstance(payload, bytes) and payload else None


def _body(message: EmailMessage) -> list[str]:
    """The body's lines: the plain text, else the HTML as a browser shows it."""
    part = message.get_body(preferencelist=("plain", "html"))
    if part is None or part.get_filename():
        return []
    content = part.get_content()
    if part.get_content_subtype() == "html":
        content = render(html_blocks(content))
    return [line.rstrip() for line in content.splitlines() if line.strip()]


def _sender(message: EmailMessage) -> str:
    sender = str(message.get("From", "")).strip()
    return f"{SENDER_LABEL}{sender}" if sender else ""


def _sent(message: EmailMessage) -> str:
    try:
        when = parsedate_to_datetime(str(message.get("Date", "")))
    except (TypeError, ValueError):
        return ""
    return f"{SENT_LABEL}{when:%d/%m/%Y %H:%M}"
