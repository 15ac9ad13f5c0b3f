"""Explorables: they start on the article's numbers, move with the keyboard to what the snippets compute,
reset, restore a shared state from the address, and fit a phone — with no console error or request elsewhere.

Expected values are computed here by the snippets for the new inputs (never typed): the browser's
``math.js`` must give what Python gives (``tests/test_explorable_math.py`` proves the functions equal;
these tests prove the page wires them to the right inputs and prints them as the claims print).
"""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser, Page

from snippets import cross_entropy as ce
from snippets.claim import chapter_parts, find_claim, format_number
from snippets.explorables import printed
from tests.article import EXPLORABLES
from tests.test_browser import LAYOUT_SHIFT, Visit, browser, site_url  # noqa: F401 - fixtures

pytestmark = pytest.mark.browser

NEGATIVE_LOG = "#explorable-cross-entropy-negative-log"
#: Touch targets: at least this tall, in CSS px (WCAG 2.5.5).
TOUCH = 44


def started(page: Page, root: str) -> None:
    """Bring an explorable near the screen, where it starts, and wait until it has."""
    page.locator(root).scroll_into_view_if_needed()
    page.wait_for_selector(f"{root}.explorable--ready")


def test_every_explorable_is_placed_where_tests_expect_it() -> None:
    declared = {f"{chapter}.{spec.name}" for chapter, module in chapter_parts("explorables").items()
                for spec in module.EXPLORABLES}
    assert declared == set(EXPLORABLES)


def readouts(visit: Visit) -> dict[str, str]:
    root = visit.page.locator(NEGATIVE_LOG)
    return {name: root.locator(f'output[data-readout="{name}"]').inner_text() for name in ("loss", "bits")}


def expected(y: int, p: float) -> dict[str, str]:
    """What the page must show for label ``y`` and probability ``p``: the snippets' values at the claims' digits."""
    digits = {name: find_claim(f"cross_entropy.{claim}").claim.digits
              for name, claim in (("loss", "cat_confident_loss"), ("bits", "cat_confident_bits"))}
    return {"loss": format_number(ce.binary_cross_entropy(y, p), digits["loss"]),
            "bits": format_number(ce.binary_cross_entropy_bits(y, p), digits["bits"])}


@pytest.mark.parametrize("width", [390, 1280])
def test_loss_explorable_starts_on_the_article_moves_resets_and_shares(browser: Browser, site_url: str,
                                                                       width: int) -> None:
    visit = Visit(browser, site_url, "cross-entropy/", width=width, height=844)
    page = visit.page
    root = page.locator(NEGATIVE_LOG)
    started(page, NEGATIVE_LOG)
    # At load: the article's example, with the numbers the page's claims print.
    assert readouts(visit) == {"loss": find_claim("cross_entropy.cat_confident_loss").text(),
                               "bits": find_claim("cross_entropy.cat_confident_bits").text()}
    start = root.locator(".explorable__plot path.explorable__curve").get_attribute("d")

    # The keyboard alone: one step down on the slider, then the other label.
    slider = root.locator('input[data-name="p"]')
    slider.focus()
    page.keyboard.press("ArrowLeft")
    p = round(ce.P_CONFIDENT - 0.01, 2)  # the slider's step
    assert readouts(visit) == expected(ce.CAT_LABEL, p)
    root.locator('input[type=radio]:checked').focus()
    page.keyboard.press("ArrowRight")  # radio buttons: the arrow keys select the next one
    label = root.locator("input[type=radio]:checked").get_attribute("value")
    assert int(label) == 1 - ce.CAT_LABEL
    assert readouts(visit) == expected(1 - ce.CAT_LABEL, p)
    assert root.locator(".explorable__plot path.explorable__curve").get_attribute("d") != start, "curve redrawn"
    shared = root.locator(".explorable__link").get_attribute("href")

    # Reset: one tap back to the article.
    root.locator(".explorable__reset").click()
    assert readouts(visit) == expected(ce.CAT_LABEL, ce.P_CONFIDENT)

    # What fits a phone: nothing wider than the page, touch targets tall enough.
    sizes = page.evaluate(f"""() => {{
        const root = document.querySelector("{NEGATIVE_LOG}");
        const targets = [...root.querySelectorAll("input[type=range], .explorable__choice label, button, a")];
        return {{page: document.documentElement.scrollWidth, right: root.getBoundingClientRect().right,
                 shortest: Math.min(...targets.map((t) => t.getBoundingClientRect().height)),
                 smallestText: Math.min(...[...root.querySelectorAll("svg text")].map((t) =>  // CSS px on screen
                     parseFloat(getComputedStyle(t).fontSize) * t.ownerSVGElement.getBoundingClientRect().width
                     / t.ownerSVGElement.viewBox.baseVal.width))}};
    }}""")
    page.close()
    assert sizes["page"] == width and sizes["right"] <= width
    assert sizes["shortest"] >= TOUCH
    assert sizes["smallestText"] >= 11, "text in the drawing is at least 11 CSS px"
    assert visit.problems == []

    # The shared address restores the state it was copied in.
    again = Visit(browser, site_url, "cross-entropy/" + shared, width=width, height=844)
    again.page.wait_for_selector(f"{NEGATIVE_LOG}.explorable--ready")  # at once: no scrolling needed
    assert readouts(again) == expected(1 - ce.CAT_LABEL, p)
    again.page.close()
    assert again.problems == []

    # A hand-edited address: the slider takes the nearest value it holds, a label that is no option is ignored.
    edited = Visit(browser, site_url, f"cross-entropy/{NEGATIVE_LOG}:p=5,y=7", width=width, height=844)
    edited.page.wait_for_selector(f"{NEGATIVE_LOG}.explorable--ready")
    top = float(edited.page.locator(f'{NEGATIVE_LOG} input[data-name="p"]').get_attribute("max"))
    assert edited.page.locator(f"{NEGATIVE_LOG} input[type=radio]:checked").get_attribute("value") == str(ce.CAT_LABEL)
    assert readouts(edited) == expected(ce.CAT_LABEL, top)
    edited.page.close()
    assert edited.problems == []


