package cn.haitang.console.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** The top of every view: the drawer toggle, the view's title and its actions, wrapping on narrow screens. */
public final class ViewToolbar extends Composite<Header> {

    public ViewToolbar(String title, Component... actions) {
        DrawerToggle toggle = new DrawerToggle();
        toggle.addClassName("ht-drawer-toggle");
        H1 heading = new H1(title);
        heading.addClassName("ht-view-title");
        HorizontalLayout left = new HorizontalLayout(toggle, heading);
        left.setAlignItems(FlexComponent.Alignment.CENTER);
        left.setSpacing(false);
        HorizontalLayout right = new HorizontalLayout(actions);
        right.addClassName("ht-toolbar-actions");
        right.setAlignItems(FlexComponent.Alignment.BASELINE);
        right.setWrap(true);
        getContent().addClassName("ht-view-toolbar");
        getContent().add(left, right);
    }

    /** Groups filter fields and buttons so they wrap together. */
    public static HorizontalLayout group(Component... components) {
        HorizontalLayout group = new HorizontalLayout(components);
        group.setAlignItems(FlexComponent.Alignment.BASELINE);
        group.setWrap(true);
        return group;
    }
}
