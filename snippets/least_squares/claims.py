"""最小二乘法: the numbers the pages quote.

Each number is a small function of the chapter's data (:mod:`snippets.least_squares.model`), listed in
``CLAIMS`` with its section, its precision and what the article prints; ``TABLES`` are the data
tables the pages show.
"""

from __future__ import annotations

import numpy as np

from snippets.claim import Claim, Table
from snippets.least_squares.exercises import EXERCISE_CLAIMS, EXERCISE_TABLES
from snippets.least_squares.model import (
    HUBER_DELTA, OUTLIER_DAY, OUTLIER_SALES, SALES, TEMPERATURE, TRIAL_B, TRIAL_W, fit_line,
    fit_line_absolute, fit_line_huber, gradient_descent_line, mean_squared_error, noisy_residuals,
    noisy_sales, outlier_squared_errors, predict, sales_with_outlier, squared_error,
)
from snippets.words import Words


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


def outlier_slope() -> float:
    """``w`` of the least-squares fit once one day's sales are the outlier."""
    return fit_line(TEMPERATURE, sales_with_outlier())[0]


def outlier_intercept() -> float:
    """``b`` of the least-squares fit once one day's sales are the outlier."""
    return fit_line(TEMPERATURE, sales_with_outlier())[1]


def noisy_slope() -> float:
    """``w`` of the least-squares fit of the noisy sales."""
    return fit_line(TEMPERATURE, noisy_sales())[0]


def noisy_intercept() -> float:
    """``b`` of the least-squares fit of the noisy sales."""
    return fit_line(TEMPERATURE, noisy_sales())[1]


def noisy_largest_residual() -> float:
    """The noisy day farthest from the fitted line: its residual."""
    return max(noisy_residuals(), key=abs)


def noisy_loss() -> float:
    """``L`` at the fit of the noisy sales: the mean squared residual, no longer 0."""
    return mean_squared_error(TEMPERATURE, noisy_sales(), *fit_line(TEMPERATURE, noisy_sales()))


def noisy_table() -> tuple[list[Words], list[list[str]]]:
    """Annotation: the noisy sales, the fitted values and the residuals, one row a day."""
    w, b = fit_line(TEMPERATURE, noisy_sales())
    rows = [[f"{x:g}", f"{y:g}", f"{predict(x, w, b):.1f}", f"{r:+.1f}".replace("-", "\u2212")]  # a real minus, as claims show it
            for x, y, r in zip(TEMPERATURE, noisy_sales(), noisy_residuals(), strict=True)]
    return [Words(zh="温度 $x$", en="$x$ (°C)"), Words(zh="销量 $y$", en="Sales $y$"),  # narrow: it sits in a note
            Words(zh="拟合 $\\hat{y}$", en="Fit $\\hat{y}$"), Words(zh="残差", en="Residual")], rows


def outlier_loss() -> float:
    """``L`` of the least-squares line fitted with the outlier."""
    return mean_squared_error(TEMPERATURE, sales_with_outlier(), *fit_line(TEMPERATURE, sales_with_outlier()))


def outlier_day_squared_error() -> float:
    """The outlier day's own squared error on the refitted line."""
    return float(outlier_squared_errors()[OUTLIER_DAY])


def other_days_squared_error() -> float:
    """The other four days' squared errors, summed, on the refitted line: 0 before the outlier."""
    return float(np.sum(np.delete(outlier_squared_errors(), OUTLIER_DAY)))


def other_days_pulled_away() -> int:
    """How many of the other four days the refitted line no longer passes through (one still lies on it)."""
    return int(np.count_nonzero(np.delete(outlier_squared_errors(), OUTLIER_DAY) > 1e-9))


def outlier_share_percent() -> float:
    """The outlier's share of the refitted line's sum of squares, in per cent: less than half."""
    return 100 * outlier_day_squared_error() / float(np.sum(outlier_squared_errors()))


def outlier_squared_error_on_old_line() -> float:
    """The outlier day's squared error on the old line ``ŷ = 2x + 10``, before refitting."""
    w, b = fit_line(TEMPERATURE, SALES)
    return float(squared_error(OUTLIER_SALES, predict(TEMPERATURE[OUTLIER_DAY], w, b)))


