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
# # Notebook：从极大似然推导交叉熵
#
# 配合[从极大似然推导交叉熵](../cross-entropy-from-likelihood.md)一章（原文第三部分 §1）。
# 函数来自 `snippets/cross_entropy_from_likelihood/`。

# %% [markdown]
# ## 数据
#
# 原文的三封邮件和它们的标签。

# %%
from snippets import cross_entropy_from_likelihood as lik

for word, label in lik.EMAILS:
    print(f"包含“{word}”  标签 {label}")

# %% [markdown]
# ## 模型：每封邮件对对数似然的贡献
#
# 原文只给出前两封邮件的预测概率。

# %%
print(f"免费: log p      = {lik.contribution_free():.3f}")
print(f"会议: log(1 - p) = {lik.contribution_meeting():.3f}")

# %% [markdown]
# 两项都是负数，预测越准越接近零。

# %% [markdown]
# ## 交叉核对：推导的每一步

# %%
from snippets.categorical_cross_entropy import checks as cat_checks  # that chapter's SymPy checks

cat_checks.verify_bernoulli_log_probability()

# %%
cat_checks.verify_loss_is_mean_negative_log_likelihood()

# %% [markdown]
# ## 图

# %%
from snippets.figures import figure_named
from snippets.cross_entropy_from_likelihood import figures as lik_figures

figure_named(lik_figures, "email_contributions")

# %% [markdown]
# ## 结论
#
# 交叉熵损失就是负对数似然的平均值：最大化似然与最小化交叉熵是同一件事。
