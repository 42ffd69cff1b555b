package cn.haitang.console.search;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The analyzers of the search index (Lucene backend).
 * <ul>
 * <li>{@value #NAME}: Chinese names by characters and pairs of characters (CJK bigrams with unigrams),
 * so any fragment typed — 义庄, 庄公, 寓 — matches; full-width forms folded; Latin words as words.</li>
 * <li>{@value #WORDS}: the same names cut into words by Lucene's smartcn (HMM) segmenter, which ranks
 * a hit on a whole word above one on a fragment.</li>
 * <li>{@value #PINYIN} / {@value #PINYIN_QUERY}: the spellings {@link Pinyin} gives (full and initials),
 * indexed as their prefixes, compared with what was typed as one token.</li>
 * </ul>
 */
public class ChineseAnalysis implements LuceneAnalysisConfigurer {

    static final String NAME = "haitang_name";
    static final String WORDS = "haitang_words";
    static final String PINYIN = "haitang_pinyin";
    static final String PINYIN_QUERY = "haitang_pinyin_query";

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(NAME).custom()
                .tokenizer("standard")
                .tokenFilter("cjkWidth")
                .tokenFilter("lowercase")
                .tokenFilter("cjkBigram").param("outputUnigrams", "true");
        context.analyzer(WORDS).instance(new org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer());
        context.analyzer(PINYIN).custom()
                .tokenizer("whitespace")
                .tokenFilter("lowercase")
                .tokenFilter("edgeNGram").param("minGramSize", "1").param("maxGramSize", "40");
        context.analyzer(PINYIN_QUERY).custom()
                .tokenizer("keyword")
                .tokenFilter("lowercase");
    }
}
