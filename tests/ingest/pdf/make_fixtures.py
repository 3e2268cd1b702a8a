#!/usr/bin/env python3
"""Writes the PDF fixtures of tests/ingest/pdf_*_test.cpp (run by hand; tests only read them).

    python3 tests/ingest/pdf/make_fixtures.py

Twins: a corpus document "printed" to PDF the way a spreadsheet or word processor prints a
table: each TAB-separated cell at its column's x position (columns as wide as their widest
cell in the table block), the font shrunk until the widest row fits the page (fit to width),
lines of running text at the left margin. The text layer uses a Type0 font (Identity-H, CID =
Unicode code point) with a ToUnicode map, not embedded: text extraction needs no glyphs.

Made-up pages: kpi.pdf (a KPI table as Japanese municipalities print them: shadowed heading,
two-line header, names wrapped above and below their value line, a blank cell, full-width
values, a vertical row label, a printed page number, Title and Author); and the bad ones:
truncated.pdf, encrypted.pdf (no password given), image-only.pdf (a scan: no text layer) and
bomb.pdf (a content stream compressed twice that inflates to about 2 GB).
"""
import os
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", "..", ".."))


def em_width(ch):
    code = ord(ch)
    if code < 0x7F or 0xFF61 <= code <= 0xFF9F:
        return 0.5
    return 1.0


def text_width(text):
    return sum(em_width(c) for c in text)


def hex_codes(text):
    return "".join("%04X" % (ord(c) if ord(c) < 0x10000 else 0xFFFD) for c in text)


class Pdf:
    """A minimal PDF writer: pages of positioned text runs and optional images."""

    def __init__(self, width, height):
        self.width, self.height = width, height
        self.pages = []  # each: list of content-stream operators
        self.used = set()
        self.info = {}

    def new_page(self):
        self.pages.append([])

    def text(self, x, top, size, text, shift=(0.0, 0.0)):
        """Draws `text` with its baseline `top + size` points below the page top."""
        if not text:
            return
        self.used.update(ord(c) if ord(c) < 0x10000 else 0xFFFD for c in text)
        y = self.height - top - size
        self.pages[-1].append("BT /F1 %.2f Tf 1 0 0 1 %.2f %.2f Tm <%s> Tj ET"
                              % (size, x + shift[0], y + shift[1], hex_codes(text)))

    def raw(self, operators):
        self.pages[-1].append(operators)

    def build(self, extra_objects=None, encrypt=None, page_streams=None):
        objects = []  # (number, bytes)

        def add(body):
            objects.append(body)
            return len(objects)

        def stream(data, dictionary=""):
            return b"<< /Length %d %s >>\nstream\n" % (len(data), dictionary.encode()) + data + b"\nendstream"

        catalog = add(None)
        pages_id = add(None)
        cmap = self.to_unicode()
        to_unicode = add(stream(cmap))
        widths = " ".join("%d [500]" % c for c in sorted(self.used) if c < 0x7F or 0xFF61 <= c <= 0xFF9F)
        descendant = add(("<< /Type /Font /Subtype /CIDFontType2 /BaseFont /KeikakuMincho "
                          "/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> "
                          "/FontDescriptor %d 0 R /DW 1000 /W [%s] /CIDToGIDMap /Identity >>"
                          % (len(objects) + 2, widths)).encode())
        add(b"<< /Type /FontDescriptor /FontName /KeikakuMincho /Flags 6 /FontBBox [0 -120 1000 880] "
            b"/ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >>")
        font = add(("<< /Type /Font /Subtype /Type0 /BaseFont /KeikakuMincho /Encoding /Identity-H "
                    "/DescendantFonts [%d 0 R] /ToUnicode %d 0 R >>" % (descendant, to_unicode)).encode())
        extra = {}
        for name, body in (extra_objects or {}).items():
            extra[name] = add(body)
        kids = []
        for index, operators in enumerate(self.pages):
            data = (page_streams[index] if page_streams and index in page_streams
                    else ("\n".join(operators)).encode())
            if page_streams and index in page_streams:
                content = add(data)
            else:
                content = add(stream(zlib.compress(data), "/Filter /FlateDecode"))
            xobjects = " ".join("/%s %d 0 R" % (n, i) for n, i in extra.items() if n.startswith("Im"))
            kids.append(add(("<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %g %g] /Contents %d 0 R "
                             "/Resources << /Font << /F1 %d 0 R >> /XObject << %s >> >> >>"
                             % (pages_id, self.width, self.height, content, font, xobjects)).encode()))
        objects[pages_id - 1] = ("<< /Type /Pages /Count %d /Kids [%s] >>"
                                 % (len(kids), " ".join("%d 0 R" % k for k in kids))).encode()
        objects[catalog - 1] = ("<< /Type /Catalog /Pages %d 0 R >>" % pages_id).encode()
        info = None
        if self.info:
            info = add(("<< %s >>" % " ".join("/%s <FEFF%s>" % (k, hex_codes(v))
                                               for k, v in self.info.items())).encode())
        encrypt_id = add(encrypt) if encrypt else None
        out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
        offsets = []
        for number, body in enumerate(objects, start=1):
            offsets.append(len(out))
            out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
        xref = len(out)
        out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
        for offset in offsets:
            out += b"%010d 00000 n \n" % offset
        trailer = "/Size %d /Root %d 0 R" % (len(objects) + 1, catalog)
        if info:
            trailer += " /Info %d 0 R" % info
        if encrypt_id:
            trailer += " /Encrypt %d 0 R /ID [<00112233445566778899AABBCCDDEEFF> <00112233445566778899AABBCCDDEEFF>]" % encrypt_id
        out += ("trailer\n<< %s >>\nstartxref\n%d\n%%%%EOF\n" % (trailer, xref)).encode()
        return bytes(out)

    def to_unicode(self):
        lines = ["/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
                 "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
                 "/CMapName /Keikaku-UCS def", "/CMapType 2 def",
                 "1 begincodespacerange", "<0000> <FFFF>", "endcodespacerange"]
        codes = sorted(self.used)
        for start in range(0, len(codes), 100):
            chunk = codes[start:start + 100]
            lines.append("%d beginbfchar" % len(chunk))
            lines += ["<%04X> <%04X>" % (c, c) for c in chunk]
            lines.append("endbfchar")
        lines += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
        return "\n".join(lines).encode()


