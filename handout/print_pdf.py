"""``make pdf``: the whole site as one A4 handout, printed by headless Chromium.

1. Build the site with ``HANDOUT=true``: mkdocs-print-site-plugin joins the pages in
   reading order (nav order, without the notebooks and the source code) into
   ``print_page/``, with a cover and a table of contents (see ``mkdocs.yml``).
2. Print that page with Debian's Chromium (Playwright drives it; nothing is
   downloaded) with the print stylesheet: page numbers at the foot, PDF bookmarks
   from the headings.
3. Read each chapter's page number back from the bookmarks, write it into the
   table of contents and print again (until the numbers no longer move).
4. Tidy the PDF with pypdf: text copied from it reads as ordinary Chinese (see
   :func:`unify_radicals`), and its dates come from ``SOURCE_DATE_EPOCH``.

Each language's print page (``print_page/``, ``print_page_en/``) gives three editions (:data:`EDITIONS`),
printed side by side into ``OUT_DIR``: the handout (``handout.zh.pdf``, ``handout.en.pdf``: every chapter, its
exercises as statements), the exercise sheet (``exercises.<language>.pdf``: each chapter's exercises section,
statements and data only) and the solutions (``solutions.<language>.pdf``: the same exercises with their hints,
worked solutions and checks).  :data:`EDITION_SCRIPT` cuts the
print page down to an edition before it is printed.  ``SOLUTIONS=false make pdf`` prints the course
edition's: its handout's 数字核对 lists no answer, and there are no solutions to print.  Each PDF says in its
metadata (``/SiteEdition``) which edition of the site it was printed from; the site's build refuses to
publish a PDF of the other.

Usage: ``python handout/print_pdf.py OUT_DIR [--site-dir DIR] [--no-build]``.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import functools
import hashlib
import http.server
import io
import os
import re
import shutil
import subprocess
import sys
import threading
import unicodedata
from pathlib import Path

from sitekit.handouts import editions, pdf_name, print_page
from sitekit.languages import LANGUAGES
from sitekit.solutions import EDITION_KEY, edition_name, from_environment

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = os.environ.get("CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]
MAX_PASSES = 4

#: What an edition cut from the print page says on its cover, per language: the title under the site's, and the
#: note on where the numbers come from.  The handout keeps its own cover.
EDITIONS: dict[str, dict[str, tuple[str, str]] | None] = {
    "handout": None,
    "exercises": {"zh": ("练习册：各章练习，不含提示和解答",
                         "题中的每个数字都由网站的代码在构建时算出，每道题的答案都由测试逐一核对。"),
                  "en": ("Exercise sheet: every chapter's exercises, without hints or solutions",
                         "Every number in the exercises is computed by the site's code when it is built, and every "
                         "answer is checked by the tests.")},
    "solutions": {"zh": ("解答册：各章练习的提示、解答和验证",
                         "解答中的每个数字都由网站的代码在构建时算出并由测试核对；每道推导题附有计算机代数的验证。"),
                  "en": ("Solutions: every chapter's exercises with their hints, solutions and checks",
                         "Every number in the solutions is computed by the site's code when it is built and checked "
                         "by the tests; every derivation comes with its computer-algebra check.")},
}
#: The PDF's title: the site's name, then the edition's (up to its colon), in each language.
TITLE_SEPARATOR = {"zh": "：", "en": ": "}

#: Cuts the print page down to an edition (run before the table of contents gets its page numbers).
#: A chapter keeps its title and its 练习 section; a page without exercises goes, part titles stay.
#: The exercise sheet drops hints and solutions; the solutions open them (print.css shows them there).
#: A link into what was cut keeps its words and loses its target.
EDITION_SCRIPT = """([edition, title, note, language]) => {
    document.documentElement.dataset.edition = edition;
    const titleOf = (section) => [...section.querySelector(":scope > h1").childNodes]
        .filter((node) => !node.classList?.contains("headerlink")).map((node) => node.textContent).join("").trim();
    const chapterOf = new Map();  // every id → the title of the chapter it is in, before anything is cut
    for (const section of document.querySelectorAll("#print-site-page section.print-page[id]:not(.md-section)")) {
        for (const element of section.querySelectorAll("[id]")) chapterOf.set(element.id, titleOf(section));
    }
    for (const section of document.querySelectorAll("#print-site-page section.print-page[id]:not(.md-section)")) {
        const start = section.querySelector(":scope > h2[id$='-exercises']");
        if (!start) { section.remove(); continue; }
        let node = section.querySelector(":scope > h1").nextSibling;
        while (node && node !== start) { const next = node.nextSibling; node.remove(); node = next; }
        for (const details of section.querySelectorAll("details.hint, details.solution")) {
            if (edition === "exercises") details.remove();
            else for (const open of [details, ...details.querySelectorAll("details")]) open.open = true;
        }
    }
    for (const part of document.querySelectorAll("#print-site-page section.print-page.md-section")) {
        if (!part.querySelector("h2[id$='-exercises']")) part.remove();
    }
    for (const link of document.querySelectorAll("#print-site-page a[href^='#']")) {
        const id = link.getAttribute("href").slice(1);
        const target = id && document.getElementById(id);
        if (link.closest("#print-page-toc")) {  // the contents list the chapters; every one's section is 练习
            if (!target || target.tagName === "H2") link.closest("li").remove();
        } else if (!target) {  // a link into what was cut: its words stay, naming the chapter when it is another
            const section = link.closest("section.print-page[id]:not(.md-section)");
            const here = section ? titleOf(section) : "";
            const there = chapterOf.get(id);
            const words = [...link.childNodes];
            if (there && there !== here && !link.textContent.includes(there)) {
                words.push(language === "zh" ? `（${there}）` : ` (${there})`);
            }
            link.replaceWith(...words);
        }
    }
    const cover = document.querySelector(".handout-cover h1");
    const subtitle = document.createElement("p");
    subtitle.className = "handout-cover__edition";
    subtitle.textContent = title;
    cover.after(subtitle);
    document.querySelector(".handout-cover__note").textContent = note;
}"""


def build(site_dir: Path) -> None:  # SOLUTIONS passes through: the course edition's handout
    """Build the handout flavour of the site."""
    env = dict(os.environ, HANDOUT="true")
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "-d", str(site_dir)],
                   cwd=ROOT, env=env, check=True)


def chapter_pages(pdf: bytes) -> dict[str, int]:
    """Top-level PDF bookmarks (one per chapter and part title) → 1-based page number."""
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(pdf))
    pages: dict[str, int] = {}

    def walk(items) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                pages.setdefault(item.title.strip(), reader.get_destination_page_number(item) + 1)

    walk(reader.outline)
    return pages


@contextlib.contextmanager
def served(site_dir: Path):
    """Serve the built site on 127.0.0.1 (over file:// the theme's search worker fails)."""
    handler = functools.partial(QuietHandler, directory=str(site_dir))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


def print_pages(site_dir: Path, editions: list[str]) -> tuple[dict[tuple[str, str], bytes], str]:
    """Print each edition of each language's print page until the page numbers in its table of contents are
    stable: (edition, language) → PDF."""
    from playwright.sync_api import sync_playwright

    pages = {language: site_dir / print_page(language) / "index.html" for language in LANGUAGES}
    for page_file in pages.values():
        if not page_file.is_file():
            raise SystemExit(f"{page_file}: no print page; build with HANDOUT=true (make pdf does)")

    if not Path(CHROMIUM).exists():
        raise SystemExit(f"chromium not found at {CHROMIUM}: sudo apt-get install chromium fonts-noto-cjk")
    with served(site_dir) as url, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            printed = {(edition, language): _print_edition(browser, url, pages[language], edition, language)
                       for language in LANGUAGES for edition in editions}
            return printed, url
        finally:
            browser.close()


def _print_edition(browser, url: str, page_file: Path, edition: str, language: str) -> bytes:
    """One edition of the print page, as a PDF whose table of contents has its page numbers."""
    page = browser.new_page(color_scheme="light")
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("requestfailed", lambda request: errors.append(f"{request.url}: {request.failure}"))
    page.on("response", lambda response: response.status >= 400 and errors.append(
        f"{response.url}: HTTP {response.status}"))
    page.goto(url + print_page(language), wait_until="networkidle")
    page.emulate_media(media="print")
    page.wait_for_function("document.querySelectorAll('#print-page-toc a').length > 0")
    page.evaluate("""async () => {
        for (const img of document.images) img.loading = "eager";
        await Promise.all([...document.images].map(img => img.decode().catch(() => {
            throw new Error("image did not load: " + img.src);
        })));
        await document.fonts.ready;
    }""")
    if errors:
        raise SystemExit(f"{page_file}: script errors: {errors}")
    if EDITIONS[edition] is not None:
        page.evaluate(EDITION_SCRIPT, [edition, *EDITIONS[edition][language], language])
    numbers: dict[str, int] = {}
    for _ in range(MAX_PASSES):
        pdf = page.pdf(format="A4", print_background=True, prefer_css_page_size=True,
                       outline=True, tagged=True)
        found = chapter_pages(pdf)
        if found == numbers:
            page.close()
            return pdf
        numbers = found
        missing = page.evaluate("""(numbers) => {
            const missing = [];
            for (const link of document.querySelectorAll('#print-page-toc a')) {
                link.dataset.title ??= link.textContent.trim();
                if (!(link.dataset.title in numbers)) { missing.push(link.dataset.title); continue; }
                let mark = link.querySelector('.toc-page-number');
                if (!mark) {
                    mark = document.createElement('span');
                    mark.className = 'toc-page-number';
                    link.append(mark);
                }
                mark.textContent = numbers[link.dataset.title];
            }
            return missing;
        }""", numbers)
        if missing:
            raise SystemExit(f"{page_file}: no PDF bookmark for these table-of-contents entries: {missing}")
    raise SystemExit(f"{page_file}: table-of-contents page numbers still moving after {MAX_PASSES} passes")


#: Kangxi radicals and the CJK radicals supplement.  Noto CJK draws 小 and ⼩ (U+2F29) with one
#: glyph, and Chromium's PDF names such a glyph with the lower code point, so text copied
#: from the PDF (or searched in it) would read ⼩ instead of 小.  The pages hold no real
#: radicals, so every radical in a ToUnicode map is put back to its ideograph.
_RADICALS = re.compile("[\u2e80-\u2eff\u2f00-\u2fdf]")


@functools.cache
def radical_ideographs() -> dict[str, str]:
    """Radical → the ideograph sharing its glyph in the CJK font the pages are set in.

    Kangxi radicals also decompose by NFKC; most of the supplement (⻆ → 角) does not,
    so the font's own character map decides.
    """
    from fontTools.ttLib import TTFont

    try:
        answer = subprocess.run(["fc-match", "-f", "%{file}\n%{index}", "Noto Sans CJK SC"],
                                capture_output=True, text=True, check=True).stdout.split("\n")
        font = TTFont(answer[0], fontNumber=int(answer[1] or 0), lazy=True)
    except (OSError, subprocess.CalledProcessError, ValueError) as error:
        raise SystemExit(f"cannot read the CJK font (install fonts-noto-cjk): {error}") from None
    glyph_of = font.getBestCmap()
    ideograph_with: dict[str, int] = {}
    for code, glyph in sorted(glyph_of.items()):
        if 0x3400 <= code <= 0x9FFF:
            ideograph_with.setdefault(glyph, code)
    return {chr(code): chr(ideograph_with[glyph]) for code, glyph in glyph_of.items()
            if _RADICALS.match(chr(code)) and glyph in ideograph_with}


def _unified(code_hex: str) -> str:
    text = bytes.fromhex(code_hex).decode("utf-16-be")
    table = radical_ideographs()
    fixed = _RADICALS.sub(lambda m: table.get(m[0]) or unicodedata.normalize("NFKC", m[0]), text)
    return fixed.encode("utf-16-be").hex().upper()


def unify_radicals(cmap: str) -> str:
    """Rewrite a ToUnicode CMap so radicals map to the unified ideographs (NFKC).

    >>> unify_radicals("1 beginbfchar\\n<0005> <2F29>\\nendbfchar")
    '1 beginbfchar\\n<0005> <5C0F>\\nendbfchar'
    >>> unify_radicals("1 beginbfrange\\n<0004> <0006> <2F28>\\nendbfrange")
    '3 beginbfchar\\n<0004> <5BF8>\\n<0005> <5C0F>\\n<0006> <5C22>\\nendbfchar'
    """
    out: list[str] = []
    block: list[str] = []
    kind = None
    for line in cmap.splitlines():
        opening = re.fullmatch(r"\d+ begin(bfchar|bfrange)", line.strip())
        if opening:
            kind, block = opening[1], []
            continue
        if kind and line.strip() == f"end{kind}":
            chars: list[str] = []
            ranges: list[str] = []
            for entry in block:
                codes = re.findall(r"<([0-9A-Fa-f]*)>", entry)
                if kind == "bfchar":
                    chars.append(f"<{codes[0]}> <{_unified(codes[1])}>")
                elif len(codes) == 3 and _RADICALS.search(bytes.fromhex(codes[2]).decode("utf-16-be", "replace")):
                    width, first, last = len(codes[0]), int(codes[0], 16), int(codes[1], 16)
                    start = int(codes[2], 16)
                    for offset in range(last - first + 1):
                        chars.append(f"<{first + offset:0{width}X}> <{_unified(f'{start + offset:04X}')}>")
                else:
                    ranges.append(entry)
            if chars:
                out += [f"{len(chars)} beginbfchar", *chars, "endbfchar"]
            if ranges:
                out += [f"{len(ranges)} beginbfrange", *ranges, "endbfrange"]
            kind = None
            continue
        (block if kind else out).append(line)
    return "\n".join(out)


def published_url(site_dir: Path) -> str:
    """The site's address, from the canonical link of its print page (site_url + print_page/)."""
    text = (site_dir / "print_page" / "index.html").read_text(encoding="utf-8")
    found = re.search(r'<link rel="canonical" href="([^"]+)print_page/"', text)
    if not found:
        raise SystemExit(f"{site_dir}/print_page/index.html: no canonical link; is site_url set?")
    return found[1]


def tidy(pdf: bytes, title: str, epoch: int, served: str, published: str, site_edition: str = "full") -> bytes:
    """Readable text, links to the published site, fixed dates and identifiers.

    The same site gives the same PDF: Chromium's links point at the local server
    it printed from and its identifier changes on every run.
    """
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import ArrayObject, ByteStringObject, NameObject, TextStringObject

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    done: set[int] = set()
    for page in writer.pages:
        for font in page.get("/Resources", {}).get("/Font", {}).values():
            font = font.get_object()
            stream_ref = font.get("/ToUnicode")
            if stream_ref is None or id(stream_ref.get_object()) in done:
                continue
            stream = stream_ref.get_object()
            done.add(id(stream))
            cmap = stream.get_data().decode("latin-1")
            fixed = unify_radicals(cmap)
            if fixed != cmap:
                stream.set_data(fixed.encode("latin-1"))
        for annotation in page.get("/Annots", []):
            action = annotation.get_object().get("/A")
            if action is not None and str(action.get("/URI", "")).startswith(served):
                action[NameObject("/URI")] = TextStringObject(published + str(action["/URI"])[len(served):])
    stamp = dt.datetime.fromtimestamp(epoch, dt.UTC).strftime("D:%Y%m%d%H%M%SZ")
    writer.add_metadata({"/Title": title, EDITION_KEY: site_edition,
                         "/Creator": "make pdf (Chromium, mkdocs-print-site-plugin)",
                         "/Producer": "pypdf", "/CreationDate": stamp, "/ModDate": stamp})
    placeholder = ByteStringObject(bytes(16))
    writer._ID = ArrayObject([placeholder, placeholder])  # Chromium's differs on every run
    body = io.BytesIO()
    writer.write(body)
    return stable_identifiers(body.getvalue())


def stable_identifiers(pdf: bytes) -> bytes:
    """Renumber tagged-PDF node ids in structure order and derive the file identifier from the content.

    Chromium names the structure elements it must refer to (table headers) after DOM node
    numbers, which are handed out lazily: which node gets the lowest number depends on what
    the page did before printing (a paint-timing entry under load, say).  The elements
    themselves are written in document order, so each id is renumbered by the rank of the
    object it names in the /IDTree; the tree's one leaf (and its /Limits) is rewritten in the new order.  Ids
    keep their width and the leaf its length, so every byte offset, hence the
    cross-reference table, stays valid.

    >>> tree = b"/Names [ (node00000042) 7 0 R (node00000043) 5 0 R ]"
    >>> stable_identifiers(b"/Headers [ (node00000043) ] " + tree + b" <" + b"00" * 16 + b">")[:80]
    b'/Headers [ (node00000000) ] /Names [ (node00000000) 5 0 R (node00000001) 7 0 R ]'
    """
    leaves = re.findall(rb"/Names \[ ((?:\(node\d{8}\) \d+ 0 R ?)+)\]", pdf)
    if len(leaves) > 1:
        raise SystemExit("the PDF's /IDTree has several leaves; stable_identifiers handles one")
    pairs = re.findall(rb"\(node(\d{8})\) (\d+) 0 R", leaves[0]) if leaves else []
    by_object = sorted(pairs, key=lambda pair: int(pair[1]))
    rank = {int(node): i for i, (node, _) in enumerate(by_object)}
    found = sorted({int(n) for n in re.findall(rb"\(node(\d{8})\)", pdf)} - set(rank))
    rank |= {n: len(rank) + i for i, n in enumerate(found)}
    if leaves:
        leaf = b" ".join(b"(node%08d) %s 0 R" % (rank[int(node)], obj) for node, obj in by_object) + b" "
        assert len(leaf) == len(leaves[0]), "the rewritten /IDTree leaf must keep its length"
        pdf = pdf.replace(leaves[0], b"\0IDTREE\0")
    pdf = re.sub(rb"\(node(\d{8})\)", lambda m: b"(node%08d)" % rank[int(m[1])], pdf)
    if leaves:
        pdf = pdf.replace(b"\0IDTREE\0", leaf)
        last = b"(node%08d)" % (len(by_object) - 1)
        pdf = re.sub(rb"/Limits \[ \(node\d{8}\) \(node\d{8}\) \]", b"/Limits [ (node00000000) " + last + b" ]", pdf)
    zero = b"<" + b"00" * 16 + b">"
    digest = hashlib.md5(pdf).hexdigest().encode()
    return pdf.replace(zero, b"<" + digest + b">")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="the folder to write the PDFs into")
    parser.add_argument("--site-dir", type=Path, default=ROOT / ".cache" / "handout" / "site")
    parser.add_argument("--no-build", action="store_true", help="print an existing handout build")
    options = parser.parse_args()
    if not options.no_build:
        build(options.site_dir)
    sys.path.insert(0, str(ROOT))
    from snippets import SITE_TITLE

    solutions_shown = from_environment(os.environ)
    epoch = int(os.environ.get("SOURCE_DATE_EPOCH") or 0)
    site_dir = options.site_dir.resolve()
    printed, served = print_pages(site_dir, list(editions(solutions_shown)))
    options.out.mkdir(parents=True, exist_ok=True)
    for (edition, language), pdf in printed.items():
        separator = TITLE_SEPARATOR[language]
        cover = EDITIONS[edition]
        title = SITE_TITLE[language] + (separator + cover[language][0].split(separator)[0] if cover else "")
        pdf = tidy(pdf, title, epoch, served, published_url(site_dir), edition_name(solutions_shown))
        out = options.out / pdf_name(edition, language)
        out.write_bytes(pdf)
        print(f"wrote {out} ({len(pdf) // 1024} KB)")


if __name__ == "__main__":
    main()
