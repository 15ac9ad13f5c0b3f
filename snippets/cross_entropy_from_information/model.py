"""从信息论推导交叉熵 (article part three, §2): entropy, cross-entropy, KL divergence.

Distributions over the two labels are written ``(P(y = 0), P(y = 1))``.  The
true label makes ``P`` one-hot; the model's prediction ``p`` makes
``Q = (1 - p, p)``.  Then ``H(P) = 0`` and ``H(P, Q) = D_KL(P‖Q) = -log Q(y)``:
the cross-entropy of each email equals minus its log-likelihood term from
:mod:`snippets.cross_entropy_from_likelihood`, whose data this module reuses.

Examples
--------
>>> f"{cross_entropy((0, 1), (0.2, 0.8)):.3f}"
'0.223'
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from snippets.categorical_cross_entropy import bernoulli_probability


#: Spam probability of a non-degenerate true distribution P, for the figure of
#: H(P), H(P, Q) and their gap.  Our choice: the article's P is always one-hot.
ILLUSTRATION_P = 0.3
#: Seed and size of the generated data set for the logistic-regression cross-check.
TRAINING_SEED = 0
TRAINING_SIZE = 40


def _as_distribution(values: Sequence[float], name: str) -> np.ndarray:
    arr = np.asarray(values, dtype=float)
    if arr.ndim != 1 or np.any(arr < 0) or not np.isclose(arr.sum(), 1.0):
        raise ValueError(f"{name} must be a probability vector, got {list(values)}")
    return arr


def entropy(p: Sequence[float]) -> float:
    """``H(P) = -Σ P(y) log P(y)``, with ``0 log 0 = 0``.

    Examples
    --------
    >>> f"{entropy((0.5, 0.5)):.4f}"
    '0.6931'
    >>> entropy((0, 1))
    0.0
    """
    arr = _as_distribution(p, "P")
    mask = arr > 0
    return float(-(arr[mask] * np.log(arr[mask])).sum()) + 0.0


def cross_entropy(p: Sequence[float], q: Sequence[float]) -> float:
    """``H(P, Q) = -Σ P(y) log Q(y)``; infinite if Q misses an outcome P has.

    Examples
    --------
    >>> f"{cross_entropy((1, 0), (0.7, 0.3)):.3f}"
    '0.357'
    """
    p_arr, q_arr = _as_distribution(p, "P"), _as_distribution(q, "Q")
    if p_arr.shape != q_arr.shape:
        raise ValueError(f"P and Q differ in length: {p_arr.shape} vs {q_arr.shape}")
    mask = p_arr > 0
    if np.any(q_arr[mask] == 0):
        return float("inf")
    return float(-(p_arr[mask] * np.log(q_arr[mask])).sum())


def kl_divergence(p: Sequence[float], q: Sequence[float]) -> float:
    """``D_KL(P‖Q) = Σ P(y) log(P(y) / Q(y)) = H(P, Q) - H(P)``.

    Examples
    --------
    >>> f"{kl_divergence((0.5, 0.5), (0.9, 0.1)):.4f}"
    '0.5108'
    """
    return cross_entropy(p, q) - entropy(p)


def true_distribution(y: int) -> tuple[float, float]:
    """One-hot ``P`` of a label: ``(P(y = 0), P(y = 1))``."""
    if y not in (0, 1):
        raise ValueError(f"y must be 0 or 1, got {y}")
    return (1.0 - y, float(y))


def predicted_distribution(p: float) -> tuple[float, float]:
    """``Q = (1 - p, p)`` for a predicted spam probability ``p``."""
    return (1.0 - p, p)


def make_training_data(seed: int = TRAINING_SEED, size: int = TRAINING_SIZE) -> tuple[np.ndarray, np.ndarray]:
    """A small seeded data set for logistic regression: two features, labels drawn from a logistic model.

    Examples
    --------
    >>> x, y = make_training_data()
    >>> x.shape, sorted(set(y.tolist()))
    ((40, 2), [0, 1])
    """
    rng = np.random.default_rng(seed)
    x = rng.normal(size=(size, 2))
    p = 1 / (1 + np.exp(-(x @ np.array([1.5, -2.0]) + 0.3)))
    return x, (rng.random(size) < p).astype(int)


def train_logistic_regression(x: np.ndarray, y: np.ndarray, rate: float = 0.5,
                              steps: int = 100) -> dict[str, np.ndarray]:
    """Gradient descent on the mean cross-entropy, recording the loss two ways at every step.

    Returns
    -------
    dict
        ``likelihood``: −(1/n) log Π p_i^{y_i}(1 − p_i)^{1 − y_i}, computed from the
        Bernoulli probabilities; ``information``: (1/n) Σ H(P_i, Q_i), computed from
        one-hot ``P_i`` and ``Q_i = (1 − p_i, p_i)``.  One value per step, before it.
    """
    w, b = np.zeros(x.shape[1]), 0.0
    likelihood, information = [], []
    for _ in range(steps):
        p = 1 / (1 + np.exp(-(x @ w + b)))
        likelihood.append(-np.log(np.prod([bernoulli_probability(int(yi), float(pi)) for yi, pi in zip(y, p)]))
                          / len(y))
        information.append(np.mean([cross_entropy(true_distribution(int(yi)), predicted_distribution(float(pi)))
                                    for yi, pi in zip(y, p)]))
        w -= rate * x.T @ (p - y) / len(y)
        b -= rate * float(np.mean(p - y))
    return {"likelihood": np.array(likelihood), "information": np.array(information)}
