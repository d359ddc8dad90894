"""A designed image (a portal's infographic of a plan, a poster) read block by block along its own layout.

Provinces present their plans as infographics: a tall picture with a title banner, figures in cards across two or
three columns, white titles on coloured bands, a box per body with its tasks and deadlines, a bar chart, a
timeline. Read as a page, Tesseract runs the cards of one row into one line ("18.400 người 2.650 người 3.900
người"), loses white text on dark bands and takes a band's edges for the rules of a table.

Such an image is told from a scan or a photo by its flat colour: large areas of exactly one colour other than its
paper (a scan or a photo has grain; a page of text has one flat colour, its paper). It is cut along its own
background (a recursive XY-cut): a line of pixels of one colour across a block separates what lies on either
side, and a run of lines of another colour than the block's, with only text between, is a box of that colour
(a card, a band, the banner). The cut ends at lines of text. Each line is made black on white (ink is what
differs from the colour behind it, whatever the two colours), all are stacked on one image and read at once, and
the text is put back in reading order: top to bottom, a row of boxes left to right, a line set larger than the
lines after it (a card's figure, a box's body) ending in ": " before them, and the items of one box on one line
("Sở Tài chính: Tham mưu phân bổ kinh phí; Hạn: trước 28/02/2026"). An outlined box (a thin border with rounded
corners) is read inside its border; under a strip of colour it is a body's name over its dotted items, each item a
line of its own. A drawn image has no specks: the dot under a small letter ("ộ", "ệ") is kept.
"""

from __future__ import annotations

import hashlib
import os
import re
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from index import ocr, ocr_tables
from index.documents import DocumentError
from index.vocab.dates import MILESTONE
from index.vocab.phrases import OPEN_ENDING

# What decides the text (a change redoes the caches): the reading below, Tesseract's language and mode.
SETTINGS = f"designed-image v14 tesseract {ocr.LANGUAGE} psm6"
TILE = 16  # pixels a side of the tiles tested for flat colour
FLAT = 2  # a tile is flat when no channel varies by more than this (a scan's grain varies by 10 and more)
DESIGNED_SHARE = 0.08  # flat tiles of colours other than the paper over this share of the image: a designed image
# … of a hue of its own (its share of red or green differs from the paper's by this much), or a shade far from the
# paper's (this many steps of 8 levels: a dark banner); not the paper that a phone's light, white or warm, greys
# towards a corner (the same hue, darker)
HUE = 0.01
FAR_SHADE = 12
UNIFORM = 12  # a line of pixels is of one colour when no channel varies by more than this along it
COLUMN_GAP = 0.015  # a gap between columns of text is at least this share of the image's width (words: less)
LINE_HEIGHT = 4  # a block no higher than this many least column gaps is a line of text (of any size)
WORD_GAP = 0.6  # the space between words is under this share of a line's height
THIN = 0.45  # a run of lines under this share of its neighbour's height (a line's accents) belongs to it …
ACCENT_GAP = 0.2  # … when the blank between them is under this share of the taller (a card's corner is farther)
TITLE = 1.25  # a line set this many times taller than the next is its title
MIN_TEXT = 6  # pixels a line of text is high at least (a box's border, a rule is less)
CORNER = 20  # mixed lines at most at each end of a box (its rounded corners)
INK_CONTRAST = 60  # a line whose ink differs from its background by less than this is no text (a bar, an icon)
ALIGNED = 0.5  # cells of two rows whose left edges differ by under this share of a cell's width stand in one column
TOUCH = 2  # pixels between two boxes that are parts of one card
INDENT = 0.5  # a list's line set in by this share of its height at least goes on the item above (past its bullet)
FRAME = 4  # pixels at most of an outlined box's border (or a timeline's rule)
RULE = 8  # pixels at most of a vertical rule's width
DATES_SHARE = 0.5  # of a timeline's column of dates, this share at least reads as times
RULE_SHARE = 0.5  # a vertical rule is of one colour down this share of its block at least (its marks aside)
FRAME_SHARE = 0.8  # a border's line is of one colour along this share at least (a rounded corner is not)
BANNER = 0.9  # a box at least this share of the image's width is a band or banner (read line by line), not a card
HEAD_WORDS = 6  # a card's first line of at most this many words heads the rest