def test_without_javascript_the_static_figure_stays_and_the_explorable_hides(browser: Browser, site_url: str) -> None:
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site_url + "cross-entropy/", wait_until="load")
    assert page.locator("#fig-negative-log img:visible").count() >= 1
    assert not page.locator(NEGATIVE_LOG).is_visible()
    context.close()


def element_id(name: str) -> str:
    return "#explorable-" + name.replace(".", "-").replace("_", "-")




@pytest.mark.parametrize("width", [390, 1280])
@pytest.mark.parametrize("name", sorted(EXPLORABLES))
def test_explorable_starts_near_the_screen_without_a_shift_and_restores_a_shared_state(
        browser: Browser, site_url: str, name: str, width: int) -> None:
    """Every explorable: not started at load (it waits until the reader is near), started without moving a
    thing (the page already printed the claims' numbers), and a moved state restored from its link."""
    root, (path,) = element_id(name), EXPLORABLES[name]
    visit = Visit(browser, site_url, path, width=width, height=844)
    page = visit.page
    readouts = f"{root} output[data-readout]"
    before = page.locator(readouts).all_inner_texts()
    assert page.locator(f"{root}.explorable--ready").count() == 0, "started before the reader came near"
    shifted_at_load = page.evaluate(LAYOUT_SHIFT)  # the page's own (web fonts arriving), not ours
    started(page, root)
    after = page.locator(readouts).all_inner_texts()
    assert all(before) and after == before, "the script's numbers at the start are the ones the build printed"
    assert page.evaluate(LAYOUT_SHIFT) == shifted_at_load, "starting the explorable moved something"

    # Move the first slider two steps with the keyboard (down, if it starts at its top), then follow the
    # link to this picture.
    slider = page.locator(f"{root} input[type=range]").first
    slider.focus()
    key = "ArrowLeft" if slider.get_attribute("value") == slider.get_attribute("max") else "ArrowRight"
    page.keyboard.press(key)
    page.keyboard.press(key)
    moved = page.locator(readouts).all_inner_texts()
    values = page.locator(f"{root} output[data-value]").all_inner_texts()
    shared = page.locator(f"{root} .explorable__link").get_attribute("href")
    assert moved != after, "two steps of the slider changed a readout"
    page.close()
    again = Visit(browser, site_url, path + shared, width=width, height=844)
    again.page.wait_for_selector(f"{root}.explorable--ready")
    assert again.page.locator(readouts).all_inner_texts() == moved
    assert again.page.locator(f"{root} output[data-value]").all_inner_texts() == values
    assert again.page.evaluate(f"document.querySelector('{root}').getBoundingClientRect().top") < 844, \
        "the shared picture is on screen"
    again.page.close()
    assert visit.problems == again.problems == []


