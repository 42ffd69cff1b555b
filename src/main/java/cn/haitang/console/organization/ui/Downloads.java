package cn.haitang.console.organization.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.IOException;
import java.io.OutputStream;

/** Excel downloads: an anchor whose handler writes the workbook when clicked. */
final class Downloads {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Downloads() {
    }

    @FunctionalInterface
    interface Writer {
        void write(OutputStream out) throws IOException;
    }

    static Anchor excel(String text, String fileName, Writer writer) {
        DownloadHandler handler = event -> {
            event.setFileName(fileName);
            event.setContentType(XLSX);
            try (OutputStream out = event.getOutputStream()) {
                writer.write(out);
            }
        };
        Anchor anchor = new Anchor(handler, text);
        anchor.getElement().setAttribute("download", true);
        anchor.getElement().getThemeList().add("ht-download");
        return anchor;
    }
}
