"""最小二乘法: the chapter's exercises (练习 1.1–1.5) and the numbers in them.

New inputs beside the article's — a changed sales table, one changed day — and the functions that
answer each exercise from the chapter's own model.  ``EXERCISE_CLAIMS`` are the numbers the
statements, hints and solutions quote; ``EXERCISES`` says which claim answers which exercise.
"""

from __future__ import annotations

from snippets.claim import Claim, Table
from snippets.exercises import Exercise
from snippets.least_squares.model import (
    OUTLIER_DAY, OUTLIER_SALES, TEMPERATURE, TRIAL_B, TRIAL_W, fit_line, mean_squared_error, predict,
    squared_error,
)
from snippets.words import Words

#: 练习 1.1: the third day sells this many cups instead of the table's.
CHANGED_DAY = 2
CHANGED_DAY_SALES = 75
#: 练习 1.2–1.3: another five days at the same temperatures.
NEW_SALES: tuple[float, ...] = (52, 58, 71, 79, 90)


def changed_day_temperature() -> float:
    """``x₃``, the temperature of the day 练习 1.1 changes."""
    return TEMPERATURE[CHANGED_DAY]


def changed_day_sales() -> float:
    """练习 1.1: what that day sells instead."""
    return CHANGED_DAY_SALES


def changed_day_squared_error() -> float:
    """练习 1.1: that day's squared error on the article's line ``ŷ = 2x + 10``."""
    return squared_error(CHANGED_DAY_SALES, predict(changed_day_temperature(), TRIAL_W, TRIAL_B))


def new_table_slope() -> float:
    """练习 1.2: ``w`` of the least-squares line through the new sales."""
    return fit_line(TEMPERATURE, NEW_SALES)[0]


def new_table_intercept() -> float:
    """练习 1.2: ``b`` of that line."""
    return fit_line(TEMPERATURE, NEW_SALES)[1]


def new_table_mean_sales() -> float:
    """练习 1.2 hint: ``ȳ`` of the new sales."""
    return sum(NEW_SALES) / len(NEW_SALES)


def mean_temperature() -> float:
    """练习 1.2: ``x̄``, the mean of the article's temperatures."""
    return sum(TEMPERATURE) / len(TEMPERATURE)


def temperature_spread() -> float:
    """练习 1.2: ``Σ(x − x̄)²``, the denominator of the slope."""
    return sum((x - mean_temperature()) ** 2 for x in TEMPERATURE)


def new_cross_sum() -> float:
    """练习 1.2: ``Σ(x − x̄)(y − ȳ)`` for the new sales, the numerator of the slope."""
    return sum((x - mean_temperature()) * (y - new_table_mean_sales()) for x, y in zip(TEMPERATURE, NEW_SALES, strict=True))


def new_sum_of_squares() -> float:
    """练习 1.3: ``Σ(y − ŷ)²``, the new sales' squared residuals on their line, summed."""
    return len(NEW_SALES) * new_table_loss()


def new_table_loss() -> float:
    """练习 1.3: ``L``, the mean squared error of that line on the new sales."""
    return mean_squared_error(TEMPERATURE, NEW_SALES, *fit_line(TEMPERATURE, NEW_SALES))


def outlier_temperature() -> float:
    """练习 1.5: the temperature of the day whose sales became the outlier."""
    return TEMPERATURE[OUTLIER_DAY]


def outlier_residual_on_article_line() -> float:
    """练习 1.5: the outlier day's residual ``y − ŷ`` on the article's line."""
    return OUTLIER_SALES - predict(TEMPERATURE[OUTLIER_DAY], TRIAL_W, TRIAL_B)


def outlier_squared_over_absolute() -> float:
    """练习 1.5: how many times the squared error weighs that day against the absolute error."""
    residual = outlier_residual_on_article_line()
    return squared_error(OUTLIER_SALES, OUTLIER_SALES - residual) / abs(residual)


def new_sales_table() -> tuple[list[Words], list[list[str]]]:
    """练习 1.2: the new sales beside the article's temperatures, one row a day."""
    rows = [[f"{x:g}", f"{y:g}"] for x, y in zip(TEMPERATURE, NEW_SALES, strict=True)]
    return [Words(zh="温度 ($x$)", en="Temperature ($x$)"), Words(zh="新的销量 ($y$)", en="New sales ($y$)")], rows


EXERCISE_TABLES = (Table("ex_new_sales_table", new_sales_table, section="练习 1.2"),)