#: Explorable JavaScript a page may load, gzipped (the issue's budget; Lighthouse keeps the rest honest).
BUDGET_GZIP = 30 * 1024


def test_all_explorable_javascript_together_fits_the_budget_of_one_page(built_site) -> None:
    """Every module in javascripts/explorables/, gzipped and summed: more than any one page loads."""
    import gzip

    scripts = sorted((built_site / "javascripts" / "explorables").glob("*.js"))
    assert scripts, "no explorable scripts in the site"
    total = sum(len(gzip.compress(path.read_bytes(), mtime=0)) for path in scripts)
    assert total <= BUDGET_GZIP, f"{total} bytes gzipped"


COIN = "#explorable-maximum-likelihood-coin-likelihood"


def shown(visit: Visit, root: str, names: tuple[str, ...]) -> dict[str, str]:
    locator = visit.page.locator(root)
    return {name: locator.locator(f'output[data-readout="{name}"]').inner_text() for name in names}


def at_claims_precision(text: str, claim: str) -> str:
    """A readout printed with more digits than its claim, rounded as the claim prints."""
    return format_number(float(text.replace("\N{MINUS SIGN}", "-")), find_claim(claim).claim.digits)


@pytest.mark.parametrize("width", [390, 1280])
def test_coin_explorable_peaks_at_the_estimate_and_follows_the_counts(browser: Browser, site_url: str,
                                                                     width: int) -> None:
    from snippets import maximum_likelihood as ml

    visit = Visit(browser, site_url, "maximum-likelihood/", width=width, height=844)
    page = visit.page
    started(page, COIN)
    start = shown(visit, COIN, ("mle", "ratio"))
    assert at_claims_precision(start["mle"], "maximum_likelihood.mle_closed_form") == \
        find_claim("maximum_likelihood.mle_closed_form").text()
    assert start["ratio"] == find_claim("maximum_likelihood.ratio_to_fair").text()

    # One more head (keyboard), and the candidate p two steps up: what the snippets compute for them.
    page.locator(f'{COIN} input[data-name="heads"]').focus()
    page.keyboard.press("ArrowRight")
    page.locator(f'{COIN} input[data-name="p"]').focus()
    page.keyboard.press("ArrowRight")
    page.keyboard.press("ArrowRight")
    heads, p = ml.HEADS + 1, round(ml.FAIR_P + 0.02, 2)
    assert shown(visit, COIN, ("mle", "ratio")) == {
        "mle": format_number(ml.coin_mle(heads, ml.TAILS), 3),
        "ratio": format_number(ml.likelihood_ratio_at(p, heads, ml.TAILS), 2)}
    page.locator(f"{COIN} .explorable__reset").click()
    assert shown(visit, COIN, ("mle", "ratio")) == start
    # No toss at all (Home on both counts): nothing to estimate, said so, and no error.
    for count in ("heads", "tails"):
        page.locator(f'{COIN} input[data-name="{count}"]').focus()
        page.keyboard.press("Home")
    assert shown(visit, COIN, ("mle", "ratio")) == {"mle": "\N{EM DASH}", "ratio": "\N{EM DASH}"}
    assert page.locator(f"{COIN} svg text", has_text="至少扔一次").count() == 1
    page.close()
    assert visit.problems == []


GAP = "#explorable-cross-entropy-from-information-entropy-gap"
GAP_READOUTS = ("entropy", "cross_entropy", "kl", "kl_reverse")


