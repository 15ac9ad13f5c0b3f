"""极大似然估计 (article part one, §3): the coin tossed ten times.

Six heads and four tails; which head probability ``p`` makes that result most
likely?  The closed form ``p = heads / (heads + tails)`` comes from setting
the derivative of the log-likelihood to zero; a numerical maximisation that
knows nothing of the formula must land on the same ``p``.

Examples
--------
>>> f"{maximise_coin_likelihood(HEADS, TAILS):.6f}"
'0.600000'
"""

from __future__ import annotations

import functools

import numpy as np


#: Heads observed in the article's ten tosses (§3.2).
HEADS = 6
#: Tails observed (§3.2).
TAILS = 4
#: Head probability of a fair coin, the article's "不是 0.5" (§3.2).
FAIR_P = 0.5


def coin_likelihood(p: float | np.ndarray, heads: int, tails: int) -> float | np.ndarray:
    """Probability of one sequence with ``heads`` heads and ``tails`` tails: ``p^h (1 - p)^t``.

    Examples
    --------
    >>> f"{coin_likelihood(0.5, 6, 4):.6f}"
    '0.000977'
    """
    return p**heads * (1 - p) ** tails


def coin_log_likelihood(p: float | np.ndarray, heads: int, tails: int) -> float | np.ndarray:
    """``log P = h log p + t log(1 - p)``, natural logarithm.

    Examples
    --------
    >>> f"{coin_log_likelihood(0.6, 6, 4):.4f}"
    '-6.7301'
    """
    return heads * np.log(p) + tails * np.log(1 - p)


def coin_mle(heads: int, tails: int) -> float:
    """Closed-form maximiser ``p = h / (h + t)`` (derivative of log P set to 0).

    Raises
    ------
    ValueError
        If there are no tosses or a count is negative.

    Examples
    --------
    >>> coin_mle(6, 4)
    0.6
    """
    if heads < 0 or tails < 0 or heads + tails == 0:
        raise ValueError(f"need non-negative counts and at least one toss, got {heads}, {tails}")
    return heads / (heads + tails)


def coin_score(p: float, heads: int, tails: int) -> float:
    """Slope of the log-likelihood, ``d log P / dp = h / p - t / (1 - p)``.

    Examples
    --------
    >>> coin_score(0.5, 6, 4)
    4.0
    """
    return heads / p - tails / (1 - p)


def maximise_coin_likelihood(heads: int, tails: int, tolerance: float = 1e-12) -> float:
    """Maximise ``log P`` over ``p`` numerically, by bisection on its slope.

    With both counts positive the slope :func:`coin_score` falls from +∞ near
    ``p = 0`` to −∞ near ``p = 1``, so ``log P`` rises, peaks once and falls;
    halving the bracket where the slope changes sign finds the peak without
    solving for it.  (Searching on ``log P`` itself stalls near 1e-8: the
    curve is too flat at its top for floating point to tell points apart.)

    Parameters
    ----------
    heads, tails : int
        Positive counts.
    tolerance : float
        Width of the final bracket.

    Raises
    ------
    ValueError
        If a count is not positive (the maximum is then at 0 or 1).

    Examples
    --------
    >>> f"{maximise_coin_likelihood(3, 1):.9f}"
    '0.750000000'
    """
    if heads <= 0 or tails <= 0:
        raise ValueError(f"both counts must be positive for an interior maximum, got {heads}, {tails}")
    lo, hi = 0.0, 1.0
    while hi - lo > tolerance:
        mid = (lo + hi) / 2
        if coin_score(mid, heads, tails) > 0:
            lo = mid
        else:
            hi = mid
    return (lo + hi) / 2


def mle_closed_form() -> float:
    """The article's answer ``p`` from the derivative."""
    return coin_mle(HEADS, TAILS)


def gradient_ascent_coin(heads: int, tails: int, rate: float = 0.5, steps: int = 200) -> float:
    """Maximise the coin's mean log-likelihood by gradient ascent on the log-odds ``θ``.

    ``p = σ(θ)`` keeps every step inside (0, 1); the gradient of
    ``(h log p + t log(1 − p)) / n`` with respect to ``θ`` is ``(h − n p) / n``.

    Examples
    --------
    >>> f"{gradient_ascent_coin(3, 1):.6f}"
    '0.750000'
    """
    n = heads + tails
    theta = 0.0
    for _ in range(steps):
        p = 1 / (1 + np.exp(-theta))
        theta += rate * (heads - n * p) / n
    return float(1 / (1 + np.exp(-theta)))


