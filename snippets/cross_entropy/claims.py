"""交叉熵: the numbers the pages quote.

Each number is a small function of the chapter's data (:mod:`snippets.cross_entropy.model`), listed in
``CLAIMS`` with its section, its precision and what the article prints; ``TABLES`` are the data
tables the pages show.
"""

from __future__ import annotations

import numpy as np

from snippets.claim import Claim
from snippets.cross_entropy.exercises import EXERCISE_CLAIMS
from snippets.cross_entropy.model import (
    BETWEEN, CAT_LABEL, CONFIDENT, FAIR_GUESS, P_CONFIDENT, P_WRONG, WRONG_LOGIT, balancing_weights,
    binary_cross_entropy, binary_cross_entropy_bits, cat_share, cross_entropy_between, cross_entropy_gradient,
    kl_divergence, mean_cross_entropy, sigmoid, squared_error_gradient,
)
from snippets.words import Words


def cat_confident_loss() -> float:
    """Loss when the model says "cat" with ``p = 0.9`` and it is a cat."""
    return binary_cross_entropy(CAT_LABEL, P_CONFIDENT)


def cat_wrong_loss() -> float:
    """Loss when the model says "cat" with ``p = 0.1`` and it is a cat."""
    return binary_cross_entropy(CAT_LABEL, P_WRONG)


def cat_confident_bits() -> float:
    """Annotation: ``-log₂ 0.9``, the confident loss in bits instead of nats."""
    return binary_cross_entropy_bits(CAT_LABEL, P_CONFIDENT)


def cat_wrong_bits() -> float:
    """Annotation: ``-log₂ 0.1``, the wrong loss in bits."""
    return binary_cross_entropy_bits(CAT_LABEL, P_WRONG)


def kl_fair_to_confident() -> float:
    """``D_KL(fair ‖ confident)``."""
    return kl_divergence(FAIR_GUESS, CONFIDENT)


def kl_confident_to_fair() -> float:
    """``D_KL(confident ‖ fair)``: not the same number, KL is not symmetric."""
    return kl_divergence(CONFIDENT, FAIR_GUESS)


def kl_fair_to_between() -> float:
    """``D_KL(fair ‖ between)``, first leg of the detour."""
    return kl_divergence(FAIR_GUESS, BETWEEN)


def kl_between_to_confident() -> float:
    """``D_KL(between ‖ confident)``, second leg of the detour."""
    return kl_divergence(BETWEEN, CONFIDENT)


def kl_detour() -> float:
    """The two legs together: shorter than the direct ``D_KL(fair ‖ confident)``."""
    return kl_fair_to_between() + kl_between_to_confident()


def self_cross_entropy() -> float:
    """``H(P, P)`` of the fair guess: its entropy ``ln 2``, not 0."""
    return cross_entropy_between(FAIR_GUESS, FAIR_GUESS)


def constant_accuracy_percent() -> float:
    """Accuracy (%) of a classifier that answers 猫 for every picture."""
    return 100 * max(cat_share(), 1 - cat_share())


def best_constant_prediction() -> float:
    """The constant ``q`` with the least plain cross-entropy: the share of cats."""
    return cat_share()


def constant_cross_entropy() -> float:
    """Plain cross-entropy of the best constant classifier: small, though it never finds a dog."""
    return mean_cross_entropy(best_constant_prediction())


def weighted_constant_cross_entropy() -> float:
    """Class-weighted cross-entropy of that same constant classifier."""
    return mean_cross_entropy(best_constant_prediction(), *balancing_weights())


def weighted_best_prediction() -> float:
    """The constant ``q`` with the least weighted cross-entropy (grid search over (0, 1))."""
    grid = np.linspace(0.001, 0.999, 9981)
    losses = [mean_cross_entropy(q, *balancing_weights()) for q in grid]
    return float(grid[int(np.argmin(losses))])


def weighted_least_cross_entropy() -> float:
    """The weighted cross-entropy at its best constant: ``ln 2``, that of a coin toss."""
    return mean_cross_entropy(weighted_best_prediction(), *balancing_weights())


def wrong_probability() -> float:
    """P(猫) the badly wrong model gives."""
    return float(sigmoid(WRONG_LOGIT))


def wrong_cross_entropy_gradient() -> float:
    """Cross-entropy gradient at the wrong logit: close to −1, a full-size push."""
    return float(cross_entropy_gradient(WRONG_LOGIT))


def wrong_squared_error_gradient() -> float:
    """Squared-error gradient at the wrong logit: almost 0, learning stalls."""
    return float(squared_error_gradient(WRONG_LOGIT))


def gradient_ratio() -> float:
    """How many times larger the cross-entropy gradient is there."""
    return wrong_cross_entropy_gradient() / wrong_squared_error_gradient()