@pytest.mark.parametrize("width", [390, 1280])
def test_entropy_gap_explorable_shows_kl_both_ways(browser: Browser, site_url: str, width: int) -> None:
    from snippets import cross_entropy_from_information as info

    visit = Visit(browser, site_url, "cross-entropy-from-information/", width=width, height=844)
    page = visit.page
    started(page, GAP)
    start = shown(visit, GAP, GAP_READOUTS)
    assert at_claims_precision(start["entropy"], "cross_entropy_from_information.entropy_of_true_label") == \
        find_claim("cross_entropy_from_information.entropy_of_true_label").text()
    assert start["cross_entropy"] == find_claim("cross_entropy_from_information.cross_entropy_free").text()
    assert start["kl"] == find_claim("cross_entropy_from_information.kl_free").text()
    p0, q0 = float(info.label_free()), info.P_FREE
    assert start["kl_reverse"] == printed(info.kl_divergence((1 - q0, q0), (1 - p0, p0)), 3)

    # P steps down ten times, Q once (keyboard): both directions of KL are now finite, and differ.
    page.locator(f'{GAP} input[data-name="p"]').focus()
    for _ in range(10):
        page.keyboard.press("ArrowLeft")
    page.locator(f'{GAP} input[data-name="q"]').focus()
    page.keyboard.press("ArrowLeft")
    p, q = round(p0 - 0.10, 2), round(q0 - 0.01, 2)
    P, Q = (1 - p, p), (1 - q, q)
    assert shown(visit, GAP, GAP_READOUTS) == {
        "entropy": printed(info.entropy(P), 3), "cross_entropy": printed(info.cross_entropy(P, Q), 3),
        "kl": printed(info.kl_divergence(P, Q), 3), "kl_reverse": printed(info.kl_divergence(Q, P), 3)}
    page.close()
    assert visit.problems == []


FIT = "#explorable-least-squares-fit-and-outlier"
FIT_READOUTS = ("w", "b", "loss")


@pytest.mark.parametrize("width", [390, 1280])
def test_fit_explorable_follows_the_last_day_to_the_article_outlier(browser: Browser, site_url: str,
                                                                    width: int) -> None:
    from snippets import least_squares as ls
    from snippets.least_squares.explorables import SALES_STEP

    visit = Visit(browser, site_url, "least-squares/", width=width, height=844)
    page = visit.page
    started(page, FIT)
    start = shown(visit, FIT, FIT_READOUTS)
    for name, claim in (("w", "fitted_slope"), ("b", "fitted_intercept"), ("loss", "loss_at_fit")):
        assert at_claims_precision(start[name], f"least_squares.{claim}") == find_claim(f"least_squares.{claim}").text()

    # End key: the slider's top, the article's outlier — the page's outlier claims.
    slider = page.locator(f'{FIT} input[data-name="last_sales"]')
    slider.focus()
    page.keyboard.press("End")
    outlier = shown(visit, FIT, FIT_READOUTS)
    assert at_claims_precision(outlier["w"], "least_squares.outlier_slope") == find_claim("least_squares.outlier_slope").text()
    assert at_claims_precision(outlier["b"], "least_squares.outlier_intercept") == \
        find_claim("least_squares.outlier_intercept").text()
    # One step down: what fit_line gives for those sales.
    page.keyboard.press("ArrowLeft")
    sales = list(ls.SALES)
    sales[ls.OUTLIER_DAY] = ls.OUTLIER_SALES - SALES_STEP
    w, b = ls.fit_line(ls.TEMPERATURE, sales)
    assert shown(visit, FIT, FIT_READOUTS) == {
        "w": format_number(w, 2), "b": format_number(b, 1).replace("-", "\N{MINUS SIGN}"),
        "loss": format_number(ls.mean_squared_error(ls.TEMPERATURE, sales, w, b), 1)}
    page.close()
    assert visit.problems == []


NORMAL = "#explorable-normal-least-squares-likelihood-and-squares"
NORMAL_READOUTS = ("nll", "best_w", "best_b")