_EXERCISE = {"origin": "exercise"}
EXERCISE_CLAIMS = (
    Claim("ex_changed_day_temperature", changed_day_temperature, 0, "练习 1.1",
          Words(zh="练习 1.1：改动的那一天的温度", en="Exercise 1.1: temperature of the changed day"), input=True, **_EXERCISE),
    Claim("ex_changed_day_sales", changed_day_sales, 0, "练习 1.1",
          Words(zh="练习 1.1：那一天改动后的销量", en="Exercise 1.1: that day's sales after the change"), input=True, **_EXERCISE),
    Claim("ex_changed_day_squared_error", changed_day_squared_error, 0, "练习 1.1",
          Words(zh="练习 1.1：那一天在 ŷ = 2x + 10 上的平方误差", en="Exercise 1.1: that day's squared error on ŷ = 2x + 10"),
          **_EXERCISE),
    Claim("ex_new_mean_sales", new_table_mean_sales, 0, "练习 1.2",
          Words(zh="练习 1.2：新销量的均值 ȳ", en="Exercise 1.2: mean ȳ of the new sales"), **_EXERCISE),
    Claim("ex_mean_temperature", mean_temperature, 0, "练习 1.2",
          Words(zh="练习 1.2：温度的均值 x̄", en="Exercise 1.2: mean x̄ of the temperatures"), **_EXERCISE),
    Claim("ex_temperature_spread", temperature_spread, 0, "练习 1.2",
          Words(zh="练习 1.2：Σ(x − x̄)²", en="Exercise 1.2: Σ(x − x̄)²"), **_EXERCISE),
    Claim("ex_new_cross_sum", new_cross_sum, 0, "练习 1.2",
          Words(zh="练习 1.2：新销量的 Σ(x − x̄)(y − ȳ)", en="Exercise 1.2: Σ(x − x̄)(y − ȳ) of the new sales"), **_EXERCISE),
    Claim("ex_new_slope", new_table_slope, 2, "练习 1.2",
          Words(zh="练习 1.2：新销量的最小二乘斜率 w", en="Exercise 1.2: least-squares slope w of the new sales"), **_EXERCISE),
    Claim("ex_new_intercept", new_table_intercept, 2, "练习 1.2",
          Words(zh="练习 1.2：新销量的最小二乘截距 b", en="Exercise 1.2: least-squares intercept b of the new sales"), **_EXERCISE),
    Claim("ex_new_sum_of_squares", new_sum_of_squares, 2, "练习 1.3",
          Words(zh="练习 1.3：新直线的残差平方和", en="Exercise 1.3: sum of squared residuals of the new line"), **_EXERCISE),
    Claim("ex_new_loss", new_table_loss, 2, "练习 1.3",
          Words(zh="练习 1.3：新直线的均方误差 L", en="Exercise 1.3: mean squared error L of the new line"), **_EXERCISE),
    Claim("ex_outlier_temperature", outlier_temperature, 0, "练习 1.5",
          Words(zh="练习 1.5：那一天的温度", en="Exercise 1.5: that day's temperature"), input=True, **_EXERCISE),
    Claim("ex_outlier_residual", outlier_residual_on_article_line, 0, "练习 1.5",
          Words(zh="练习 1.5：离群的一天在 ŷ = 2x + 10 上的残差", en="Exercise 1.5: the outlying day's residual on ŷ = 2x + 10"),
          **_EXERCISE),
    Claim("ex_outlier_squared_over_absolute", outlier_squared_over_absolute, 0, "练习 1.5",
          Words(zh="练习 1.5：这一天的平方误差是绝对误差的多少倍",
                en="Exercise 1.5: this day's squared error as a multiple of its absolute error"),
          **_EXERCISE),
)

EXERCISES = (
    Exercise("1.1", "numeric",
             Words(zh="一天的平方误差", en="One day's squared error"), answer="ex_changed_day_squared_error"),
    Exercise("1.2", "numeric", Words(zh="换一张销量表", en="A different sales table"), answer="ex_new_slope"),
    Exercise("1.3", "numeric", Words(zh="新直线的损失", en="The new line's loss"), answer="ex_new_loss"),
    Exercise("1.4", "derivation",
             Words(zh="截距经过均值", en="The intercept through the means"), check="verify_intercept_through_the_means"),
    Exercise("1.5", "concept",
             Words(zh="离群点压在哪种损失上", en="Which loss the outlier weighs on"), answer="ex_outlier_squared_over_absolute"),
)
