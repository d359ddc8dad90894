"""Word files with a native chart and a SmartArt diagram, in the parts Word writes for them.

A chart (Insert > Chart) is a ``c:chartSpace`` part related to the document, its categories and values cached in
``c:strCache`` / ``c:numCache``; a SmartArt diagram (Insert > SmartArt) is a data model (its shapes' text as points
and the links between them, listed in no reading order), a layout, a quick style, colours and the drawing Word
renders as a fallback, each a part of its own; the body holds only a ``w:drawing`` naming them.
"""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from docx import Document
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml

A = "http://schemas.openxmlformats.org/drawingml/2006/main"
C = "http://schemas.openxmlformats.org/drawingml/2006/chart"
DGM = "http://schemas.openxmlformats.org/drawingml/2006/diagram"
DSP = "http://schemas.microsoft.com/office/drawing/2008/diagram"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
_CT = "application/vnd.openxmlformats-officedocument."
_DRAWING_REL = "http://schemas.microsoft.com/office/2007/relationships/diagramDrawing"

# A diagram's shape: its paragraphs, and the shapes under it.
Shape = tuple[list[str], list["Shape"]]


def _run_drawing(uri: str, inner: str, number: int) -> str:
    return (f'<w:r xmlns:w="{W}"><w:drawing><wp:inline xmlns:wp="{WP}"><wp:extent cx="5486400" cy="3200400"/>'
            f'<wp:docPr id="{number}" name="Graphic {number}"/><a:graphic xmlns:a="{A}"><a:graphicData uri="{uri}">'
            f'{inner}</a:graphicData></a:graphic></wp:inline></w:drawing></w:r>')


def _text(paragraphs: list[str]) -> str:
    body = "".join(f'<a:p><a:r><a:rPr lang="vi-VN"/><a:t>{escape(p)}</a:t></a:r></a:p>' for p in paragraphs)
    return f'<a:bodyPr/><a:lstStyle/>{body or "<a:p><a:endParaRPr/></a:p>"}'


def chart_xml(title: str, categories: list[str], series: list[tuple[str, list[float]]]) -> bytes:
    """A clustered column chart as Word saves it, its data cached in the part."""
    def cache(tag: str, values: list[str]) -> str:
        points = "".join(f'<c:pt idx="{i}"><c:v>{escape(v)}</c:v></c:pt>' for i, v in enumerate(values))
        fmt = "<c:formatCode>General</c:formatCode>" if tag == "numCache" else ""
        return f'<c:{tag}>{fmt}<c:ptCount val="{len(values)}"/>{points}</c:{tag}>'

    sers = "".join(
        f'<c:ser><c:idx val="{i}"/><c:order val="{i}"/><c:tx><c:strRef><c:f>Sheet1!${chr(66 + i)}$1</c:f>'
        f'{cache("strCache", [name])}</c:strRef></c:tx><c:cat><c:strRef><c:f>Sheet1!$A$2:$A${len(categories) + 1}'
        f'</c:f>{cache("strCache", categories)}</c:strRef></c:cat><c:val><c:numRef><c:f>Sheet1!$B$2</c:f>'
        f'{cache("numCache", [f"{v:g}" for v in values])}</c:numRef></c:val></c:ser>'
        for i, (name, values) in enumerate(series))
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><c:chartSpace xmlns:c="{C}" xmlns:a="{A}" '
            f'xmlns:r="{R}"><c:lang val="vi-VN"/><c:chart><c:title><c:tx><c:rich>{_text([title])}</c:rich></c:tx>'
            f'<c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/><c:plotArea><c:layout/><c:barChart>'
            f'<c:barDir val="col"/><c:grouping val="clustered"/>{sers}<c:axId val="1"/><c:axId val="2"/>'
            '</c:barChart></c:plotArea><c:plotVisOnly val="1"/></c:chart></c:chartSpace>').encode()


def diagram_xml(shapes: list[Shape], drawing_rid: str, with_text: bool = True) -> bytes:
    """A SmartArt data model: a point per shape (and its connection points and presentation point), the links
    from each shape to those under it in order; points listed last shape first, as edits leave them."""
    points, links = ['<dgm:pt modelId="{0}" type="doc"><dgm:prSet/><dgm:spPr/><dgm:t>' + _text([]) + '</dgm:t>'
                     '</dgm:pt>'], []
    counter = iter(range(1, 10_000))

    def add(parent: str, shape: Shape, order: int) -> None:
        key, par, sib, pres = (f"{{{next(counter)}}}" for _ in range(4))
        paragraphs, under = shape
        points.append(f'<dgm:pt modelId="{key}"><dgm:prSet phldrT="[Text]"/><dgm:spPr/>'
                      f'<dgm:t>{_text(paragraphs if with_text else [])}</dgm:t></dgm:pt>')
        points.append(f'<dgm:pt modelId="{par}" type="parTrans" cxnId="{{c{key}}}"><dgm:prSet/><dgm:spPr/>'
                      f'<dgm:t>{_text([])}</dgm:t></dgm:pt>')
        points.append(f'<dgm:pt modelId="{sib}" type="sibTrans" cxnId="{{c{key}}}"><dgm:prSet/><dgm:spPr/>'
                      f'<dgm:t>{_text([])}</dgm:t></dgm:pt>')
        points.append(f'<dgm:pt modelId="{pres}" type="pres"><dgm:prSet presAssocID="{key}" presName="node"/>'
                      '<dgm:spPr/></dgm:pt>')
        links.append(f'<dgm:cxn modelId="{{c{key}}}" srcId="{parent}" destId="{key}" srcOrd="{order}" destOrd="0" '
                     f'parTransId="{par}" sibTransId="{sib}"/>')
        links.append(f'<dgm:cxn modelId="{{p{key}}}" type="presOf" srcId="{key}" destId="{pres}" srcOrd="0" '
                     'destOrd="0"/>')
        for i, child in enumerate(under):
            add(key, child, i)

    for i, shape in enumerate(shapes):
        add("{0}", shape, i)
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><dgm:dataModel xmlns:dgm="{DGM}" '
            f'xmlns:a="{A}"><dgm:ptLst>{"".join(reversed(points))}</dgm:ptLst><dgm:cxnLst>{"".join(links)}'
            '</dgm:cxnLst><dgm:bg/><dgm:whole/><dgm:extLst><a:ext uri="http://schemas.microsoft.com/office/drawing/'
            f'2008/diagram"><dsp:dataModelExt xmlns:dsp="{DSP}" relId="{drawing_rid}" minVer="http://schemas.'
            'openxmlformats.org/drawingml/2006/diagram"/></a:ext></dgm:extLst></dgm:dataModel>').encode()