def other_days_squared_error_on_old_line() -> float:
    """The other four days' squared errors, summed, on the old line: they lie on it, so 0."""
    w, b = fit_line(TEMPERATURE, SALES)
    return float(sum(squared_error(y, predict(x, w, b))
                     for day, (x, y) in enumerate(zip(TEMPERATURE, SALES, strict=True)) if day != OUTLIER_DAY))


def absolute_slope() -> float:
    """``w`` of the absolute-error fit of the data with the outlier."""
    return fit_line_absolute(TEMPERATURE, sales_with_outlier())[0]


def absolute_intercept() -> float:
    """``b`` of the absolute-error fit of the data with the outlier."""
    return fit_line_absolute(TEMPERATURE, sales_with_outlier())[1]


def huber_slope() -> float:
    """``w`` of the Huber fit (δ = ``HUBER_DELTA``) of the data with the outlier."""
    return fit_line_huber(TEMPERATURE, sales_with_outlier(), HUBER_DELTA)[0]


def huber_intercept() -> float:
    """``b`` of the Huber fit (δ = ``HUBER_DELTA``) of the data with the outlier."""
    return fit_line_huber(TEMPERATURE, sales_with_outlier(), HUBER_DELTA)[1]


def descent_slope() -> float:
    """``w`` reached by gradient descent on the 奶茶 data."""
    return gradient_descent_line(TEMPERATURE, SALES)[0]


def descent_intercept() -> float:
    """``b`` reached by gradient descent on the 奶茶 data."""
    return gradient_descent_line(TEMPERATURE, SALES)[1]


def sales_table() -> tuple[list[Words], list[list[str]]]:
    """The article's table (§1.2), one row a day."""
    rows = [[f"{x:g}", f"{y:g}"] for x, y in zip(TEMPERATURE, SALES, strict=True)]
    return [Words(zh="温度 ($x$)", en="Temperature ($x$)"), Words(zh="销量 ($y$)", en="Sales ($y$)")], rows


TABLES = (Table("sales_table", sales_table, section="§1.2"),
          Table("noisy_table", noisy_table, section="§1.3"),
          *EXERCISE_TABLES)