@pytest.mark.parametrize("width", [390, 1280])
def test_normal_explorable_keeps_the_best_line_whatever_the_variance(browser: Browser, site_url: str,
                                                                     width: int) -> None:
    from snippets import least_squares as ls
    from snippets import normal_least_squares as nls
    from snippets.normal_least_squares.explorables import SIGMA2_RANGE

    visit = Visit(browser, site_url, "normal-least-squares/", width=width, height=844)
    page = visit.page
    started(page, NORMAL)
    start = shown(visit, NORMAL, NORMAL_READOUTS)
    assert start["best_w"] == find_claim("normal_least_squares.likelihood_slope_small_sigma").text()
    assert start["best_b"] == find_claim("normal_least_squares.likelihood_intercept_small_sigma").text()
    w, _ = ls.fit_line(ls.TEMPERATURE, ls.SALES)
    b = nls.maximise_normal_likelihood(ls.TEMPERATURE, ls.SALES, nls.SIGMA2_SMALL)[1]  # the curve's intercept
    nll = -nls.normal_log_likelihood(ls.TEMPERATURE, ls.SALES, w, b, nls.SIGMA2_SMALL)
    assert start["nll"] == format_number(nll, 2).replace("-", "\N{MINUS SIGN}")

    # σ² to the slider's top (End): −log L changes, the best line does not — the large-σ² claims.
    page.locator(f'{NORMAL} input[data-name="sigma2"]').focus()
    page.keyboard.press("End")
    top = shown(visit, NORMAL, NORMAL_READOUTS)
    best = nls.maximise_normal_likelihood(ls.TEMPERATURE, ls.SALES, SIGMA2_RANGE[1])
    nll = -nls.normal_log_likelihood(ls.TEMPERATURE, ls.SALES, w, best[1], SIGMA2_RANGE[1])
    assert top == {"nll": format_number(nll, 2).replace("-", "\N{MINUS SIGN}"),
                   "best_w": format_number(best[0], 3), "best_b": format_number(best[1], 3)}
    assert (top["best_w"], top["best_b"]) == (start["best_w"], start["best_b"])
    page.close()
    assert visit.problems == []


GRADIENTS = "#explorable-cross-entropy-gradients"
GRADIENT_READOUTS = ("p", "ce", "se", "ratio")


def gradient_readouts(z: float, y: int) -> dict[str, str]:
    """What the page must show at logit ``z`` and label ``y``: the snippets' values at the claims' digits."""
    digits = {name: find_claim(f"cross_entropy.{claim}").claim.digits for name, claim in (
        ("p", "wrong_probability"), ("ce", "wrong_cross_entropy_gradient"), ("se", "wrong_squared_error_gradient"),
        ("ratio", "gradient_ratio"))}
    ce_gradient, se_gradient = float(ce.cross_entropy_gradient(z, y)), float(ce.squared_error_gradient(z, y))
    values = {"p": float(ce.sigmoid(z)), "ce": ce_gradient, "se": se_gradient, "ratio": ce_gradient / se_gradient}
    return {name: printed(value, digits[name]) for name, value in values.items()}


@pytest.mark.parametrize("width", [390, 1280])
def test_gradient_explorable_shows_why_cross_entropy_learns_from_confident_mistakes(browser: Browser, site_url: str,
                                                                                    width: int) -> None:
    visit = Visit(browser, site_url, "cross-entropy/", width=width, height=844)
    page = visit.page
    started(page, GRADIENTS)
    start = shown(visit, GRADIENTS, GRADIENT_READOUTS)
    assert start == {name: find_claim(f"cross_entropy.{claim}").text().replace("-", "\N{MINUS SIGN}") for name, claim in (
        ("p", "wrong_probability"), ("ce", "wrong_cross_entropy_gradient"), ("se", "wrong_squared_error_gradient"),
        ("ratio", "gradient_ratio"))}
    page.locator(f'{GRADIENTS} input[data-name="z"]').focus()
    page.keyboard.press("Home")  # the most confident mistake the slider reaches
    from snippets.cross_entropy.explorables import LOGIT_REACH

    assert shown(visit, GRADIENTS, GRADIENT_READOUTS) == gradient_readouts(-LOGIT_REACH, ce.CAT_LABEL)
    # The other end, label 1: σ(z) ≈ 1, so both gradients are too small for their decimals — and are
    # still shown (m × 10ᵏ), not as 0.000 beside a ratio of thousands.
    page.keyboard.press("End")
    for _ in range(2):
        if page.locator(f"{GRADIENTS} input[type=radio]:checked").get_attribute("value") == "1":
            break
        page.locator(f"{GRADIENTS} input[type=radio]:checked").focus()
        page.keyboard.press("ArrowRight")
    at_end = shown(visit, GRADIENTS, GRADIENT_READOUTS)
    assert at_end == gradient_readouts(LOGIT_REACH, 1)
    assert "×" in at_end["ce"] and "×" in at_end["se"], at_end
    page.close()
    assert visit.problems == []


