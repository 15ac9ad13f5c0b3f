"""``[[explorable:module.name]]``: a figure the reader moves, after the static figure it extends.

The snippets declare each explorable (``snippets/explorables.py``: its sliders, choices and
readouts); this hook writes its controls as plain HTML — sliders are ``input type=range``, choices
radio buttons, readouts ``<output>`` in a polite live region — with room kept for the drawing, so
that nothing shifts when the script starts.  The script (an ES module in
``docs/javascripts/explorables/``) computes the readouts with ``math.js`` and draws.

Progressive enhancement: without JavaScript a ``<noscript>`` style hides the explorable, print and
the handout hide it (``print.css``), and the offline copy, which browsers will not run ES modules
from (``file://``), leaves it out; the static figure stays everywhere.
"""

from __future__ import annotations

import html
import json
import posixpath
from typing import TYPE_CHECKING

from sitekit.languages import language_of
from sitekit.markers import Marker, MarkerError, renders

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files
    from mkdocs.structure.pages import Page

SCRIPT_DIR = "javascripts/explorables"
#: The drawing's box, in SVG units: the scripts draw in it, CSS scales it to the column.
VIEWBOX = (320, 200)


def _specs() -> dict[str, object]:
    from snippets.claim import chapter_parts

    return {f"{chapter}.{spec.name}": spec for chapter, module in chapter_parts("explorables").items()
            for spec in module.EXPLORABLES}


def _offline(config: MkDocsConfig) -> bool:
    plugin = config.plugins.get("material/offline") or config.plugins.get("offline")
    return plugin is not None and bool(plugin.config.get("enabled"))


def _said(text, language: str) -> str:
    """A label as the page's language says it: Words in each language, or a plain str (a unit such as nats)."""
    return html.escape(text if isinstance(text, str) else text[language])


def _control(control, element_id: str, language: str) -> str:
    from snippets.explorables import Slider, printed

    if isinstance(control, Slider):
        step = f"{control.step:g}"
        decimals = len(step.split(".")[1]) if "." in step else 0
        return (f'<label class="explorable__slider"><span>{_said(control.label, language)} = '
                f'<output data-value="{control.name}">{printed(control.start, decimals)}</output></span>'
                f'<input type="range" name="{element_id}-{control.name}" data-name="{control.name}" '
                f'min="{control.low:g}" max="{control.high:g}" step="{control.step:g}" value="{control.start:g}">'
                f"</label>")
    options = "".join(
        f'<label><input type="radio" name="{element_id}-{control.name}" data-name="{control.name}" value="{value:g}"'
        f'{" checked" if value == control.start else ""}> {_said(label, language)}</label>'
        for value, label in control.options)
    return (f'<fieldset class="explorable__choice"><legend>{_said(control.label, language)}</legend>'
            f"{options}</fieldset>")


#: The explorable's own buttons, in each language.
WORDS = {"zh": {"reset": "回到原文的例子", "link": "链接到此刻的图"},
         "en": {"reset": "Back to the article's example", "link": "Link to the figure as it is now"}}


@renders("explorable")
def render_explorable(marker: Marker, page: Page, config: MkDocsConfig, files: Files) -> str:
    """``[[explorable:module.name]]`` on a line of its own: the controls, the drawing's box, the readouts."""
    from snippets.claim import find_claim
    from snippets.explorables import printed

    name = marker.argument
    if not marker.alone:
        raise MarkerError("an explorable stands on a line of its own")
    specs = _specs()
    if name not in specs:
        raise MarkerError(f"unknown explorable {name!r}; known: {', '.join(sorted(specs)) or 'none'}")
    if _offline(config):
        return ""  # file:// runs no ES module: the static figure above says it all
    spec = specs[name]
    element_id = "explorable-" + name.replace(".", "-").replace("_", "-")
    digits, at_start = {}, {}
    for readout in spec.readouts:
        if readout.claim is not None:
            try:
                claim = find_claim(readout.claim)
            except KeyError as error:
                raise MarkerError(f"readout {readout.name}: {error.args[0]}") from None
            claim_digits = claim.claim.digits
        digits[readout.name] = claim_digits if readout.digits is None else readout.digits
        # What the script will show at the start, written now (the claim's value, or the snippets' own
        # for a readout no claim names), so that nothing moves when the script starts.
        try:
            value = claim.value() if readout.claim is not None else readout.at_start()
        except Exception as error:  # noqa: BLE001 - any failure stops the build, naming the readout
            raise MarkerError(f"readout {readout.name}: {error!r}") from error
        at_start[readout.name] = printed(value, digits[readout.name])
    language = language_of(page.file.src_uri)
    words = WORDS[language]
    readouts = " ".join(
        f'<span>{_said(readout.label, language)} <output data-readout="{readout.name}">{at_start[readout.name]}</output>'
        f'{" " + _said(readout.unit, language) if readout.unit else ""}</span>' for readout in spec.readouts)
    # raw HTML, which MkDocs leaves alone: relative to where the page is served
    served_dir = (page.file.url.rstrip("/") if page.file.url.endswith("/") else posixpath.dirname(page.file.url)) or "."
    script = posixpath.relpath(f"{SCRIPT_DIR}/{spec.script}", served_dir)
    width, height = VIEWBOX
    return (
        f'<div class="explorable" id="{element_id}" data-explorable="{name}" '
        f"data-start='{html.escape(json.dumps(spec.start()))}' data-digits='{html.escape(json.dumps(digits))}' "
        f"data-data='{html.escape(json.dumps(dict(spec.data)))}'>"
        f'<p class="explorable__prompt">{_said(spec.prompt, language)}</p>'
        f'<svg class="explorable__plot" viewBox="0 0 {width} {height}" aria-hidden="true"></svg>'
        f'<div class="explorable__controls">{"".join(_control(c, element_id, language) for c in spec.controls)}</div>'
        f'<p class="explorable__readouts" aria-live="polite">{readouts}</p>'
        f'<p class="explorable__actions"><button type="button" class="explorable__reset">{words["reset"]}</button>'
        f' <a class="explorable__link" href="#{element_id}">{words["link"]}</a></p>'
        f'<noscript><style>#{element_id} {{ display: none; }}</style></noscript>'
        f'</div><script type="module" src="{script}"></script>'
    )
