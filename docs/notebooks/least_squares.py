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
# # Notebook：最小二乘法
#
# 配合[最小二乘法](../least-squares.md)一章（原文第一部分 §1）。数据和函数都来自 `snippets/least_squares/`：
# 这里只调用，不复制。顺序是：数据 → 模型 → 评估 → 交叉核对 → 图 → 结论。

# %% [markdown]
# ## 数据
#
# 奶茶店记录的温度和销量，与原文 §1.2 的表格相同。

# %%
from snippets import least_squares as ls

for x, y in zip(ls.TEMPERATURE, ls.SALES):
    print(f"温度 {x:>3}   销量 {y:>3}")

# %% [markdown]
# ## 模型：令偏导数为零
#
# `fit_line` 解正规方程，给出使平方误差平均值 $L$ 最小的斜率和截距。

# %%
w, b = ls.fit_line(ls.TEMPERATURE, ls.SALES)
print(f"w = {w:.3f}   b = {b:.3f}")

# %% [markdown]
# ## 评估
#
# 把最优直线代回损失函数：每一天的残差都是零，所以损失也是零。

# %%
print(f"L = {ls.mean_squared_error(ls.TEMPERATURE, ls.SALES, w, b):.3f}")

# %% [markdown]
# ## 交叉核对
#
# 同一组数再用两种独立的办法求一次：SymPy 用有理数精确解方程，梯度下降一步步逼近。

# %%
from snippets.least_squares import checks as ls_checks  # the chapter's SymPy checks

ls_checks.verify_normal_equations()

# %%
w_gd, b_gd = ls.gradient_descent_line(ls.TEMPERATURE, ls.SALES)
print(f"梯度下降：w = {w_gd:.6f}   b = {b_gd:.6f}")

# %% [markdown]
# 三种方法给出同一条直线。

# %% [markdown]
# ## 图：异常值把直线拉走
#
# 把最后一天的销量换成原文 §1.4 的异常值，再用最小二乘拟合一次。

# %%
from snippets.figures import figure_named
from snippets.least_squares import figures as ls_figures

print(f"异常值之后：w = {ls.outlier_slope():.1f}   b = {ls.outlier_intercept():.1f}")
figure_named(ls_figures, "fit_and_outlier")

# %% [markdown]
# ## 结论
#
# 这组数据恰好落在一条直线上，最小二乘给出精确解、损失为零；一个异常值就足以让直线大幅偏转，
# 因为平方把大误差放得更大。
