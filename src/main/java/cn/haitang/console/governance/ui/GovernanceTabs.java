package cn.haitang.console.governance.ui;

import cn.haitang.console.governance.GovernanceService;
import cn.haitang.console.region.CompoundPageTab;
import cn.haitang.console.region.CompoundRef;
import com.vaadin.flow.component.Component;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The governance tabs of the compound page: committee and vetting (20), property (30), meetings (40). */
@Configuration(proxyBeanMethods = false)
class GovernanceTabs {

    record Tab(int order, String titleKey, java.util.function.Function<CompoundRef, Component> factory)
            implements CompoundPageTab {

        @Override
        public Component create(CompoundRef compound) {
            return factory.apply(compound);
        }
    }

    @Bean
    CompoundPageTab committeeTab(GovernanceService governance) {
        return new Tab(20, "gov.tab.committee", c -> new CommitteePanel(governance, c.id()));
    }

    @Bean
    CompoundPageTab propertyTab(GovernanceService governance) {
        return new Tab(30, "gov.tab.property", c -> new PropertyPanel(governance, c.id()));
    }

    @Bean
    CompoundPageTab meetingsTab(GovernanceService governance) {
        return new Tab(40, "gov.tab.meetings", c -> new MeetingsPanel(governance, c.id()));
    }
}
