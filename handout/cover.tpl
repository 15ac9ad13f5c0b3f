{#- Cover of the handout (make pdf); rendered by mkdocs-print-site-plugin with `config`.
    The version and date are the build's, set by hooks/citation.py. -#}
<div class="handout-cover">
  <h1>{{ config.site_name }}</h1>
  <p class="handout-cover__description">{{ config.site_description }}</p>
  <table>
    <tr><th scope="row">版本</th><td>{{ config.extra.build.version }}</td></tr>
    <tr><th scope="row">构建日期</th><td>{{ config.extra.build.date }}</td></tr>
    <tr><th scope="row">网址</th><td>{{ config.site_url }}</td></tr>
    <tr><th scope="row">依据</th><td>博客文章《{{ config.extra.build.article_title }}》（{{ config.extra.build.article_date }}）<br>{{ config.extra.build.article_url }}</td></tr>
  </table>
  <p class="handout-cover__note">讲义中的每个数字都由网站的代码在构建时算出，并由测试与原文核对；数字核对一章列出全部数字及其出处。</p>
</div>
