"""A scrolling screenshot cut into pages before OCR.

Phones save a whole web page as one image ("ảnh chụp màn hình cuộn"): 1080 pixels wide and ten or fifteen thousand
tall, the way a user shares a plan read on a province's portal. No printed page is more than about one and a half
times as tall as it is wide, and Tesseract lays out such a strip poorly (whole lines are lost or read across
blocks), so a strip far taller than wide is cut into pages of an A4 page's proportions, each cut on a blank row
between two lines of text so that no line is split.
"""

from __future__ import annotations

import numpy as np
from PIL import Image

TALL = 2.0  # an image taller than this many times its width is a strip, never one page
PAGE = 1.414  # A4's height over its width: the height of each page cut, in widths
BLANK = 8  # grey levels a row of background spans at most (the gaps between lines)


def screen_pages(image: Image.Image) -> list[Image.Image]:
    """The pages of a tall screenshot in reading order (the image itself when it is no taller than a page might be):
    each cut at the last blank row before a page's height, else at that height."""
    width, height = image.size
    if height <= TALL * width:
        return [image]
    grey = np.asarray(image.convert("L"), dtype=np.int16)
    blank = (grey.max(axis=1) - grey.min(axis=1)) <= BLANK
    page = int(PAGE * width)
    cuts = [0]
    while height - cuts[-1] > page:
        start, end = cuts[-1] + page // 2, cuts[-1] + page
        gaps = np.flatnonzero(blank[start:end])
        cuts.append(start + int(gaps[-1]) if gaps.size else end)
    cuts.append(height)
    return [image.crop((0, top, width, bottom)) for top, bottom in zip(cuts, cuts[1:])]
