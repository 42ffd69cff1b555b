package cn.haitang.console.search;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/**
 * The same analyzers as {@link ChineseAnalysis} for the Elasticsearch/OpenSearch backend (several
 * nodes). The word analyzer needs the cluster's smartcn plugin ({@code analysis-smartcn}); everything
 * else is built in.
 */
public class ChineseAnalysisElasticsearch implements ElasticsearchAnalysisConfigurer {

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        context.analyzer(ChineseAnalysis.NAME).custom()
                .tokenizer("standard")
                .tokenFilters("cjk_width", "lowercase", "haitang_cjk_bigram");
        context.tokenFilter("haitang_cjk_bigram").type("cjk_bigram").param("output_unigrams", true);
        context.analyzer(ChineseAnalysis.WORDS).type("smartcn");
        context.analyzer(ChineseAnalysis.PINYIN).custom()
                .tokenizer("whitespace")
                .tokenFilters("lowercase", "haitang_prefixes");
        context.tokenFilter("haitang_prefixes").type("edge_ngram").param("min_gram", 1).param("max_gram", 40);
        context.analyzer(ChineseAnalysis.PINYIN_QUERY).custom()
                .tokenizer("keyword")
                .tokenFilters("lowercase");
    }
}