CLAIMS = (
    Claim("day_count", day_count, 0, "§1.2",
          Words(zh="收集数据的天数 n", en="Days of data collected, n"), article="5", input=True),
    Claim("first_day_temperature", first_day_temperature, 0, "§1.2",
          Words(zh="第一天温度 x₁", en="First day's temperature x₁"), article="20", input=True),
    Claim("first_day_sales", first_day_sales, 0, "§1.2",
          Words(zh="第一天实际销量 y₁", en="First day's actual sales y₁"), article="50", input=True),
    Claim("trial_w", "TRIAL_W", 0, "§1.2", Words(zh="例子中试用的斜率 w", en="Slope w tried in the example"), article="2"),
    Claim("trial_b", "TRIAL_B", 0, "§1.2", Words(zh="例子中试用的截距 b", en="Intercept b tried in the example"), article="10"),
    Claim("first_day_prediction", first_day_prediction, 0, "§1.2",
          Words(zh="第一天预测销量 ŷ₁ = 2×20+10", en="First day's predicted sales ŷ₁ = 2×20+10"), article="50"),
    Claim("first_day_squared_error", first_day_squared_error, 0, "§1.2",
          Words(zh="第一天误差 (y₁ − ŷ₁)²", en="First day's error (y₁ − ŷ₁)²"), article="0"),
    Claim("fitted_slope", fitted_slope, 0, "§1.3", Words(zh="最小二乘解 w", en="Least-squares solution w"), article="2"),
    Claim("fitted_intercept", fitted_intercept, 0, "§1.3",
          Words(zh="最小二乘解 b", en="Least-squares solution b"), article="10"),
    Claim("loss_at_fit", loss_at_fit, 0, "§1.3",
          Words(zh="最优解处的损失 L", en="Loss L at the optimum"), origin="annotation"),
    Claim("outlier_sales", "OUTLIER_SALES", 0, "§1.4",
          Words(zh="异常值：某天销量变成", en="Outlier: one day's sales become"), article="1000"),
    Claim("descent_slope", descent_slope, 3, "§1.3",
          Words(zh="梯度下降得到的 w", en="w found by gradient descent"), origin="annotation"),
    Claim("descent_intercept", descent_intercept, 3, "§1.3",
          Words(zh="梯度下降得到的 b", en="b found by gradient descent"), origin="annotation"),
    Claim("outlier_slope", outlier_slope, 1, "§1.4",
          Words(zh="最后一天销量变成 1000 后拟合的 w", en="Fitted w once the last day's sales become 1000"), origin="annotation"),
    Claim("outlier_intercept", outlier_intercept, 0, "§1.4",
          Words(zh="最后一天销量变成 1000 后拟合的 b", en="Fitted b once the last day's sales become 1000"), origin="annotation"),
    Claim("noise_sd", "NOISE_SD", 0, "§1.3",
          Words(zh="核对用的噪声标准差（杯）", en="Noise standard deviation used for the check (cups)"), origin="annotation"),
    Claim("noise_seed", "NOISE_SEED", 0, "§1.3",
          Words(zh="核对用的随机数种子", en="Random seed used for the check"), origin="annotation"),
    Claim("noisy_slope", noisy_slope, 2, "§1.3",
          Words(zh="带噪声销量的最小二乘 w", en="Least-squares w of the noisy sales"), origin="annotation"),
    Claim("noisy_intercept", noisy_intercept, 1, "§1.3",
          Words(zh="带噪声销量的最小二乘 b", en="Least-squares b of the noisy sales"), origin="annotation"),
    Claim("noisy_loss", noisy_loss, 2, "§1.3",
          Words(zh="带噪声销量在最优处的损失 L", en="Loss L of the noisy sales at the optimum"), origin="annotation"),
    Claim("noisy_largest_residual", noisy_largest_residual, 1, "§1.3",
          Words(zh="带噪声销量绝对值最大的残差", en="Noisy sales: the residual largest in absolute value"), origin="annotation"),
    Claim("outlier_loss", outlier_loss, 0, "§1.4",
          Words(zh="含异常值时最小二乘直线的损失 L", en="Loss L of the least-squares line with the outlier"), origin="annotation"),
    Claim("outlier_squared_error_on_old_line", outlier_squared_error_on_old_line, 0, "§1.4",
          Words(zh="异常值那天在原直线 ŷ = 2x + 10 上的平方误差",
                en="The outlier day's squared error on the original line ŷ = 2x + 10"),
          origin="annotation"),
    Claim("other_days_squared_error_on_old_line", other_days_squared_error_on_old_line, 0, "§1.4",
          Words(zh="其余四天在原直线上的平方误差之和", en="Sum of the other four days' squared errors on the original line"),
          origin="annotation"),
    Claim("outlier_day_squared_error", outlier_day_squared_error, 0, "§1.4",
          Words(zh="异常值那天在重新拟合的直线上的平方误差", en="The outlier day's squared error on the refitted line"),
          origin="annotation"),
    Claim("other_days_squared_error", other_days_squared_error, 0, "§1.4",
          Words(zh="其余四天在重新拟合的直线上的平方误差之和", en="Sum of the other four days' squared errors on the refitted line"),
          origin="annotation"),
    Claim("other_days_pulled_away", other_days_pulled_away, 0, "§1.4",
          Words(zh="其余四天中，重新拟合后误差不再为零的天数",
                en="Number of the other four days whose error is no longer zero after refitting"),
          origin="annotation"),
    Claim("outlier_share_percent", outlier_share_percent, 0, "§1.4",
          Words(zh="异常值那天占重新拟合后平方误差总和的百分比",
                en="The outlier day's percentage of the total squared error after refitting"),
          origin="annotation"),
    Claim("absolute_slope", absolute_slope, 0, "§1.4",
          Words(zh="含异常值时绝对误差拟合的 w", en="w of the absolute-error fit with the outlier"), origin="annotation"),
    Claim("absolute_intercept", absolute_intercept, 0, "§1.4",
          Words(zh="含异常值时绝对误差拟合的 b", en="b of the absolute-error fit with the outlier"), origin="annotation"),
    Claim("huber_delta", "HUBER_DELTA", 0, "§1.4",
          Words(zh="Huber 损失的阈值 δ（杯）", en="Threshold δ of the Huber loss (cups)"), origin="annotation"),
    Claim("huber_slope", huber_slope, 1, "§1.4",
          Words(zh="含异常值时 Huber 拟合的 w", en="w of the Huber fit with the outlier"), origin="annotation"),
    Claim("huber_intercept", huber_intercept, 1, "§1.4",
          Words(zh="含异常值时 Huber 拟合的 b", en="b of the Huber fit with the outlier"), origin="annotation"),
    *EXERCISE_CLAIMS,
)
