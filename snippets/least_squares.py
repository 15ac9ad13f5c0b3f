"""最小二乘法 (article part one, §1): the 奶茶店 temperature and sales data.

The article fits ``y_hat = w x + b`` to five days of (temperature, sales) and
measures the fit by the mean squared error ``L``.  This module holds the data,
fits the line by the normal equations, and evaluates the article's worked
example ``w = 2, b = 10`` on the first day.

Examples
--------
>>> w, b = fit_line(TEMPERATURE, SALES)
>>> f"{w:.3f} {b:.3f}"
'2.000 10.000'
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from snippets.claim import Claim, Table

#: Temperature of each of the five days (°C), as in the article's table (§1.2).
TEMPERATURE: tuple[float, ...] = (20, 25, 30, 35, 40)
#: Cups of milk tea sold on each of those days (§1.2).
SALES: tuple[float, ...] = (50, 60, 70, 80, 90)
#: Slope the article tries on the first day (§1.2, "如果 w = 2").
TRIAL_W = 2
#: Intercept the article tries on the first day (§1.2, "b = 10").
TRIAL_B = 10
#: The article's outlier: one day's sales "突然变成 1000" (§1.4).
OUTLIER_SALES = 1000


def predict(x: float | np.ndarray, w: float, b: float) -> float | np.ndarray:
    """Predicted sales ``y_hat = w x + b``.

    Examples
    --------
    >>> predict(20, 2, 10)
    50
    """
    return w * x + b


def squared_error(y: float, y_hat: float) -> float:
    """Squared difference ``(y - y_hat)^2`` of one day.

    Examples
    --------
    >>> squared_error(50, 50)
    0
    """
    return (y - y_hat) ** 2


def mean_squared_error(x: Sequence[float], y: Sequence[float], w: float, b: float) -> float:
    """The article's loss ``L = (1/n) Σ (y_i - y_hat_i)^2`` of a line.

    Parameters
    ----------
    x, y : sequence of float
        Temperatures and sales, same length.
    w, b : float
        Slope and intercept of the line.

    Returns
    -------
    float
        Mean of the squared residuals.

    Examples
    --------
    >>> f"{mean_squared_error(TEMPERATURE, SALES, 2, 11):.1f}"
    '1.0'
    """
    x_arr, y_arr = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    if x_arr.shape != y_arr.shape:
        raise ValueError(f"x and y differ in length: {x_arr.shape} vs {y_arr.shape}")
    return float(np.mean((y_arr - predict(x_arr, w, b)) ** 2))


def fit_line(x: Sequence[float], y: Sequence[float]) -> tuple[float, float]:
    """Least-squares slope and intercept from the normal equations.

    Setting ``∂L/∂w = ∂L/∂b = 0`` gives ``w = Σ(x - x̄)(y - ȳ) / Σ(x - x̄)^2``
    and ``b = ȳ - w x̄``.

    Parameters
    ----------
    x, y : sequence of float
        At least two distinct ``x`` values, and as many ``y``.

    Returns
    -------
    (w, b) : tuple of float

    Raises
    ------
    ValueError
        If the lengths differ or all ``x`` are equal.

    Examples
    --------
    >>> fit_line([0, 1, 2], [1, 3, 5])
    (2.0, 1.0)
    """
    x_arr, y_arr = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    if x_arr.shape != y_arr.shape:
        raise ValueError(f"x and y differ in length: {x_arr.shape} vs {y_arr.shape}")
    dx = x_arr - x_arr.mean()
    spread = float(dx @ dx)
    if spread == 0.0:
        raise ValueError("all x are equal: the slope is undetermined")
    w = float(dx @ (y_arr - y_arr.mean())) / spread
    return w, float(y_arr.mean() - w * x_arr.mean())


def day_count() -> int:
    """Number of days in the table, the ``n = 5`` of ``L``."""
    return len(TEMPERATURE)


def first_day_temperature() -> float:
    """``x_1``, the first day's temperature."""
    return TEMPERATURE[0]


def first_day_sales() -> float:
    """``y_1``, the first day's sales."""
    return SALES[0]


def first_day_prediction() -> float:
    """``y_hat_1 = w x_1 + b`` with the article's trial ``w, b``."""
    return predict(first_day_temperature(), TRIAL_W, TRIAL_B)


def first_day_squared_error() -> float:
    """``(y_1 - y_hat_1)^2`` with the article's trial ``w, b``."""
    return squared_error(first_day_sales(), first_day_prediction())


def fitted_slope() -> float:
    """``w`` of the least-squares fit of the table."""
    return fit_line(TEMPERATURE, SALES)[0]


def fitted_intercept() -> float:
    """``b`` of the least-squares fit of the table."""
    return fit_line(TEMPERATURE, SALES)[1]


def loss_at_fit() -> float:
    """``L`` at the fitted line: the data lie exactly on it, so 0."""
    return mean_squared_error(TEMPERATURE, SALES, *fit_line(TEMPERATURE, SALES))


def sales_table() -> tuple[list[str], list[list[str]]]:
    """The article's table (§1.2), one row a day."""
    rows = [[f"{x:g}", f"{y:g}"] for x, y in zip(TEMPERATURE, SALES, strict=True)]
    return ["温度 ($x$)", "销量 ($y$)"], rows


TABLES = (Table("sales_table", sales_table, section="§1.2"),)

CLAIMS = (
    Claim("day_count", day_count, 0, "§1.2", "收集数据的天数 n", article="5", input=True),
    Claim("first_day_temperature", first_day_temperature, 0, "§1.2", "第一天温度 x₁", article="20", input=True),
    Claim("first_day_sales", first_day_sales, 0, "§1.2", "第一天实际销量 y₁", article="50", input=True),
    Claim("trial_w", "TRIAL_W", 0, "§1.2", "例子中试用的斜率 w", article="2"),
    Claim("trial_b", "TRIAL_B", 0, "§1.2", "例子中试用的截距 b", article="10"),
    Claim("first_day_prediction", first_day_prediction, 0, "§1.2", "第一天预测销量 ŷ₁ = 2×20+10", article="50"),
    Claim("first_day_squared_error", first_day_squared_error, 0, "§1.2", "第一天误差 (y₁ − ŷ₁)²", article="0"),
    Claim("fitted_slope", fitted_slope, 0, "§1.3", "最小二乘解 w", article="2"),
    Claim("fitted_intercept", fitted_intercept, 0, "§1.3", "最小二乘解 b", article="10"),
    Claim("loss_at_fit", loss_at_fit, 0, "§1.3", "最优解处的损失 L", origin="annotation"),
    Claim("outlier_sales", "OUTLIER_SALES", 0, "§1.4", "异常值：某天销量变成", article="1000"),
)
