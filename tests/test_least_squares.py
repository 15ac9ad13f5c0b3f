"""最小二乘法: the fit of the 奶茶 data and the loss."""

import numpy as np
import pytest

from snippets import least_squares as ls


def test_fit_line_matches_numpy_polyfit_on_the_article_data() -> None:
    assert np.allclose(ls.fit_line(ls.TEMPERATURE, ls.SALES), np.polyfit(ls.TEMPERATURE, ls.SALES, 1))


def test_fitted_line_makes_every_residual_zero() -> None:
    w, b = ls.fit_line(ls.TEMPERATURE, ls.SALES)
    residuals = np.asarray(ls.SALES) - ls.predict(np.asarray(ls.TEMPERATURE), w, b)
    assert np.max(np.abs(residuals)) < 1e-9


def test_any_other_line_has_a_larger_loss() -> None:
    w, b = ls.fit_line(ls.TEMPERATURE, ls.SALES)
    best = ls.mean_squared_error(ls.TEMPERATURE, ls.SALES, w, b)
    for dw, db in [(0.1, 0), (0, 1), (-0.05, 2)]:
        assert ls.mean_squared_error(ls.TEMPERATURE, ls.SALES, w + dw, b + db) > best


def test_outlier_moves_the_fit() -> None:
    sales = (*ls.SALES[:-1], ls.OUTLIER_SALES)
    w, _ = ls.fit_line(ls.TEMPERATURE, sales)
    assert w > 10 * ls.fit_line(ls.TEMPERATURE, ls.SALES)[0]


def test_fit_line_rejects_constant_x() -> None:
    with pytest.raises(ValueError, match="all x are equal"):
        ls.fit_line([1, 1, 1], [1, 2, 3])


def test_absolute_fit_is_no_worse_than_any_line_on_a_grid() -> None:
    from snippets.least_squares import TEMPERATURE, fit_line_absolute, sales_with_outlier

    x, y = np.asarray(TEMPERATURE, float), np.asarray(sales_with_outlier(), float)
    w, b = fit_line_absolute(x, y)
    best = np.mean(np.abs(y - (w * x + b)))
    ws, bs = np.meshgrid(np.linspace(-5, 45, 501), np.linspace(-1000, 200, 601))
    grid = np.mean(np.abs(y - (ws[..., None] * x + bs[..., None])), axis=-1)
    assert best <= grid.min() + 1e-9


def test_huber_fit_has_zero_gradient() -> None:
    from snippets.least_squares import HUBER_DELTA, TEMPERATURE, fit_line_huber, sales_with_outlier

    x, y = np.asarray(TEMPERATURE, float), np.asarray(sales_with_outlier(), float)
    w, b = fit_line_huber(x, y, HUBER_DELTA)
    psi = np.clip(y - (w * x + b), -HUBER_DELTA, HUBER_DELTA)  # derivative of the Huber loss
    assert abs(psi @ x) < 1e-8 and abs(psi.sum()) < 1e-8


def test_noisy_sales_change_with_the_seed(monkeypatch) -> None:
    import snippets.least_squares.model as module  # where noisy_sales reads its seed

    before = module.noisy_sales()
    monkeypatch.setattr(module, "NOISE_SEED", module.NOISE_SEED + 1)
    assert module.noisy_sales() != before