EMAILS = "#explorable-cross-entropy-from-likelihood-email-contributions"
EMAIL_READOUTS = ("free", "meeting", "log_likelihood", "n_j")


def email_readouts(free: float, meeting: float) -> dict[str, str]:
    """What the page must show for the two predictions: the snippets' values, three decimals."""
    from snippets import categorical_cross_entropy as cat
    from snippets import cross_entropy_from_likelihood as lik

    labels, predictions = [lik.label_free(), lik.label_meeting()], [free, meeting]
    values = {"free": lik.log_likelihood_contribution(labels[0], free),
              "meeting": lik.log_likelihood_contribution(labels[1], meeting),
              "log_likelihood": cat.bernoulli_log_likelihood(labels, predictions),
              "n_j": len(labels) * cat.mean_cross_entropy(labels, predictions)}
    return {name: format_number(value, 3).replace("-", "\N{MINUS SIGN}") for name, value in values.items()}


@pytest.mark.parametrize("width", [390, 1280])
def test_email_explorable_keeps_n_j_equal_to_minus_log_likelihood(browser: Browser, site_url: str,
                                                                 width: int) -> None:
    from snippets import cross_entropy_from_likelihood as lik

    visit = Visit(browser, site_url, "cross-entropy-from-likelihood/", width=width, height=844)
    page = visit.page
    started(page, EMAILS)
    start = shown(visit, EMAILS, EMAIL_READOUTS)
    assert start["free"] == find_claim("cross_entropy_from_likelihood.contribution_free").text().replace("-", "\N{MINUS SIGN}")
    assert start["meeting"] == find_claim("cross_entropy_from_likelihood.contribution_meeting").text().replace(
        "-", "\N{MINUS SIGN}")
    assert start == email_readouts(lik.P_FREE, lik.P_MEETING)
    page.locator(f'{EMAILS} input[data-name="p_meeting"]').focus()
    for _ in range(5):
        page.keyboard.press("ArrowRight")
    moved = shown(visit, EMAILS, EMAIL_READOUTS)
    assert moved == email_readouts(lik.P_FREE, round(lik.P_MEETING + 0.05, 2))
    assert moved["n_j"] == moved["log_likelihood"].replace("\N{MINUS SIGN}", ""), "n·J = −log L"
    page.close()
    assert visit.problems == []


SOFTMAX = "#explorable-categorical-cross-entropy-softmax"
SOFTMAX_READOUTS = ("p1", "p2", "p3", "loss")


def softmax_readouts(logits: list[float], true_class: int) -> dict[str, str]:
    from snippets import categorical_cross_entropy as cat

    p = cat.softmax(logits)
    label = [1 if k == true_class else 0 for k in range(len(p))]
    values = {"p1": p[0], "p2": p[1], "p3": p[2], "loss": ce.categorical_cross_entropy(label, p)}
    return {name: format_number(value, 3) for name, value in values.items()}


@pytest.mark.parametrize("width", [390, 1280])
def test_softmax_explorable_keeps_one_term_of_the_sum(browser: Browser, site_url: str, width: int) -> None:
    from snippets import categorical_cross_entropy as cat
    from snippets.categorical_cross_entropy.explorables import CLASSES, LOGIT_START, LOGIT_STEP

    visit = Visit(browser, site_url, "categorical-cross-entropy/", width=width, height=844)
    page = visit.page
    started(page, SOFTMAX)
    logits, true_class = [LOGIT_START] * len(CLASSES), cat.DOG_ONE_HOT.index(1)
    assert shown(visit, SOFTMAX, SOFTMAX_READOUTS) == softmax_readouts(logits, true_class)
    page.locator(f'{SOFTMAX} input[data-name="z1"]').focus()
    for _ in range(10):
        page.keyboard.press("ArrowRight")
    logits[0] = round(LOGIT_START + 10 * LOGIT_STEP, 1)
    assert shown(visit, SOFTMAX, SOFTMAX_READOUTS) == softmax_readouts(logits, true_class)
    page.locator(f"{SOFTMAX} input[type=radio]:checked").focus()
    page.keyboard.press("ArrowLeft")  # the first class is now the true one
    assert shown(visit, SOFTMAX, SOFTMAX_READOUTS) == softmax_readouts(logits, 0)
    page.close()
    assert visit.problems == []
