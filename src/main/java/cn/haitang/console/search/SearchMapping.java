package cn.haitang.console.search;

import cn.haitang.console.base.search.SearchContribution;
import cn.haitang.console.base.search.Searchable;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.ProgrammaticMappingConfigurationContext;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.PropertyMappingStep;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.TypeMappingStep;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.core.annotation.AnnotationUtils;
import org.springframework.stereotype.Component;

/**
 * Maps every {@link Searchable} entity into the index, the same way for all: its name as Chinese
 * fragments ({@code name}), as words ({@code words}), as full pinyin ({@code pinyin}) and as initials
 * ({@code initials}), and its town ({@code town}) for the scope filter. Referenced by Hibernate Search
 * as {@code bean:searchMapping}; it reads the annotations without creating the contributions, which
 * depend on services that need JPA, which is starting when this runs.
 */
@Component("searchMapping")
class SearchMapping implements HibernateOrmSearchMappingConfigurer {

    static final String NAME = "name";
    static final String WORDS = "words";
    static final String PINYIN = "pinyin";
    static final String INITIALS = "initials";
    static final String TOWN = "town";

    private final ListableBeanFactory beans;

    SearchMapping(ListableBeanFactory beans) {
        this.beans = beans;
    }

    /** The searchable entities the contributions declare. */
    List<Searchable> searchables() {
        List<Searchable> list = new ArrayList<>();
        for (String name : beans.getBeanNamesForType(SearchContribution.class, true, false)) {
            Class<?> type = beans.getType(name, false);
            Searchable searchable = type == null ? null : AnnotationUtils.findAnnotation(type, Searchable.class);
            if (searchable != null) {
                list.add(searchable);
            }
        }
        return list;
    }

    @Override
    public void configure(HibernateOrmMappingConfigurationContext context) {
        ProgrammaticMappingConfigurationContext mapping = context.programmaticMapping();
        for (Searchable searchable : searchables()) {
            TypeMappingStep type = mapping.type(searchable.entity());
            type.indexed().index(searchable.entity().getSimpleName());
            PropertyMappingStep name = type.property(searchable.name());
            name.fullTextField(NAME).analyzer(ChineseAnalysis.NAME);
            name.fullTextField(WORDS).analyzer(ChineseAnalysis.WORDS);
            name.fullTextField(PINYIN).analyzer(ChineseAnalysis.PINYIN).searchAnalyzer(ChineseAnalysis.PINYIN_QUERY)
                    .valueBridge(new PinyinBridge(false));
            name.fullTextField(INITIALS).analyzer(ChineseAnalysis.PINYIN).searchAnalyzer(ChineseAnalysis.PINYIN_QUERY)
                    .valueBridge(new PinyinBridge(true));
            if (!searchable.town().isEmpty()) {
                type.property(searchable.town()).genericField(TOWN);
            }
        }
    }

    /** A name as the index text of its pinyin spellings. */
    static final class PinyinBridge implements org.hibernate.search.mapper.pojo.bridge.ValueBridge<String, String> {

        private final boolean initials;

        PinyinBridge(boolean initials) {
            this.initials = initials;
        }

        @Override
        public String toIndexedValue(String value,
                                     org.hibernate.search.mapper.pojo.bridge.runtime.ValueBridgeToIndexedValueContext context) {
            return value == null ? null : initials ? Pinyin.initials(value) : Pinyin.full(value);
        }

        @Override
        public boolean isCompatibleWith(org.hibernate.search.mapper.pojo.bridge.ValueBridge<?, ?> other) {
            return other instanceof PinyinBridge p && p.initials == initials;
        }
    }
}
