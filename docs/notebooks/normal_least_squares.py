# ---
# jupyter:
#   jupytext:
#     text_representation:
#       extension: .py
#       format_name: percent
#   kernelspec:
#     display_name: Python 3
#     language: python
#     name: python3
# ---

# %% [markdown]
# # Notebook：正态分布与最小二乘
#
# 配合[正态分布与最小二乘](../normal-least-squares.md)一章（原文第二部分 §1）。
# 函数来自 `snippets/normal_least_squares/` 和 `snippets/least_squares/`。

# %% [markdown]
# ## 数据与模型
#
# 仍用奶茶数据；假设误差服从均值为零、方差为 $\sigma^2$ 的正态分布。

# %%
from snippets import least_squares as ls
from snippets import normal_least_squares as nls

print("温度", ls.TEMPERATURE)
print("销量", ls.SALES)

# %% [markdown]
# ## 评估：对数似然的最大点
#
# 不借用最小二乘公式，直接对正态对数似然做梯度上升；换几个 $\sigma^2$ 看最大点会不会动。

# %%
for sigma2 in (nls.SIGMA2_SMALL, nls.SIGMA2_LARGE, 100.0):
    w, b = nls.maximise_normal_likelihood(ls.TEMPERATURE, ls.SALES, sigma2)
    print(f"sigma^2 = {sigma2:>5}:  w = {w:.6f}   b = {b:.6f}")
print("最小二乘:", tuple(round(v, 6) for v in ls.fit_line(ls.TEMPERATURE, ls.SALES)))

# %% [markdown]
# 无论 $\sigma^2$ 取多少，最大点都与最小二乘解相同。

# %% [markdown]
# ## 交叉核对：SymPy
#
# 对任意取值的数据，对数似然就是常数减去平方和除以 $2\sigma^2$；两者的梯度成比例。

# %%
from snippets.normal_least_squares import checks as nls_checks  # the chapter's SymPy checks

nls_checks.verify_gaussian_log_likelihood()

# %%
nls_checks.verify_same_maximiser_for_every_sigma()

# %%
nls_checks.verify_variance_estimate()

# %% [markdown]
# ## 图

# %%
from snippets.figures import figure_named
from snippets.normal_least_squares import figures as nls_figures

figure_named(nls_figures, "likelihood_and_squares")

# %% [markdown]
# ## 结论
#
# 正态误差假设下，最大化似然与最小化平方和是同一个问题；$\sigma^2$ 只改变曲面的陡缓。