# A card's figure: a number opening a short line ("18.400 người", "71,5%", "86,4 tỷ đồng", "dưới 2,6%").
_FIGURE = re.compile(r"^(?:[<>≥≤~]|dưới|trên|hơn|khoảng|tối thiểu|ít nhất)?\s*\d[\d.,]*(?:\s\d[\d.,]*)*\s*"
                     r"(?:%|\S+(?:\s+\S+){0,2})?$", re.IGNORECASE)
# The spaces a big figure's wide-set digits are read with ("1 2 500 người", "1 8 5 0 người"): one figure.
_SPACED_DIGITS = re.compile(r"(?<=\d) (?=\d)")
# An icon read as marks before a line's first word ("@® Người khuyết tật: …").
_LEADING_MARKS = re.compile(r"^(?:[^\w\s]+\s+)+")
# A bullet's dot, an icon or a band's bar read as a letter or two before a line's first word ("e Giao chỉ tiêu …",
# "se Tổ chức …", "Q Lao động nông thôn", "Ï CHỈ TIÊU"): no Vietnamese line opens so before a capital.
_MISREAD_BULLET = re.compile(r"^(?:e|o|se|ce|ee|œ|Q|Ï)\s+")
# A box's field: a label of a word or two and its colon ("Phối hợp: Sở Nội vụ", "Hạn: Quý II/2026").
_FIELD = re.compile(r"^[^\W\d_]+(?:\s+[^\W\d_]+)?\s*:\s")


@dataclass
class Node:
    """A block of the layout: a leaf (a line of text) or the blocks it was cut into, in reading order."""

    top: int
    bottom: int
    left: int
    right: int
    background: tuple[int, ...]
    boxed: bool = False  # of a colour of its own (a card, a band), not its parent's
    axis: int = 0  # how its children lie: 0 one under another, 1 side by side
    outer: tuple[int, int] = (0, 0)  # top and bottom as first cut, before its lines were trimmed (a box's edges)
    banner: bool = False  # the box opening or closing the image, as wide as it (its title, its footer)
    children: list[Node] = field(default_factory=list)
    text: str = ""

    @property
    def height(self) -> int:
        return self.bottom - self.top


