"""The explorables' math in the browser equals the snippets' math in Python.

``docs/javascripts/explorables/math.js`` is run under the pinned Node.js (``tests/explorable_parity.mjs``)
on a grid of inputs — the article's own, ordinary values and values near the edges 0 and 1 — and every
result is compared with the Python function the JavaScript function mirrors, to a relative 1e-9. Inputs
the Python function refuses (a probability outside [0, 1], an infinite loss) must be refused in the
browser too. An exported function without a mirror here fails the suite: the browser computes nothing
the snippets do not.
"""

from __future__ import annotations

import itertools
import json
import math
import subprocess
from pathlib import Path

import pytest

from snippets import cross_entropy as ce
from snippets import cross_entropy_from_information as info
from snippets import categorical_cross_entropy as cat
from snippets import cross_entropy_from_likelihood as lik
from snippets import least_squares as ls
from snippets import normal_least_squares as nls
from snippets import maximum_likelihood as ml
from snippets.explorables import printed
from tests.conftest import BIN, ROOT

MATH = ROOT / "docs" / "javascripts" / "explorables" / "math.js"
RUNNER = Path(__file__).with_name("explorable_parity.mjs")

PROBABILITIES = [0.0, 1e-12, 1e-6, 0.001, 0.01, 0.1, 0.25, 0.3, 0.5, 0.6, 0.7, 0.8, 0.9, 0.99, 0.999,
                 1 - 1e-6, 1 - 1e-12, 1.0, -0.1, 1.1]
LOGITS = [-30.0, -5.0, -2.0, -0.5, 0.0, 0.5, 2.0, 5.0, 30.0]
COUNTS = [0, 1, 4, 6, 7, 10, 100]
THREE = [(1.0, 0.0, 0.0), (0.0, 1.0, 0.0), (0.2, 0.5, 0.3), (0.7, 0.2, 0.1), (0.5, 0.5, 0.0),
         (1 / 3, 1 / 3, 1 / 3), (0.98, 0.01, 0.01), (0.5, 0.6, -0.1)]
TWO = [(0.0, 1.0), (1.0, 0.0), (0.2, 0.8), (0.7, 0.3), (0.5, 0.5), (0.9, 0.1)]

TABLE = list(ls.TEMPERATURE)
SALES_VARIANTS = [list(ls.SALES), list(ls.sales_with_outlier()), list(ls.noisy_sales()), [0.0] * 5,
                  [50, 60, 70, 80, 0], [-3.5, 1e6, 2.25, 0.1, 7]]
LINES = [(2.0, 10.0), (0.0, 0.0), (-1.5, 300.0), (97.6, -2500.0)]
#: Labels and predictions of a few data sets: the article's two emails, one-sided, certain, mismatched.
LABELLED = [([1, 0], [p, q]) for p in PROBABILITIES for q in (0.3, 0.999)] + [
    ([1, 0, 1], [0.8, 0.3, 0.8]), ([1, 1, 1], [0.5, 0.9, 0.99]), ([0], [0.0]), ([1], [0.0]), ([1, 0], [0.8]),
    ([2, 0], [0.5, 0.5])]
LOGIT_VECTORS = [(0.0, 0.0, 0.0), (1.0, -2.0, 0.5), (5.0, 5.0, -5.0), (700.0, 0.0, -700.0), (-0.1, 2.3, 4.9)]
ONE_HOT = [(1, 0, 0), (0, 1, 0), (0, 0, 1)]
VARIANCES = [nls.SIGMA2_SMALL, nls.SIGMA2_LARGE, 0.25, 50.0, 0.0, -1.0]
#: Readouts to print: zero both ways, too small to show (either sign), binary ties (0.125 → 0.13 in both
#: languages: JavaScript rounds a tie away from zero), a million and round-ups into the next power of ten.
READOUTS = [0.0, -0.0, 1e-12, -4.5399e-05, 0.0004999, 0.0005, 0.125, 2.675, -2.5, 0.10536051565782628,
            999999.4, 999999.5, 1e6, 9.996e6, -1.2398e9, 1e40, 1234.5678, 22026.465794806718]

