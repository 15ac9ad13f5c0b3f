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
# # Notebook：从信息论推导交叉熵
#
# 配合[从信息论推导交叉熵](../cross-entropy-from-information.md)一章（原文第三部分 §2）。
# 函数来自 `snippets/cross_entropy_from_information/`。

# %% [markdown]
# ## 数据：真实分布与预测分布
#
# 标签给出 one-hot 的真实分布 $P$，模型的预测给出 $Q$。

# %%
from snippets import cross_entropy_from_information as info
from snippets import cross_entropy_from_likelihood as lik

p_true = info.true_distribution(lik.label_free())
q_model = info.predicted_distribution(lik.P_FREE)
print("P =", p_true, "  Q =", q_model)

# %% [markdown]
# ## 模型：熵、交叉熵、KL 散度

# %%
print(f"H(P)    = {info.entropy(p_true):.3f}")
print(f"H(P, Q) = {info.cross_entropy(p_true, q_model):.3f}")
print(f"D_KL    = {info.kl_divergence(p_true, q_model):.3f}")

# %% [markdown]
# one-hot 的真实分布熵为零，交叉熵与 KL 散度相等。

# %% [markdown]
# ## 交叉核对：SymPy 与随机分布

# %%
from snippets.cross_entropy_from_information import checks as info_checks  # the chapter's SymPy checks

info_checks.verify_cross_entropy_decomposition()

# %%
info_checks.verify_kl_is_never_negative()

# %%
info_checks.verify_both_routes_give_the_same_loss()

# %% [markdown]
# ## 评估：训练中的两种损失
#
# 在随机生成的数据上训练逻辑回归，每一步按两种方式计算损失。

# %%
history = info.train_logistic_regression(*info.make_training_data())
for step in (0, 10, 50, len(history["likelihood"]) - 1):
    print(f"第 {step:>2} 步：似然 {history['likelihood'][step]:.6f}   信息论 {history['information'][step]:.6f}")
info_checks.verify_training_losses_agree()

# %% [markdown]
# ## 图

# %%
from snippets.figures import figure_named
from snippets.cross_entropy_from_information import figures as info_figures

figure_named(info_figures, "logistic_training")

# %% [markdown]
# ## 结论
#
# 从信息论出发与从极大似然出发，得到的是同一个损失函数，数值上每一步都相同。
