package cn.haitang.console.region;

import com.vaadin.flow.component.Component;

/**
 * A tab of the compound page, contributed by the feature that owns its content (organisation,
 * committees, property, meetings, history…) as a Spring bean. The compound page collects all of them
 * in {@link #order()} order, so region knows none of the features that hang off a compound.
 */
public interface CompoundPageTab {

    /** Position among the tabs: organisation 10, committee 20, property 30, meetings 40, history 90. */
    int order();

    /** The message key of the tab's title. */
    String titleKey();

    /** Builds the tab's content for a compound the caller may see (the page checked the scope). */
    Component create(CompoundRef compound);
}
