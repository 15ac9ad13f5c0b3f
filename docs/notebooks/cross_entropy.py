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
# # Notebook：交叉熵
#
# 配合[交叉熵](../cross-entropy.md)一章（原文第一部分 §2）。函数来自 `snippets/cross_entropy/`。

# %% [markdown]
# ## 数据
#
# 图片是猫，模型给出两个不同的“是猫”概率。

# %%
from snippets import cross_entropy as ce

print("标签 y =", ce.CAT_LABEL)
print("两个预测 p =", ce.P_CONFIDENT, "和", ce.P_WRONG)

# %% [markdown]
# ## 模型：二分类交叉熵
#
# 标签为猫时，损失就是 $-\log p$（自然对数）。

# %%
for p in (ce.P_CONFIDENT, ce.P_WRONG):
    print(f"p = {p}:  L = {ce.binary_cross_entropy(ce.CAT_LABEL, p):.3f}")

# %% [markdown]
# 猜对且自信，损失很小；猜错且自信，损失大得多。

# %% [markdown]
# ## 交叉核对
#
# 标签为一时，交叉熵公式只剩 $-\log p$ 这一项：让 SymPy 展开伯努利概率的对数来核对。

# %%
from snippets.categorical_cross_entropy import checks as cat_checks  # that chapter's SymPy checks

cat_checks.verify_bernoulli_log_probability()

# %% [markdown]
# 多分类时，one-hot 标签让求和只剩真实类别一项；两个类别时与二分类公式一致。

# %%
print(f"{ce.categorical_cross_entropy([0, 1], [1 - ce.P_CONFIDENT, ce.P_CONFIDENT]):.3f}")

# %% [markdown]
# ## 图

# %%
from snippets.figures import figure_named
from snippets.cross_entropy import figures as ce_figures

figure_named(ce_figures, "negative_log")

# %% [markdown]
# ## 结论
#
# 交叉熵按“自信程度”惩罚错误：$p$ 越接近零，$-\log p$ 涨得越快。
