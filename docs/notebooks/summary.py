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
# # Notebook：总结与对比
#
# 配合[总结与对比](../summary.md)一章（原文第三部分 §3）：把两条推导放在同一组数字上。

# %% [markdown]
# ## 数据
#
# 邮件例子的前两封邮件。

# %%
from snippets import cross_entropy_from_information as info
from snippets import cross_entropy_from_likelihood as lik

emails = [(lik.label_free(), lik.P_FREE), (lik.label_meeting(), lik.P_MEETING)]

# %% [markdown]
# ## 评估：两条路线，同一个数
#
# 左边按极大似然算（对数似然贡献取负），右边按信息论算（交叉熵）。

# %%
for y, p in emails:
    from_likelihood = -lik.log_likelihood_contribution(y, p)
    from_information = info.cross_entropy(info.true_distribution(y), info.predicted_distribution(p))
    print(f"y = {y}, p = {p}:  {from_likelihood:.6f}  {from_information:.6f}")

# %% [markdown]
# 每一行的两个数都相同。

# %% [markdown]
# ## 交叉核对

# %%
from snippets.cross_entropy_from_information import checks as info_checks  # the chapter's SymPy checks

info_checks.verify_both_routes_give_the_same_loss()

# %% [markdown]
# ## 结论
#
# 极大似然解释为什么用交叉熵（让数据的概率最大），信息论解释它为什么合理（让两个分布尽量接近）。