def drawing_xml(boxes: list[tuple[int, int, list[str]]]) -> bytes:
    """The diagram as Word draws it for readers without SmartArt: a shape per box at (x, y) with its text."""
    shapes = "".join(
        f'<dsp:sp modelId="{{s{i}}}"><dsp:nvSpPr><dsp:cNvPr id="0" name=""/><dsp:cNvSpPr/></dsp:nvSpPr><dsp:spPr>'
        f'<a:xfrm><a:off x="{x}" y="{y}"/><a:ext cx="1800000" cy="900000"/></a:xfrm></dsp:spPr>'
        f'<dsp:txBody>{_text(paragraphs)}</dsp:txBody></dsp:sp>' for i, (x, y, paragraphs) in enumerate(boxes))
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><dsp:drawing xmlns:dsp="{DSP}" xmlns:a="{A}">'
            f'<dsp:spTree><dsp:nvGrpSpPr><dsp:cNvPr id="0" name=""/><dsp:cNvGrpSpPr/></dsp:nvGrpSpPr><dsp:grpSpPr/>'
            f'{shapes}</dsp:spTree></dsp:drawing>').encode()


def make_graphics_docx(path: Path, parts: list[str | tuple[str, bytes] | tuple[bytes, bytes]]) -> Path:
    """A Word file of paragraphs (str), charts (("chart", chart_xml)) and diagrams ((data model, drawing)), in
    order. A diagram's data model names its drawing as "rIdDRAWING", replaced here by the real relationship id."""
    document = Document()
    package, main = document.part.package, document.part
    charts = diagrams = 0
    for number, item in enumerate(parts, 1):
        if isinstance(item, str):
            document.add_paragraph(item)
            continue
        paragraph = document.add_paragraph()
        if item[0] == "chart":
            charts += 1
            part = Part(PackURI(f"/word/charts/chart{charts}.xml"), _CT + "drawingml.chart+xml", item[1], package)
            inner = f'<c:chart xmlns:c="{C}" xmlns:r="{R}" r:id="{main.relate_to(part, RT.CHART)}"/>'
            paragraph._p.append(parse_xml(_run_drawing(C, inner, number)))
            continue
        diagrams += 1
        model, drawn = item
        drawing = Part(PackURI(f"/word/diagrams/drawing{diagrams}.xml"), "application/vnd.ms-office.drawingml."
                       "diagramDrawing+xml", drawn, package)
        drawing_rid = main.relate_to(drawing, _DRAWING_REL)
        ids = {}
        for key, kind, content, rel in (("dm", "data", "Data", RT.DIAGRAM_DATA),
                                        ("lo", "layout", "Layout", RT.DIAGRAM_LAYOUT),
                                        ("qs", "quickStyle", "Style", RT.DIAGRAM_QUICK_STYLE),
                                        ("cs", "colors", "Colors", RT.DIAGRAM_COLORS)):
            root = {"lo": "layoutDef", "qs": "styleDef", "cs": "colorsDef"}.get(key)
            blob = model.replace(b"rIdDRAWING", drawing_rid.encode()) if root is None else (
                f'<dgm:{root} xmlns:dgm="{DGM}" uniqueId="urn:microsoft.com/office/officeart/2005/8/layout/'
                'hierarchy1"/>').encode()
            part = Part(PackURI(f"/word/diagrams/{kind}{diagrams}.xml"), f"{_CT}drawingml.diagram{content}+xml",
                        blob, package)
            ids[key] = main.relate_to(part, rel)
        inner = (f'<dgm:relIds xmlns:dgm="{DGM}" xmlns:r="{R}" r:dm="{ids["dm"]}" r:lo="{ids["lo"]}" '
                 f'r:qs="{ids["qs"]}" r:cs="{ids["cs"]}"/>')
        paragraph._p.append(parse_xml(_run_drawing(DGM, inner, number)))
    document.save(path)
    return path