CLAIMS = (
    Claim("cat_label", "CAT_LABEL", 0, "§2.2",
          Words(zh="图片实际是猫的标签 y", en="Label y when the picture is actually a cat"), article="1"),
    Claim("p_confident", "P_CONFIDENT", 1, "§2.2",
          Words(zh="模型预测猫的概率（猜对）", en="The model's predicted probability of cat (right guess)"), article="0.9"),
    Claim("p_wrong", "P_WRONG", 1, "§2.2",
          Words(zh="模型预测猫的概率（猜错）", en="The model's predicted probability of cat (wrong guess)"), article="0.1"),
    Claim("cat_confident_loss", cat_confident_loss, 3, "§2.2",
          Words(zh="−log 0.9，猜对时的损失", en="−log 0.9, the loss when the guess is right"), article="0.105"),
    Claim("cat_wrong_loss", cat_wrong_loss, 1, "§2.2",
          Words(zh="−log 0.1，猜错时的损失", en="−log 0.1, the loss when the guess is wrong"), article="2.3"),
    Claim("cat_wrong_loss_exact", cat_wrong_loss, 3, "§2.2",
          Words(zh="−log 0.1 的三位小数（核对）", en="−log 0.1 to three decimals (check)"), origin="annotation"),
    Claim("imbalance_cat_percent", "IMBALANCE_CAT_PERCENT", 0, "§2.4",
          Words(zh="类别不平衡：猫的占比（%）", en="Class imbalance: share of cats (%)"), article="99"),
    Claim("imbalance_dog_percent", "IMBALANCE_DOG_PERCENT", 0, "§2.4",
          Words(zh="类别不平衡：狗的占比（%）", en="Class imbalance: share of dogs (%)"), article="1"),
    Claim("cat_confident_bits", cat_confident_bits, 3, "§2.2",
          Words(zh="−log₂ 0.9，以比特计", en="−log₂ 0.9, in bits"), origin="annotation"),
    Claim("cat_wrong_bits", cat_wrong_bits, 2, "§2.2",
          Words(zh="−log₂ 0.1，以比特计", en="−log₂ 0.1, in bits"), origin="annotation"),
    Claim("between_p", "BETWEEN_P", 1, "§2.3",
          Words(zh="介于两者之间的分布 P(猫)", en="P(cat) of the distribution in between"), origin="annotation"),
    Claim("fair_p", "FAIR_P", 1, "§2.3",
          Words(zh="对半猜的分布 P(猫)", en="P(cat) of the fifty-fifty guess"), origin="annotation"),
    Claim("kl_fair_to_confident", kl_fair_to_confident, 3, "§2.3",
          Words(zh="D_KL(对半 ‖ 0.9)", en="D_KL(fifty-fifty ‖ 0.9)"), origin="annotation"),
    Claim("kl_confident_to_fair", kl_confident_to_fair, 3, "§2.3",
          Words(zh="D_KL(0.9 ‖ 对半)", en="D_KL(0.9 ‖ fifty-fifty)"), origin="annotation"),
    Claim("kl_fair_to_between", kl_fair_to_between, 3, "§2.3",
          Words(zh="D_KL(对半 ‖ 0.7)", en="D_KL(fifty-fifty ‖ 0.7)"), origin="annotation"),
    Claim("kl_between_to_confident", kl_between_to_confident, 3, "§2.3",
          Words(zh="D_KL(0.7 ‖ 0.9)", en="D_KL(0.7 ‖ 0.9)"), origin="annotation"),
    Claim("kl_detour", kl_detour, 3, "§2.3",
          Words(zh="绕道 0.7 的两段 KL 之和", en="Sum of the KL divergences of the detour's two legs via 0.7"),
          origin="annotation"),
    Claim("self_cross_entropy", self_cross_entropy, 3, "§2.3",
          Words(zh="H(P, P)，P 为对半分布", en="H(P, P), with P the fifty-fifty distribution"), origin="annotation"),
    Claim("constant_accuracy_percent", constant_accuracy_percent, 0, "§2.4",
          Words(zh="一律答“猫”的准确率（%）", en="Accuracy of always answering “cat” (%)"), origin="annotation"),
    Claim("best_constant_prediction", best_constant_prediction, 2, "§2.4",
          Words(zh="交叉熵最小的常数预测 P(猫)", en="Constant prediction P(cat) with the least cross-entropy"),
          origin="annotation"),
    Claim("constant_cross_entropy", constant_cross_entropy, 3, "§2.4",
          Words(zh="该常数预测的平均交叉熵", en="Mean cross-entropy of that constant prediction"), origin="annotation"),
    Claim("weighted_constant_cross_entropy", weighted_constant_cross_entropy, 2, "§2.4",
          Words(zh="同一常数预测的类别加权交叉熵", en="Class-weighted cross-entropy of the same constant prediction"),
          origin="annotation"),
    Claim("weighted_best_prediction", weighted_best_prediction, 1, "§2.4",
          Words(zh="加权交叉熵最小的常数预测 P(猫)", en="Constant prediction P(cat) with the least weighted cross-entropy"),
          origin="annotation"),
    Claim("weighted_least_cross_entropy", weighted_least_cross_entropy, 3, "§2.4",
          Words(zh="加权交叉熵的最小值", en="Minimum of the weighted cross-entropy"), origin="annotation"),
    Claim("wrong_logit", "WRONG_LOGIT", 0, "§2.3",
          Words(zh="预测严重错误时的 logit z", en="Logit z of a badly wrong prediction"), origin="annotation"),
    Claim("wrong_probability", wrong_probability, 3, "§2.3",
          Words(zh="此时的 P(猫) = σ(z)", en="P(cat) = σ(z) there"), origin="annotation"),
    Claim("wrong_cross_entropy_gradient", wrong_cross_entropy_gradient, 3, "§2.3",
          Words(zh="交叉熵对 z 的梯度", en="Gradient of the cross-entropy with respect to z"), origin="annotation"),
    Claim("wrong_squared_error_gradient", wrong_squared_error_gradient, 4, "§2.3",
          Words(zh="平方误差对 z 的梯度", en="Gradient of the squared error with respect to z"), origin="annotation"),
    Claim("gradient_ratio", gradient_ratio, 0, "§2.3", Words(zh="两者之比", en="Ratio of the two"), origin="annotation"),
    *EXERCISE_CLAIMS,
)
