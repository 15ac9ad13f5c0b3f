"""Computations behind the site: one module per chapter of the article.

Each chapter module holds the article's data for that chapter, pure functions
that derive the article's numbers, and a ``CLAIMS`` tuple naming every number a
page may quote.  Nothing here imports MkDocs and nothing runs at import time;
:mod:`snippets.claim` collects the claims for the build hooks and the tests.
"""

from snippets.words import Words

#: Chapter modules in the article's reading order.
CHAPTER_MODULES: tuple[str, ...] = (
    "least_squares",
    "cross_entropy",
    "maximum_likelihood",
    "normal_least_squares",
    "categorical_cross_entropy",
    "cross_entropy_from_likelihood",
    "cross_entropy_from_information",
    "summary",
)

#: The article the site mirrors (its Hugo front matter): cited on every page.
ARTICLE_TITLE = "似然函数_交叉熵"
#: Its title in English, for readers of the English edition (quoted beside the Chinese, never instead of it).
ARTICLE_TITLE_EN = "Likelihood function and cross-entropy"
ARTICLE_DATE = "2025-04-18"
#: Where the article is published (its blog page; the front matter does not say, this page carries its text).
ARTICLE_URL = "https://mlcore-engine.uk/math_foundation/likelihood_entropy"
#: The site's own name, as cited, in each language (the English edition quotes the article's title).
SITE_TITLE = Words(zh="最小二乘、交叉熵与极大似然：逐节核对《似然函数_交叉熵》",
                   en="Least squares, cross-entropy and maximum likelihood: checking 《似然函数_交叉熵》 section by section")
