"""A page photographed with a phone, made to read like a scan before OCR.

Plans reach users as photos too: the printed pages laid on a desk and shot one by one. Three things set such a
page apart from a scan, and each costs Tesseract whole blocks of text: the sheet is turned a degree or two, the
desk shows around it, and the light falls off towards a corner. Such a page is evened out first (each pixel
divided by the brightness of the paper around it, so the gradient and the desk turn white and the ink stays
dark), then turned straight by the skew of its text lines (the angle at which its rows of ink are most sharply
separated, as `index.ocr_tables` measures rules). A scan (even light, turned under 1.5°) is left exactly as it
was.
"""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageFilter

from index.ocr_tables import projection_skew

INK = 140  # grey level under which an evened pixel is ink
# The paper's brightness is found on a page shrunk this many times, ink filled in by a maximum over a window
# wider than a stroke, then smoothed over about a line's height: what is left is the light, not the letters.
_SHRINK = 4
_FILL = 9
_SMOOTH = 6
UNEVEN = 0.15  # the paper's brightness varies by more than this share of its brightest: lit unevenly
# Degrees from which a page is turned straight: a photo from 0.8; an evenly lit scan only from 1.5, for Tesseract
# reads a scan turned a degree as well as a straight one, and turning it anew blurs its letters.
TURNED = 0.8
SCAN_TURNED = 1.5
MAX_TURN = 4.0  # degrees searched
_STEP = 0.1


def paper_brightness(gray: np.ndarray) -> np.ndarray:
    """The brightness of the paper under each pixel, the ink left out (float, the page's size)."""
    page = Image.fromarray(gray)
    small = page.reduce(_SHRINK).filter(ImageFilter.MaxFilter(_FILL)).filter(ImageFilter.GaussianBlur(_SMOOTH))
    return np.asarray(small.resize(page.size, Image.Resampling.BILINEAR), dtype=np.float32)


def evened(gray: np.ndarray, paper: np.ndarray) -> np.ndarray:
    """The page with its light made even: each pixel over its paper's brightness, white where the paper is."""
    return np.clip(gray.astype(np.float32) / np.maximum(paper, 1.0) * 255.0, 0, 255).astype(np.uint8)


def text_skew(gray: np.ndarray) -> float:
    """The skew of a page's text lines in degrees (positive: lines go down to the right)."""
    return projection_skew(gray < INK, MAX_TURN, _STEP)


def lit_unevenly(paper: np.ndarray) -> bool:
    """Whether a picture's paper (``paper_brightness``) is lit unevenly, as a phone's photo of a page is (a scan, a
    screenshot or a designed image is even)."""
    low, high = np.percentile(paper, [5, 95])
    return bool(high - low > UNEVEN * max(high, 1.0))


def as_scan(gray: np.ndarray) -> np.ndarray | None:
    """A photographed page evened out and turned straight; None for a page that already reads like a scan."""
    paper = paper_brightness(gray)
    uneven = lit_unevenly(paper)
    page = evened(gray, paper) if uneven else gray
    angle = text_skew(page if uneven else evened(gray, paper))
    turned = abs(angle) >= (TURNED if uneven else SCAN_TURNED)
    if not (uneven or turned):
        return None
    image = Image.fromarray(page)
    if turned:
        image = image.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=255)
    return np.asarray(image)