# --- Annotation (§3.2): how much more likely is 0.6, and what ten times the data does ------------
#: The same proportion with ten times the tosses: 60 正 40 反.
MORE_TOSSES_FACTOR = 10


def likelihood_ratio_at(p: float, heads: int, tails: int) -> float:
    """``L(p̂) / L(p)``: how many times likelier the data are under the estimate ``p̂`` than under ``p``.

    A count of zero contributes nothing (``0 log 0 = 0``): one-sided data have ``L(p̂) = 1``.

    Examples
    --------
    >>> likelihood_ratio_at(0.5, 5, 5)
    1.0
    >>> f"{likelihood_ratio_at(0.5, 3, 0):.0f}"
    '8'
    """
    def log_likelihood(q: float) -> float:
        return (heads * np.log(q) if heads else 0.0) + (tails * np.log(1 - q) if tails else 0.0)

    return float(np.exp(log_likelihood(coin_mle(heads, tails)) - log_likelihood(p)))


def likelihood_ratio(heads: int, tails: int) -> float:
    """``L(p̂) / L(0.5)``: how many times likelier the data are under the estimate than under a fair coin.

    Examples
    --------
    >>> likelihood_ratio(5, 5)
    1.0
    """
    return likelihood_ratio_at(FAIR_P, heads, tails)


def standard_error(heads: int, tails: int) -> float:
    """Width of the likelihood peak: ``sqrt(p̂(1 - p̂)/n)``, from the curvature of ``log L`` at ``p̂``.

    Examples
    --------
    >>> f"{standard_error(50, 50):.2f}"
    '0.05'
    """
    n = heads + tails
    p_hat = coin_mle(heads, tails)
    return float(np.sqrt(p_hat * (1 - p_hat) / n))


# --- Annotation (§3.4): the three emails are separable, so the likelihood has no maximum ---------
#: One weight per word (one-hot features, no intercept): p(垃圾 | word) = σ(w_word).
SEPARABLE_RATE = 1.0
SEPARABLE_STEPS_SHORT = 100
SEPARABLE_STEPS_LONG = 10_000
#: L2 penalty (λ/2)‖w‖² added to the mean cross-entropy.
L2_PENALTY = 0.1


def _email_labels() -> np.ndarray:
    from snippets.cross_entropy_from_likelihood import EMAILS

    return np.array([label for _, label in EMAILS], dtype=float)


def email_loss(weights: np.ndarray, penalty: float = 0.0) -> float:
    """Mean cross-entropy of the three emails with one weight per word, plus ``(λ/2)‖w‖²``.

    Examples
    --------
    >>> f"{email_loss(np.zeros(3)):.3f}"
    '0.693'
    """
    y = _email_labels()
    margin = np.where(y == 1, 1.0, -1.0) * weights
    return float(np.mean(np.logaddexp(0.0, -margin)) + 0.5 * penalty * weights @ weights)


def training_path(steps: int, penalty: float = 0.0, rate: float = SEPARABLE_RATE) -> np.ndarray:
    """Gradient descent on :func:`email_loss` from ``w = 0``: the weights after each of ``steps`` steps.

    Returns
    -------
    numpy.ndarray
        Shape ``(steps + 1, 3)``; row ``t`` holds the weights after ``t`` steps.

    Examples
    --------
    >>> training_path(0).tolist()
    [[0.0, 0.0, 0.0]]
    """
    return _descend(steps, penalty, rate, mean=True)


@functools.cache
def _descend(steps: int, penalty: float, rate: float, mean: bool) -> np.ndarray:
    """The path of gradient descent on the mean (or summed) cross-entropy plus ``(λ/2)‖w‖²``.

    Claims ask for the same path many times a build; it is computed once and handed out read-only.
    """
    y = _email_labels()
    scale = 1 / len(y) if mean else 1.0
    path = np.zeros((steps + 1, len(y)))
    for step in range(steps):
        weights = path[step]
        p = 1 / (1 + np.exp(-weights))
        path[step + 1] = weights - rate * (scale * (p - y) + penalty * weights)
    path.flags.writeable = False
    return path


def train_emails(steps: int, penalty: float = 0.0) -> np.ndarray:
    """The weights after ``steps`` steps of :func:`training_path`."""
    return training_path(steps, penalty)[-1]


def sum_penalty_training_path(steps: int, penalty: float = L2_PENALTY, rate: float = SEPARABLE_RATE) -> np.ndarray:
    """As :func:`training_path`, but on the *summed* cross-entropy plus ``(λ/2)‖w‖²``.

    Another common convention: the same λ then weighs three times less against the data.
    """
    return _descend(steps, penalty, rate, mean=False)
