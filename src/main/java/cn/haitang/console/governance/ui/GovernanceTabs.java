package cn.haitang.console.governance.ui;

import cn.haitang.console.governance.CommitteeService;
import cn.haitang.console.governance.DisputeService;
import cn.haitang.console.governance.MeetingService;
import cn.haitang.console.governance.PropertyCompanyService;
import cn.haitang.console.governance.PropertyService;
import cn.haitang.console.governance.VettingService;
import cn.haitang.console.region.CompoundPageTab;
import cn.haitang.console.region.CompoundRef;
import com.vaadin.flow.component.Component;
import java.time.Clock;
import java.util.function.Function;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The governance tabs of the compound page: committee and vetting (20), property (30), meetings (40). */
@Configuration(proxyBeanMethods = false)
class GovernanceTabs {

    record Tab(int order, String titleKey, Function<CompoundRef, Component> factory) implements CompoundPageTab {

        @Override
        public Component create(CompoundRef compound) {
            return factory.apply(compound);
        }
    }

    @Bean
    CompoundPageTab committeeTab(CommitteeService committees, VettingService vetting, Clock clock) {
        return new Tab(20, "gov.tab.committee", c -> new CommitteePanel(committees, vetting, clock, c.id()));
    }

    @Bean
    CompoundPageTab propertyTab(PropertyService property, PropertyCompanyService companies, DisputeService disputes,
                                Clock clock) {
        return new Tab(30, "gov.tab.property", c -> new PropertyPanel(property, companies, disputes, clock, c.id()));
    }

    @Bean
    CompoundPageTab meetingsTab(MeetingService meetings, Clock clock) {
        return new Tab(40, "gov.tab.meetings", c -> new MeetingsPanel(meetings, clock, c.id()));
    }
}