#: JavaScript name → (the Python function it mirrors, the argument lists to try).
MIRRORS = {
    "binaryCrossEntropy": (ce.binary_cross_entropy, [(y, p) for y in (0, 1) for p in PROBABILITIES]),
    "binaryCrossEntropyBits": (ce.binary_cross_entropy_bits, [(y, p) for y in (0, 1) for p in PROBABILITIES]),
    "sigmoid": (ce.sigmoid, [(z,) for z in LOGITS]),
    "crossEntropyGradient": (ce.cross_entropy_gradient, [(z, y) for z in LOGITS for y in (0, 1)]),
    "squaredErrorGradient": (ce.squared_error_gradient, [(z, y) for z in LOGITS for y in (0, 1)]),
    "coinLikelihood": (ml.coin_likelihood, [(p, h, t) for p in PROBABILITIES[1:-3] for h in COUNTS for t in COUNTS]),
    "coinLogLikelihood": (ml.coin_log_likelihood,
                          [(p, h, t) for p in PROBABILITIES[1:-3] for h in COUNTS for t in COUNTS]),
    "coinMle": (ml.coin_mle, [(h, t) for h in (*COUNTS, -1) for t in (*COUNTS, -1)]),
    "likelihoodRatioAt": (ml.likelihood_ratio_at,
                          [(p, h, t) for p in PROBABILITIES[1:-3] for h in COUNTS for t in COUNTS]),
    "fitLine": (ls.fit_line, [(TABLE, y) for y in SALES_VARIANTS]
                + [([1.0, 1.0, 1.0], [1.0, 2.0, 3.0]), ([0.0, 1.0], [1.0, 2.0, 3.0]), ([0.0, 1.0, 2.0], [1.0, 3.0, 5.0])]),
    "meanSquaredError": (ls.mean_squared_error, [(TABLE, y, w, b) for y in SALES_VARIANTS for w, b in LINES]
                         + [([0.0, 1.0], [1.0, 2.0, 3.0], 1.0, 0.0)]),
    "normalLogLikelihood": (nls.normal_log_likelihood,
                            [(TABLE, y, w, b, s2) for y in SALES_VARIANTS[:4] for w, b in LINES for s2 in VARIANCES]),
    "maximiseNormalLikelihood": (nls.maximise_normal_likelihood,
                                 [(TABLE, y, s2) for y in SALES_VARIANTS for s2 in VARIANCES]
                                 + [([1.0, 1.0, 1.0], [1.0, 2.0, 3.0], 1.0)]),
    "logLikelihoodContribution": (lik.log_likelihood_contribution, [(y, p) for y in (0, 1, 2) for p in PROBABILITIES]),
    "bernoulliLogLikelihood": (cat.bernoulli_log_likelihood, LABELLED),
    "meanCrossEntropy": (cat.mean_cross_entropy, LABELLED),
    "softmax": (cat.softmax, [(list(z),) for z in LOGIT_VECTORS]),
    "categoricalCrossEntropy": (ce.categorical_cross_entropy,
                                [(list(y), list(p)) for y in ONE_HOT for p in THREE + [(0.2, 0.7, 0.1, 0.0)]]),
    "entropy": (info.entropy, [(list(p),) for p in THREE + TWO]),
    "crossEntropy": (info.cross_entropy, [(list(p), list(q)) for p, q in itertools.product(THREE, THREE)]
                     + [(list(p), list(q)) for p, q in itertools.product(TWO, TWO)]),
    "klDivergence": (info.kl_divergence, [(list(p), list(q)) for p, q in itertools.product(THREE, THREE)]),
    "formatReadout": (printed, [(value, digits) for value in READOUTS for digits in (0, 1, 2, 3)]),
}
#: The article's own inputs, which the explorables start from: they must be on the grid.
ARTICLE_INPUTS = {
    "binaryCrossEntropy": [(ce.CAT_LABEL, ce.P_CONFIDENT), (ce.CAT_LABEL, ce.P_WRONG)],
    "coinLogLikelihood": [(ml.HEADS / (ml.HEADS + ml.TAILS), ml.HEADS, ml.TAILS)],
    "coinMle": [(ml.HEADS, ml.TAILS)],
    "likelihoodRatioAt": [(ml.FAIR_P, ml.HEADS, ml.TAILS)],
    "logLikelihoodContribution": [(lik.label_free(), lik.P_FREE), (lik.label_meeting(), lik.P_MEETING)],
    "categoricalCrossEntropy": [(list(cat.DOG_ONE_HOT), [1 / 3, 1 / 3, 1 / 3])],  # [0, 1, 0], logits all 0
    "fitLine": [(list(ls.TEMPERATURE), list(ls.SALES)), (list(ls.TEMPERATURE), list(ls.sales_with_outlier()))],
    "maximiseNormalLikelihood": [(list(ls.TEMPERATURE), list(ls.SALES), nls.SIGMA2_SMALL),
                                 (list(ls.TEMPERATURE), list(ls.SALES), nls.SIGMA2_LARGE)],
}


