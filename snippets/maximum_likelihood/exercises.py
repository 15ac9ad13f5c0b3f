"""极大似然估计: the chapter's exercises (练习 3.1–3.5) and the numbers in them.

New tosses beside the article's — seven heads in ten, then three heads in three — answered from the
chapter's own model.
"""

from __future__ import annotations

from snippets.claim import Claim
from snippets.exercises import Exercise
from snippets.maximum_likelihood.model import (FAIR_P, coin_likelihood, coin_log_likelihood, coin_mle,
                                               likelihood_ratio_at)
from snippets.words import Words

#: 练习 3.1–3.4: ten tosses, seven of them heads.
NEW_HEADS = 7
NEW_TAILS = 3
#: 练习 3.5: three tosses, every one heads.
ALL_HEADS = 3


def new_heads() -> int:
    """练习 3.1: heads in the new tosses."""
    return NEW_HEADS


def new_tosses() -> int:
    """练习 3.1: the new tosses in all."""
    return NEW_HEADS + NEW_TAILS


def new_estimate() -> float:
    """练习 3.1: p̂ = h / (h + t) for the new tosses."""
    return coin_mle(NEW_HEADS, NEW_TAILS)


def new_ratio_to_fair() -> float:
    """练习 3.2: L(p̂) / L(0.5) for the new tosses: how much likelier the estimate makes them than a fair coin."""
    return likelihood_ratio_at(FAIR_P, NEW_HEADS, NEW_TAILS)


def new_log_likelihood_at_estimate() -> float:
    """练习 3.4: log L(p̂) for the new tosses."""
    return float(coin_log_likelihood(new_estimate(), NEW_HEADS, NEW_TAILS))


def all_heads() -> int:
    """练习 3.5: heads in three tosses, all of them."""
    return ALL_HEADS


def all_heads_estimate() -> float:
    """练习 3.5: p̂ = h / (h + t) with no tails."""
    return coin_mle(ALL_HEADS, 0)


def all_heads_fair_probability() -> float:
    """练习 3.5: the probability of that many heads in a row from a fair coin, L(0.5)."""
    return float(coin_likelihood(FAIR_P, ALL_HEADS, 0))


_EXERCISE = {"origin": "exercise"}
EXERCISE_CLAIMS = (
    Claim("ex_new_heads", new_heads, 0, "练习 3.1",
          Words(zh="练习 3.1：正面次数", en="Exercise 3.1: number of heads"), input=True, **_EXERCISE),
    Claim("ex_new_tosses", new_tosses, 0, "练习 3.1",
          Words(zh="练习 3.1：一共扔的次数", en="Exercise 3.1: number of tosses in all"), input=True, **_EXERCISE),
    Claim("ex_new_estimate", new_estimate, 2, "练习 3.1",
          Words(zh="练习 3.1：新的估计 p̂", en="Exercise 3.1: the new estimate p̂"), **_EXERCISE),
    Claim("ex_new_ratio_to_fair", new_ratio_to_fair, 2, "练习 3.2",
          Words(zh="练习 3.2：L(p̂) / L(0.5)", en="Exercise 3.2: L(p̂) / L(0.5)"), **_EXERCISE),
    Claim("ex_new_log_likelihood", new_log_likelihood_at_estimate, 3, "练习 3.4",
          Words(zh="练习 3.4：log L(p̂)", en="Exercise 3.4: log L(p̂)"), **_EXERCISE),
    Claim("ex_all_heads", all_heads, 0, "练习 3.5",
          Words(zh="练习 3.5：扔的次数，次次正面", en="Exercise 3.5: number of tosses, every one heads"), input=True, **_EXERCISE),
    Claim("ex_all_heads_estimate", all_heads_estimate, 2, "练习 3.5",
          Words(zh="练习 3.5：全是正面时的 p̂", en="Exercise 3.5: p̂ when all are heads"), **_EXERCISE),
    Claim("ex_all_heads_fair_probability", all_heads_fair_probability, 3, "练习 3.5",
          Words(zh="练习 3.5：公平硬币连出这么多次正面的概率",
                en="Exercise 3.5: probability that a fair coin gives that many heads in a row"),
          **_EXERCISE),
)

EXERCISES = (
    Exercise("3.1", "numeric", Words(zh="七次正面", en="Seven heads"), answer="ex_new_estimate"),
    Exercise("3.2", "numeric",
             Words(zh="比公平硬币可能多少", en="How much likelier than a fair coin"), answer="ex_new_ratio_to_fair"),
    Exercise("3.3", "derivation", Words(zh="一般的 h 和 t", en="Any h and t"), check="verify_coin_estimate_for_any_counts"),
    Exercise("3.4", "concept",
             Words(zh="取对数换不换最大点", en="Does taking the log move the maximum?"), answer="ex_new_log_likelihood"),
    Exercise("3.5", "concept", Words(zh="三次都是正面", en="Heads all three times"), answer="ex_all_heads_estimate"),
)