def blocks(lines):
    """Splits lines into runs: ('table', [cells...]) for consecutive TAB lines, else ('text', line)."""
    runs = []
    for line in lines:
        if "\t" in line:
            cells = line.split("\t")
            if runs and runs[-1][0] == "table":
                runs[-1][1].append(cells)
            else:
                runs.append(("table", [cells]))
        else:
            runs.append(("text", line))
    return runs


def wrap(text, limit):
    """Splits `text` into lines of at most `limit` ems, as a spreadsheet wraps a cell: at the
    last space when there is one late enough in the line, else between any two characters."""
    lines, line = [], ""
    for ch in text:
        if text_width(line + ch) > limit and line:
            space = line.rfind(" ")
            if space > 0 and text_width(line[:space]) > 0.6 * limit:
                lines.append(line[:space])
                line = line[space + 1:]
            else:
                lines.append(line)
                line = ""
        if ch == " " and not line:
            continue
        line += ch
    if line:
        lines.append(line)
    return lines or [""]


def print_twin(source, target, width, height, size=8.0, margin=36.0, column_gap=2.0, max_column=18.0):
    """Prints `source` (TAB-separated tables among running text) as a PDF: table columns as
    wide as their widest cell up to `max_column` ems (longer cells wrap inside their column),
    the font shrunk until the table fits the page width, half a line of padding between rows."""
    with open(source, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    pdf = Pdf(width, height)
    pdf.new_page()
    usable = width - 2 * margin
    top = margin

    def advance(step):
        nonlocal top
        if top + step > height - margin:
            pdf.new_page()
            top = margin
        at = top
        top += step
        return at

    for kind, body in blocks(lines):
        if kind == "text":
            line = body.strip(" ")
            line_size = min(size, usable / max(1.0, text_width(line)))
            at = advance(size * 1.4)
            pdf.text(margin, at, line_size, line)
            continue
        columns = max(len(cells) for cells in body)
        widths = [0.0] * columns
        for cells in body:
            for i, cell in enumerate(cells):
                widths[i] = min(max_column, max(widths[i], text_width(cell.strip(" "))))
        total = sum(widths) + column_gap * (columns - 1)
        block_size = min(size, usable / max(1.0, total))
        pitch = block_size * 1.25
        lefts, x = [], margin
        for w in widths:
            lefts.append(x)
            x += (w + column_gap) * block_size
        for cells in body:
            wrapped = [wrap(cell.strip(" "), widths[i]) for i, cell in enumerate(cells)]
            height_lines = max(len(w) for w in wrapped)
            at = advance(pitch * height_lines + block_size * 0.6)
            for i, cell_lines in enumerate(wrapped):
                for k, text in enumerate(cell_lines):
                    pdf.text(lefts[i], at + pitch * k, block_size, text)
    with open(target, "wb") as f:
        f.write(pdf.build())
    return len(pdf.pages)


def kpi_page():
    pdf = Pdf(595, 842)
    pdf.info = {"Title": "北海道音威子府村まち・ひと・しごと創生総合戦略", "Author": "北海道音威子府村"}
    pdf.new_page()
    for shift in ((0.0, 0.0), (0.0, -0.24)):  # a shadowed heading, drawn twice
        pdf.text(72, 90, 16, "２．卒業生のための雇用の場の創出", shift)
    pdf.text(72, 130, 11, "◎施策の目標")
    for shift in ((0.0, 0.0), (0.3, -0.24)):
        pdf.text(100, 160, 11, "重要業績評価指標", shift)
    pdf.text(280, 160, 11, "現状値")
    pdf.text(430, 160, 11, "目標値")
    pdf.text(115, 175, 11, "（ＫＰＩ）")
    pdf.text(260, 175, 11, "（2014 年度）")
    pdf.text(410, 175, 11, "（2019 年度）")
    # A name wrapped above and below its value line, the value line between them.
    pdf.text(72, 192, 11, "バイオガスプラント事業関")
    pdf.text(300, 199.5, 11, "－")
    pdf.text(430, 199.5, 11, "５年間で１人")
    pdf.text(72, 207, 11, "連就業者数")
    # A row whose baseline is blank: the target stays under its own header.
    pdf.text(72, 230, 11, "新規就農者数")
    pdf.text(430, 230, 11, "５年間で３人")
    pdf.text(72, 250, 11, "中学校訪問実施校数")
    pdf.text(280, 250, 11, "年１１１校")
    pdf.text(430, 250, 11, "年１１１校")
    # A vertical label, one character per line, in the stub of the next table.
    pdf.text(72, 300, 11, "指標名")
    pdf.text(300, 300, 11, "2015")
    pdf.text(400, 300, 11, "2016")
    for i, ch in enumerate("人口動態"):
        pdf.text(40, 318 + 13 * i, 11, ch)
    rows = [("転入者数", "120", "130"), ("転出者数", "140", "135")]
    for i, (name, a, b) in enumerate(rows):
        pdf.text(72, 318 + 26 * i, 11, name)
        pdf.text(300, 318 + 26 * i, 11, a)
        pdf.text(400, 318 + 26 * i, 11, b)
    pdf.text(290, 800, 11, "8")
    return pdf


def image_only():
    pdf = Pdf(595, 842)
    pdf.new_page()
    pdf.raw("q 400 0 0 300 100 400 cm /Im1 Do Q")
    pixels = zlib.compress(bytes([0x80]) * (64 * 48))
    image = (b"<< /Type /XObject /Subtype /Image /Width 64 /Height 48 /ColorSpace /DeviceGray "
             b"/BitsPerComponent 8 /Filter /FlateDecode /Length %d >>\nstream\n" % len(pixels) + pixels + b"\nendstream")
    return pdf.build(extra_objects={"Im1": image})


def encrypted():
    pdf = kpi_page()
    # The standard security handler with a user password nobody knows: /U cannot be matched.
    encrypt = (b"<< /Filter /Standard /V 1 /R 2 /Length 40 /P -44 "
               b"/O <" + b"7A" * 32 + b"> /U <" + b"3C" * 32 + b"> >>")
    return pdf.build(encrypt=encrypt)


def bomb():
    # 2 GB of "0 0 m " (a path operator) compressed twice: a few kilobytes on disk.
    chunk = b"0 0 m " * 1024 * 1024  # 6 MiB
    inner = zlib.compressobj(9)
    parts = [inner.compress(chunk) for _ in range(340)]
    parts.append(inner.flush())
    once = b"".join(parts)
    twice = zlib.compress(once, 9)
    pdf = Pdf(595, 842)
    pdf.new_page()
    pdf.text(72, 72, 11, "爆弾")
    stream = (b"<< /Length %d /Filter [/FlateDecode /FlateDecode] >>\nstream\n" % len(twice)
              + twice + b"\nendstream")
    return pdf.build(page_streams={0: stream})


def main(only_twins=False):
    corpus = os.path.join(ROOT, "corpus")
    twins = {
        # The progress sheet, printed landscape and fit to width, as from its XLSX.
        "sakado-action-plan-shinko-kanri-2020": (842, 595),
        # A chapter of tables, printed portrait.
        "annaka-gyosei-kaikaku-jisshi-keikaku-2020": (595, 842),
    }
    for name, (width, height) in twins.items():
        pages = print_twin(os.path.join(corpus, name + ".txt"), os.path.join(HERE, name + ".pdf"), width, height)
        print("%s.pdf: %d pages" % (name, pages))
    if only_twins:
        return
    kpi = kpi_page().build()
    fixtures = {
        "kpi.pdf": kpi,
        "truncated.pdf": kpi[: len(kpi) // 3],
        "encrypted.pdf": encrypted(),
        "image-only.pdf": image_only(),
        "bomb.pdf": bomb(),
    }
    for name, data in fixtures.items():
        with open(os.path.join(HERE, name), "wb") as f:
            f.write(data)
        print("%s: %d bytes" % (name, len(data)))


if __name__ == "__main__":
    import sys
    main(only_twins="--twins" in sys.argv)