def python_result(function, args) -> dict[str, object]:
    import warnings

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)  # log(0): -inf, as in the browser
            result = function(*args)
    except ValueError:
        return {"error": True}
    if isinstance(result, str):  # a readout as printed
        return {"value": result}
    return {"value": [float(v) for v in result] if isinstance(result, tuple) else float(result)}


@pytest.fixture(scope="module")
def browser_results() -> tuple[list[str], dict[str, list[dict[str, object]]]]:
    cases = [(name, list(args)) for name, (_, grid) in MIRRORS.items() for args in grid]
    run = subprocess.run([str(BIN / "node"), str(RUNNER), str(MATH)], input=json.dumps(cases),
                         capture_output=True, text=True, timeout=60, check=True)
    answer = json.loads(run.stdout)
    by_name: dict[str, list[dict[str, object]]] = {name: [] for name in MIRRORS}
    for (name, _), result in zip(cases, answer["results"], strict=True):
        by_name[name].append(result)
    return answer["exports"], by_name


def test_every_browser_function_mirrors_a_snippet_function(browser_results) -> None:
    exports, _ = browser_results
    assert sorted(exports) == sorted(MIRRORS)


def test_the_article_inputs_are_on_the_grid() -> None:
    for name, inputs in ARTICLE_INPUTS.items():
        grid = MIRRORS[name][1]
        on_grid = {json.dumps([list(a) if isinstance(a, (list, tuple)) else a for a in g]) for g in grid}
        assert all(json.dumps([list(a) if isinstance(a, (list, tuple)) else a for a in args]) in on_grid
                   for args in inputs), name


def js_number(value: object) -> float:
    return {"Infinity": math.inf, "-Infinity": -math.inf, "NaN": math.nan}.get(value, value)


@pytest.mark.parametrize("name", MIRRORS)
def test_browser_math_equals_the_snippets(browser_results, name: str) -> None:
    _, results = browser_results
    function, grid = MIRRORS[name]
    for args, browser in zip(grid, results[name], strict=True):
        python = python_result(function, args)
        if "error" in python:
            assert "error" in browser, (name, args, browser)
            continue
        assert "value" in browser, (name, args, browser)
        got, expected = browser["value"], python["value"]
        if isinstance(expected, str):
            assert got == expected, (name, args)
            continue
        pairs = zip(got, expected, strict=True) if isinstance(expected, list) else [(got, expected)]
        for one, other in pairs:
            one = js_number(one)
            if math.isinf(other) or math.isnan(other):
                assert str(one) == str(other), (name, args, one, other)
            else:
                assert one == pytest.approx(other, rel=1e-9, abs=1e-300), (name, args)