def is_designed(rgb: np.ndarray) -> bool:
    """Whether an RGB image is laid out in flat colour blocks (an infographic), not a scan, photo or text page."""
    height, width = (rgb.shape[0] // TILE) * TILE, (rgb.shape[1] // TILE) * TILE
    if not height or not width:
        return False
    tiles = rgb[:height, :width].reshape(height // TILE, TILE, width // TILE, TILE, 3).swapaxes(1, 2)
    tiles = tiles.reshape(-1, TILE * TILE, 3).astype(np.int16)
    flat = (tiles.max(axis=1) - tiles.min(axis=1) <= FLAT).all(axis=1)
    if not flat.any():
        return False
    colours, counts = np.unique(tiles[flat, 0] // 8, axis=0, return_counts=True)
    paper = colours[counts.argmax()]
    apart = np.abs(tiles[:, 0] // 8 - paper).max(axis=1)
    mean = tiles.mean(axis=1) + 0.5
    paper_rgb = paper * 8 + 4.5
    hue = mean[:, :2] / mean.sum(axis=1, keepdims=True)
    hued = np.abs(hue - paper_rgb[:2] / paper_rgb.sum()).max(axis=1) > HUE
    coloured = flat & (apart > 1) & (hued | (apart > FAR_SHADE))
    return float(coloured.mean()) >= DESIGNED_SHARE


def _lines(block: np.ndarray, axis: int) -> list[tuple[int, ...] | None]:
    """Each row (axis 0) or column (axis 1) of a block: its colour when it is of one colour, else None."""
    along = 1 - axis
    spread = (block.max(axis=along) - block.min(axis=along) <= UNIFORM).all(axis=1)
    middle = block.take(block.shape[along] // 2, axis=along)
    return [tuple(int(c) for c in middle[i]) if spread[i] else None for i in range(block.shape[axis])]


def _same(a: tuple[int, ...], b: tuple[int, ...]) -> bool:
    return max(abs(x - y) for x, y in zip(a, b)) <= UNIFORM


def _runs(lines: list[tuple[int, ...] | None], background: tuple[int, ...], min_gap: int, min_box: int
          ) -> list[tuple[int, int, tuple[int, ...] | None]]:
    """(start, end, colour) of what lies between the gaps of a block's background colour along one axis: colour is
    that of a box (a card, a band: lines of one other colour at both its ends) or None (content on the block's own
    background). Any gap parts two boxes; content goes on across a gap narrower than ``min_gap`` (between words)."""
    pieces: list[list[int]] = []
    current = background  # a gradient's lines drift from its first colour: each gap is compared with the last
    for i, colour in enumerate(lines):
        if colour is not None and _same(colour, current):
            current = colour
            continue
        if pieces and pieces[-1][1] == i:
            pieces[-1][1] = i + 1
        else:
            pieces.append([i, i + 1])
    out: list[tuple[int, int, tuple[int, ...] | None]] = []
    for start, end in pieces:
        colour = _box_colour(lines[start:end], background, min_box)
        if colour is None and out and out[-1][2] is None and start - out[-1][1] < min_gap:
            out[-1] = (out[-1][0], end, None)
        else:
            out.append((start, end, colour))
    return [part for start, end, colour in out
            for part in ([(start, end, colour)] if colour is not None else _split_colours(lines, start, end, min_box))]


def _box_colour(lines: list[tuple[int, ...] | None], background: tuple[int, ...] | None, min_box: int
                ) -> tuple[int, ...] | None:
    """The colour of a run that is a box: its uniform lines all of one colour, found near both its edges (a
    rounded corner leaves a few mixed lines at each end), the box no narrower than ``min_box`` (a letter's stroke
    is uniform along a line of text, a card is not that thin)."""
    uniform = [i for i, c in enumerate(lines) if c is not None]
    if len(lines) < min_box or len(uniform) < 2:
        return None
    corner = max(2, min(CORNER, len(lines) // 10))
    colour = lines[uniform[0]]
    if uniform[0] > corner or uniform[-1] < len(lines) - 1 - corner or colour is None \
            or (background is not None and _same(colour, background)):
        return None
    # one colour, or a gradient: each uniform line near the one before it
    return colour if all(_same(lines[a], lines[b]) for a, b in zip(uniform, uniform[1:])) else None  # type: ignore[arg-type]


def _split_colours(lines: list[tuple[int, ...] | None], start: int, end: int, min_box: int
                   ) -> list[tuple[int, int, tuple[int, ...] | None]]:
    """A run holding boxes of several colours one after the other along the axis (a banner straight on top of a
    band) cut where the colour of its uniform lines changes, each part no shorter than ``min_box`` and each a box
    (the strokes of a coloured word change colour along a line of text too: no part of a word is a box)."""
    cuts = [start]
    for i in range(start + 1, end):
        before, colour = lines[i - 1], lines[i]
        if before is not None and colour is not None and not _same(before, colour) \
                and i - cuts[-1] >= min_box and end - i >= min_box:
            cuts.append(i)
    cuts.append(end)
    parts = [(a, b, _box_colour(lines[a:b], None, min_box)) for a, b in zip(cuts, cuts[1:])]
    if len(parts) == 1 or any(colour is None for _, _, colour in parts):
        return [(start, end, None)]
    return parts


def _merge_thin(runs: list[tuple[int, int, tuple[int, ...] | None]], line: int
                ) -> list[tuple[int, int, tuple[int, ...] | None]]:
    """Rows of a line's accents (above its capitals) or dots (below) cut off by a blank row go with that line (one
    no higher than ``line``: a row of cards over a line of text are two blocks)."""
    out = list(runs)
    k = 0
    while k < len(out) - 1:
        (a0, a1, ac), (b0, b1, bc) = out[k], out[k + 1]
        ha, hb = a1 - a0, b1 - b0
        if ac is None and bc is None and min(ha, hb) < THIN * max(ha, hb) and b0 - a1 <= ACCENT_GAP * max(ha, hb) \
                and max(ha, hb) <= line:
            out[k:k + 2] = [(a0, b1, None)]
        else:
            k += 1
    return out


def layout(rgb: np.ndarray) -> Node:
    """The image cut along its background into boxes and lines, in reading order."""
    lines = _lines(rgb, 0)
    counts: dict[tuple[int, ...], int] = {}
    for colour in lines:
        if colour is not None:
            counts[colour] = counts.get(colour, 0) + 1
    paper = max(counts, key=counts.__getitem__) if counts else (255, 255, 255)
    root = Node(0, rgb.shape[0], 0, rgb.shape[1], paper)
    _cut(rgb, root, axis=0, min_column_gap=max(4, round(COLUMN_GAP * rgb.shape[1])), tried_other=False)
    return root


def _cut(rgb: np.ndarray, node: Node, axis: int, min_column_gap: int, tried_other: bool) -> None:
    """Cut a block along ``axis`` (0: rows) into its boxes and runs, each cut again the other way; a block that
    neither way cuts is a line, trimmed to its ink."""
    block = rgb[node.top:node.bottom, node.left:node.right].astype(np.int16)
    if block.size == 0:
        return
    # between columns a gap wider than the space between words: in a line (a block as low as a big figure), over
    # half its height
    line = node.height <= LINE_HEIGHT * min_column_gap
    gap = 1 if axis == 0 else max(min_column_gap, round(WORD_GAP * node.height) if line else 0)
    block = _without_rules(block, node.background)
    # an outlined box (a thin border round a body of its parent's colour): its lines are read inside the border
    frame = _frame(block, node.background, axis)
    if frame:
        inset, node.background = frame
        node.boxed = True
        if axis == 0:
            node.left, node.right, block = node.left + inset, node.right - inset, block[:, inset:-inset]
        else:
            node.top, node.bottom, block = node.top + inset, node.bottom - inset, block[inset:-inset, :]
    runs = _runs(_lines(block, axis), node.background, gap, 2 * min_column_gap)
    if axis == 0:
        runs = _merge_thin(runs, LINE_HEIGHT * min_column_gap)
    if frame:  # the border across its ends and its rounded corners, as far in as a corner reaches: no text
        ends = (runs[0], runs[-1]) if runs else ()
        runs = [r for r in runs if r[2] is not None or r[1] - r[0] > CORNER or r not in ends]
    if not runs:
        return
    if len(runs) == 1 and runs[0][2] is None:  # nothing cuts it this way
        inner = _trimmed(node, runs[0], axis)
        node.top, node.bottom, node.left, node.right = inner.top, inner.bottom, inner.left, inner.right
        if not tried_other:
            _cut(rgb, node, 1 - axis, min_column_gap, tried_other=True)
        return
    node.axis = axis
    for start, end, colour in runs:
        child = _trimmed(node, (start, end, colour), axis)
        if colour is not None:
            child.background, child.boxed = colour, True
            _cut(rgb, child, 0, min_column_gap, tried_other=False)
        else:
            _cut(rgb, child, 1 - axis, min_column_gap, tried_other=False)
        node.children.append(child)


def _without_rules(block: np.ndarray, background: tuple[int, ...]) -> np.ndarray:
    """The block with a thin vertical rule inside it that bears marks (a timeline's line between its dates and its
    events, a ring per date) painted its background for the cut: a rule down a column makes no row of the block
    uniform, so its lines would not part. A rule at an edge (a card's accent bar) or with no marks along it (a box's
    border) is kept."""
    height, width = block.shape[:2]
    if height < 3 * CORNER or width < 4 * CORNER:
        return block
    colour = np.median(block, axis=0)  # each column's most common colour, near enough
    same = (np.abs(block - colour[None, :, :]).max(axis=2) <= UNIFORM).mean(axis=0) >= RULE_SHARE
    drawn = same & (np.abs(colour - np.array(background)).max(axis=1) > UNIFORM)
    out = block
    for start, end in _true_runs(drawn):
        if end - start > RULE or start < FRAME or end > width - FRAME:
            continue
        left, right = max(0, start - CORNER // 2), min(width, end + CORNER // 2)

        def inked(part: np.ndarray) -> np.ndarray:
            return (np.abs(part - np.array(background)).max(axis=2) > UNIFORM).any(axis=1)

        # marks across it, on both its sides (a timeline's rings), not a box's border (its strip on one side only)
        if len(_true_runs(inked(block[:, left:start]) & inked(block[:, end:right]))) >= 2:
            out = out.copy() if out is block else out
            out[:, left:right] = background
    return out


def _true_runs(flags: np.ndarray) -> list[tuple[int, int]]:
    """(start, end) of each run of true values."""
    bounds = np.flatnonzero(np.diff(np.concatenate(([0], flags.astype(np.int8), [0]))))
    return [(int(a), int(b)) for a, b in zip(bounds[::2], bounds[1::2])]


def _frame(block: np.ndarray, background: tuple[int, ...], axis: int) -> tuple[int, tuple[int, ...]] | None:
    """(thickness, colour inside) of a border down both edges of a block across ``axis`` (its first and last
    columns when its rows are read): at most ``FRAME`` lines of one colour other than the background, each of it
    along most of its length (a rounded corner is not), then the box's own colour (its parent's, or a fill). A
    border makes no line of the box uniform, so no line of text inside would be found."""
    edges = block if axis == 0 else block.swapaxes(0, 1)  # columns of the block stand along axis 1 of `edges`
    if edges.shape[0] < 2 * FRAME or edges.shape[1] < 4 * FRAME:
        return None

    def colour_of(j: int) -> tuple[int, ...] | None:
        """The colour of an edge line when one unbroken run of it covers most of the line (a row of cards side
        by side is broken between them)."""
        column = edges[:, j]
        colour = np.median(column, axis=0)
        close = np.abs(column - colour).max(axis=1) <= UNIFORM
        longest = max((end - start for start, end in _true_runs(close)), default=0)
        return tuple(int(c) for c in colour) if longest >= FRAME_SHARE * len(close) else None

    def thickness(order: list[int]) -> int:
        first = colour_of(order[0])
        if first is None or _same(first, background):
            return 0
        return next((k for k, j in enumerate(order) if (c := colour_of(j)) is None or not _same(c, first)), len(order))

    width = edges.shape[1]
    left, right = thickness(list(range(FRAME + 1))), thickness(list(range(width - 1, width - FRAME - 2, -1)))
    if not (0 < left <= FRAME and 0 < right <= FRAME):
        return None
    inset = max(left, right)
    return inset, colour_of(inset) or background  # a strip across the top may hide the body's colour


def _trimmed(node: Node, run: tuple[int, int, tuple[int, ...] | None], axis: int) -> Node:
    start, end, _ = run
    if axis == 0:
        top, bottom, left, right = node.top + start, node.top + end, node.left, node.right
    else:
        top, bottom, left, right = node.top, node.bottom, node.left + start, node.left + end
    return Node(top, bottom, left, right, node.background, outer=(top, bottom))


def leaves(node: Node) -> list[Node]:
    """The lines of a layout in reading order."""
    return [node] if not node.children else [leaf for child in node.children for leaf in leaves(child)]


def black_on_white(rgb: np.ndarray, leaf: Node) -> np.ndarray | None:
    """A line as grey ink on white: each pixel as dark as it differs from the colour behind it (white on navy,
    orange on cream, navy on pale blue alike); None for a leaf with no ink that stands out (a bar, an icon's fill)."""
    block = rgb[leaf.top:leaf.bottom, leaf.left:leaf.right].astype(np.int16)
    if block.size == 0:
        return None
    # the colour behind the line where it stands (on a gradient it is not its box's first colour): its edges' median
    edges = np.concatenate([block[0], block[-1], block[:, 0], block[:, -1]])
    distance = np.abs(block - np.median(edges, axis=0).astype(np.int16)).max(axis=2)
    strongest = int(distance.max()) if distance.size else 0
    if strongest < INK_CONTRAST:
        return None
    return (255 - np.clip(distance.astype(np.int32) * 255 // strongest, 0, 255)).astype(np.uint8)


def read_designed(path: Path, rgb: np.ndarray, name: str, ocr_cache: Path | None) -> str:
    """The text of a designed image file, from the cache beside it (or under the storage) or read anew."""
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    places = ocr.cache_places(path, digest, ocr_cache)
    cached = ocr.load_cache(places, digest, SETTINGS)
    if 0 in cached:
        return ocr.repaired(cached[0])
    ocr.check_tools(name, ocr.DRAWN)
    try:
        text = read_layout(rgb)
    except (subprocess.CalledProcessError, subprocess.TimeoutExpired, OSError) as exc:
        detail = (getattr(exc, "stderr", b"") or b"").decode("utf-8", "replace").strip()[-200:]
        raise DocumentError(f"{name}: không đọc được chữ trên ảnh bằng OCR ({detail or exc}).") from exc
    ocr.save_cache(places, digest, {0: text}, SETTINGS)
    return ocr.repaired(text)


def read_layout(rgb: np.ndarray) -> str:
    """The text of a designed image: its lines read on one stacked image, put back in reading order."""
    root = layout(rgb)
    lines = leaves(root)
    clean = np.full(rgb.shape[:2], 255, dtype=np.uint8)
    boxes = []
    for k, leaf in enumerate(lines):
        if leaf.right - leaf.left <= CORNER and leaf.height <= CORNER or leaf.height < MIN_TEXT:
            continue  # a box's rounded corner, a bullet's dot, a border or rule: no text
        ink = black_on_white(rgb, leaf)
        if ink is None:
            continue
        clean[leaf.top:leaf.bottom, leaf.left:leaf.right] = ink
        boxes.append((ocr_tables.Cell(0, k, 0, 0), (leaf.left, leaf.top, leaf.right, leaf.bottom)))
    if not boxes:
        return ""
    stacked, placed = ocr_tables.montage(clean, boxes, specks=False)
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    with tempfile.TemporaryDirectory(prefix="gdnn-designed-") as tmp:
        png = Path(tmp) / "lines.png"
        from PIL import Image

        Image.fromarray(stacked).save(png)
        result = subprocess.run(["tesseract", str(png), "-", "-l", ocr.LANGUAGE, "--psm", "6", "tsv"],
                                capture_output=True, check=True, env=env, timeout=ocr.PAGE_TIMEOUT_S)
    words = ocr_tables.parse_tsv(result.stdout.decode("utf-8", "replace"))
    for cell, text in zip(placed, ocr_tables.cell_texts(placed, words)):
        lines[cell.band].text = text
    pruned = _pruned(root)
    if pruned is not None:
        for end in (pruned.children[:1] + pruned.children[-1:]) if pruned.children else []:
            end.banner = end.boxed and end.right - end.left >= BANNER * rgb.shape[1]
    return "\n".join(_paragraphs(pruned, rgb.shape[1])) if pruned else ""


def _pruned(node: Node) -> Node | None:
    """The layout less the blocks that read as nothing (a bar, an icon, a card's rounded corner); a block left with
    one block inside is that block (keeping its box)."""
    if not node.children:
        return node if any(c.isalnum() for c in node.text) else None
    read = [(child, _pruned(child)) for child in node.children]
    kept = [child for _, child in read if child is not None]
    if not kept:
        return None
    bar = any(child.boxed and left is None for child, left in read)
    if node.axis == 1 and bar and all(not child.children for child in kept):
        # a bar chart's row: its label, the bar, its value ("Ngân sách tỉnh | ▬▬▬ | 24,6 tỷ đồng") on one line
        node.children, node.text = [], ": ".join(child.text.strip().rstrip(":") for child in kept)
        return node
    if len(kept) == 1 and not node.boxed:
        return kept[0]
    node.children = kept
    return node


def _paragraphs(node: Node, width: int) -> list[str]:
    """A block's text as lines: a card or box narrower than the image an item on one line, its first line heading the
    rest ("Sở Tài chính: Tham mưu …; Hạn: trước 28/02/2026") and a big figure read after its label ("Tuyển sinh
    giáo dục nghề nghiệp: 18.400 người", as one reads a card); a band or banner as wide as the image line by line."""
    if not node.children:
        return [_clean_line(node.text)]
    if _under_strip(node):
        # an outlined box under a strip of colour: the strip names the body, each line below is an item of its list
        # (`_items`), a field ("Phối hợp: …") stays as it is
        head = " ".join(_joined(leaves(node.children[0]), titled=False))
        return [head, *(item if _FIELD.match(item) else f"- {item}" for item in _items(node.children[1:]))]
    # a card: a box with no box inside (a panel of cards, an outline round a card is none), or a label strip touching
    # the body under it; a box as wide as the image is one too when it holds several lines (a row of a striped list),
    # but not the banner opening the image nor the footer closing it, nor a band of one line (a section's title)
    inner = leaves(node)  # a card's lines in reading order, an icon beside them or not
    narrow = node.right - node.left < BANNER * width
    several = len(inner) > 1 and not node.banner
    card = (node.boxed and not _holds_box(node) and (narrow or several)) or (narrow and _touching_boxes(node))
    if card or all(not child.children for child in node.children):
        head = _clean_line(inner[0].text)
        if card and len(inner) > 1 and _FIGURE.match(head):  # a big figure over its label
            label = " ".join(_joined(inner[1:], titled=False))
            return [f"- {label[:1].upper()}{label[1:]}: {_SPACED_DIGITS.sub('', head)}"]
        lines = _joined(inner, titled=not (card or node.boxed))
        if card and len(lines) > 1:
            head, rest = lines[0], lines[1:]
            if len(head.split()) <= HEAD_WORDS and not head.endswith((".", ";")):
                return [f"- {head.rstrip(':')}: {'; '.join(rest)}"]
            return [f"- {'; '.join(lines)}"]
        return [f"- {line}" for line in lines] if card else lines
    out: list[str] = []
    k = 0
    while k < len(node.children):
        child = node.children[k]
        below = node.children[k + 1] if k + 1 < len(node.children) else None
        if below is not None and _heads_column(child, below):
            # a horizontal timeline's dates over its events, a row of labels over their figures: read by column
            out.extend(f"{top.text.rstrip(':')}: {under.text}" for top, under in zip(child.children, below.children))
            k += 2
            continue
        if below is not None and node.axis == 1 and _dates_column(child):
            # a timeline down the page, its dates in a column beside its events: each date with the lines beside it
            out.extend(_dated_events(leaves(child), leaves(below)))
            k += 2
            continue
        out.extend(_paragraphs(child, width))
        k += 1
    return out


def _dates_column(node: Node) -> bool:
    """A column of lines that are only times ("trước 28/2/2026", "Quý II/2026"), half of them at least as read (a
    date's slashes are misread often)."""
    lines = leaves(node)
    times = sum(1 for line in lines if MILESTONE.match(_time_text(line)))
    return len(lines) > 1 and times >= max(2, DATES_SHARE * len(lines))


def _time_text(line: Node) -> str:
    return ocr.repaired(_clean_line(line.text)).rstrip(" :")


def _dated_events(dates: list[Node], events: list[Node]) -> list[str]:
    """Each date with the lines beside it, from its own top to the next date's: an item of its own (a date OCR
    misread, "trước 31132026", opens no paragraph by itself)."""
    out = []
    for n, date in enumerate(dates):
        end = dates[n + 1].top if n + 1 < len(dates) else float("inf")
        half = date.height / 2
        beside = [line.text.strip() for line in events if date.top - half <= line.top < end - half]
        out.append(f"- {_time_text(date)}: {' '.join(beside)}" if beside else f"- {_time_text(date)}")
    return out


def _row(node: Node) -> bool:
    return not node.boxed and node.axis == 1 and len(node.children) > 1 and all(not c.children for c in node.children)


def _heads_column(top: Node, below: Node) -> bool:
    """Whether a row of lines heads the row under it cell by cell: as many cells, standing over one another, the
    upper all times ("Quý I/2026 | Tháng 6/2026 | 15/12/2026") or the lower all figures."""
    if not (_row(top) and _row(below)) or len(top.children) != len(below.children):
        return False
    cells = list(zip(top.children, below.children))
    width = min(c.right - c.left for pair in cells for c in pair)
    if any(abs(a.left - b.left) > ALIGNED * max(width, 1) for a, b in cells):
        return False
    return (all(MILESTONE.match(a.text.strip()) for a, _ in cells)
            or all(_FIGURE.match(b.text.strip()) for _, b in cells))


def _touching_boxes(node: Node) -> bool:
    """A strip of one line touching the box under it: a card's label over its body (three boxes or more touching
    one under another are the rows of a striped list, each its own item)."""
    kids = node.children
    return (node.axis == 0 and len(kids) == 2 and all(k.boxed and not _holds_box(k) for k in kids)
            and len(leaves(kids[0])) == 1 and kids[1].outer[0] - kids[0].outer[1] <= TOUCH)


def _under_strip(node: Node) -> bool:
    """An outlined box whose first block is a strip of colour over lines on the box's own colour: a body's name over
    its tasks."""
    kids = node.children
    return (node.boxed and len(kids) > 1 and kids[0].boxed and kids[0].background != node.background
            and not any(kid.boxed for kid in kids[1:]))


def _holds_box(node: Node) -> bool:
    return any(child.boxed or _holds_box(child) for child in node.children)


def _items(blocks: list[Node]) -> list[str]:
    """A list's items from its lines: a line set in from the list's left edge (past the bullets), opening in lower
    case, or after a word that needs more ("… UBND các") goes on the item before."""
    lines = [line for block in blocks for line in leaves(block)]
    left = min((line.left for line in lines), default=0)
    items: list[str] = []
    for line in lines:
        text = _clean_line(line.text)
        if items and (line.left - left >= INDENT * line.height or text[:1].islower() or OPEN_ENDING.search(items[-1])):
            items[-1] = f"{items[-1]} {text}"
        else:
            items.append(text)
    return items


def _clean_line(text: str) -> str:
    """A line less the marks an icon or a bullet was read as before its first word."""
    text = _LEADING_MARKS.sub("", text.strip())
    found = _MISREAD_BULLET.match(text)
    return text[found.end():] if found and text[found.end():found.end() + 1].isupper() else text


def _joined(lines: list[Node], titled: bool = True) -> list[str]:
    """Lines of one column: a line opening in lower case goes on the line before; outside a box (``titled``), a
    line that is only a time heads the line after it, a timeline's milestone ("Quý II/2026: Khảo sát nhu cầu …"),
    and a line set taller than the lines after it heads them ("Tổng kinh phí: …")."""
    merged: list[tuple[str, int]] = []
    for line in lines:
        text = _clean_line(line.text)
        if merged and text[:1].islower():
            merged[-1] = (f"{merged[-1][0]} {text}", merged[-1][1])
        elif titled and merged and MILESTONE.match(merged[-1][0]) and not MILESTONE.match(text):
            merged[-1] = (f"{merged[-1][0].rstrip(':')}: {text}", merged[-1][1])  # a timeline's date over its event
        else:
            merged.append((text, line.height))
    out: list[str] = []
    k = 0
    while k < len(merged):
        title, height = merged[k]
        body: list[str] = []
        while titled and k + 1 + len(body) < len(merged) and height >= TITLE * merged[k + 1 + len(body)][1]:
            body.append(merged[k + 1 + len(body)][0])
        out.append(f"{title.rstrip(':')}: {'; '.join(body)}" if body else title)
        k += 1 + len(body)
    return out
