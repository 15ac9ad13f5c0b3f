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
# # Notebook：分类分布与交叉熵
#
# 配合[分类分布与交叉熵](../categorical-cross-entropy.md)一章（原文第二部分 §2）。
# 函数来自 `snippets/categorical_cross_entropy/`。

# %% [markdown]
# ## 数据
#
# 原文的邮件例子给出了前两封邮件的标签和预测。

# %%
from snippets import categorical_cross_entropy as cat
from snippets import cross_entropy_from_likelihood as lik

labels = [lik.label_free(), lik.label_meeting()]
predictions = [lik.P_FREE, lik.P_MEETING]
print("标签", labels, "预测", predictions)

# %% [markdown]
# ## 模型：伯努利概率
#
# $p^y(1-p)^{1-y}$ 在标签为一时取 $p$，为零时取 $1-p$。

# %%
for y, p in zip(labels, predictions):
    print(f"y = {y}, p = {p}:  P(y) = {cat.bernoulli_probability(y, p):.3f}")

# %% [markdown]
# ## 评估：负对数似然的平均值就是交叉熵

# %%
print(f"log L = {cat.bernoulli_log_likelihood(labels, predictions):.3f}")
print(f"J     = {cat.mean_cross_entropy(labels, predictions):.3f}")

# %% [markdown]
# ## 交叉核对：SymPy

# %%
from snippets.categorical_cross_entropy import checks as cat_checks  # the chapter's SymPy checks

cat_checks.verify_bernoulli_log_probability()

# %%
cat_checks.verify_loss_is_mean_negative_log_likelihood()

# %%
cat_checks.verify_categorical_log_probability()

# %% [markdown]
# ## 结论
#
# 伯努利（或多项式）分布的负对数似然，按样本平均，就是交叉熵损失。
