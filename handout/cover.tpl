{#- Cover of the handout (make pdf); rendered by mkdocs-print-site-plugin with `config`, once per language.
    The version and date are the build's, set by hooks/citation.py. -#}
{%- set en = config.theme.language == "en" %}
<div class="handout-cover">
  <h1>{{ config.site_name }}</h1>
  <p class="handout-cover__description">{{ config.site_description }}</p>
  <table>
    <tr><th scope="row">{{ "Version" if en else "版本" }}</th><td>{{ config.extra.build.version }}</td></tr>
    <tr><th scope="row">{{ "Built" if en else "构建日期" }}</th><td>{{ config.extra.build.date }}</td></tr>
    <tr><th scope="row">{{ "Address" if en else "网址" }}</th><td>{{ config.site_url }}{{ "en/" if en }}</td></tr>
    {%- if en %}
    <tr><th scope="row">After</th><td>the blog post 《{{ config.extra.build.article_title }}》 ({{ config.extra.build.article_date }}, in Chinese)<br>{{ config.extra.build.article_url }}</td></tr>
    {%- else %}
    <tr><th scope="row">依据</th><td>博客文章《{{ config.extra.build.article_title }}》（{{ config.extra.build.article_date }}）<br>{{ config.extra.build.article_url }}</td></tr>
    {%- endif %}
  </table>
  <p class="handout-cover__note">{{ "Every number in this handout is computed by the site's code when it is built and checked against the article by the tests; the Number ledger chapter lists them all, with where each comes from." if en else "讲义中的每个数字都由网站的代码在构建时算出，并由测试与原文核对；数字核对一章列出全部数字及其出处。" }}</p>
</div>
