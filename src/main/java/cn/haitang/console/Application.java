package cn.haitang.console;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Haitang Console: the admin console of the 海棠红·幸福里 campaign.
 * <p>
 * Styles come from Lumo plus our own sheet served from the classpath: the app runs on Vaadin's
 * pre-compiled frontend bundle, so nothing here may trigger an npm bundle build.
 */
@SpringBootApplication
@EnableScheduling
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("context://haitang/styles.css")
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addFavIcon("icon", "haitang/favicon.svg", "any");
    }
}
