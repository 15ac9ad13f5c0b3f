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
# # Notebook：极大似然估计
#
# 配合[极大似然估计](../maximum-likelihood.md)一章（原文第一部分 §3）。函数来自 `snippets/maximum_likelihood/`。

# %% [markdown]
# ## 数据
#
# 扔硬币的结果：正面和反面各几次。

# %%
from snippets import maximum_likelihood as ml

print(f"正面 {ml.HEADS} 次，反面 {ml.TAILS} 次")

# %% [markdown]
# ## 模型：似然函数
#
# 对每个候选的 $p$，这个结果出现的概率是 $p^h(1-p)^t$。看几个候选值：

# %%
for p in (0.3, ml.FAIR_P, ml.coin_mle(ml.HEADS, ml.TAILS), 0.8):
    print(f"p = {p:.1f}:  P = {ml.coin_likelihood(p, ml.HEADS, ml.TAILS):.6f}")

# %% [markdown]
# 正面频率那一行的概率最大。

# %% [markdown]
# ## 评估：三种办法找最大点
#
# 公式（导数为零）、二分法找导数的零点、梯度上升，三者互不依赖。

# %%
print(f"公式     p = {ml.coin_mle(ml.HEADS, ml.TAILS):.9f}")
print(f"二分法   p = {ml.maximise_coin_likelihood(ml.HEADS, ml.TAILS):.9f}")
print(f"梯度上升 p = {ml.gradient_ascent_coin(ml.HEADS, ml.TAILS):.9f}")

# %% [markdown]
# ## 交叉核对：SymPy 求导

# %%
from snippets.maximum_likelihood import checks as ml_checks  # the chapter's SymPy checks

ml_checks.verify_coin_maximum()

# %% [markdown]
# ## 图

# %%
from snippets.figures import figure_named
from snippets.maximum_likelihood import figures as ml_figures

figure_named(ml_figures, "coin_likelihood")

# %% [markdown]
# ## 结论
#
# 取对数不移动最大点，却把乘积变成求和；极大似然估计给出的正是正面出现的频率。
