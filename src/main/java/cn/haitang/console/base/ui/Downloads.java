package cn.haitang.console.base.ui;

import cn.haitang.console.base.excel.ExcelWriter;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.IOException;
import java.io.OutputStream;

/** Download links whose file is written only when clicked, streamed to the browser. */
public final class Downloads {

    private Downloads() {
    }

    /** Writes a file to the response. */
    @FunctionalInterface
    public interface Writer {
        void write(OutputStream out) throws IOException;
    }

    /** The export link ("Export Excel" in the user's language): an .xlsx written by {@code writer} when clicked. */
    public static Anchor excel(Component owner, String fileName, Writer writer) {
        return excel(owner.getTranslation("action.export"), fileName, writer);
    }

    /** A list's export link: "<name>-<today>.xlsx", written in the user's language when clicked. */
    public static Anchor listExport(Component owner, String name, java.time.Clock clock,
                                    java.util.function.BiConsumer<OutputStream, java.util.Locale> writer) {
        java.util.Locale locale = com.vaadin.flow.component.UI.getCurrent() == null ? java.util.Locale.SIMPLIFIED_CHINESE
                : com.vaadin.flow.component.UI.getCurrent().getLocale();
        return excel(owner, name + "-" + java.time.LocalDate.now(clock) + ".xlsx", out -> writer.accept(out, locale));
    }

    /** An .xlsx link with its own text (templates, error reports). */
    public static Anchor excel(String text, String fileName, Writer writer) {
        return file(text, fileName, ExcelWriter.XLSX, writer);
    }

    public static Anchor file(String text, String fileName, String contentType, Writer writer) {
        DownloadHandler handler = event -> {
            event.setFileName(fileName);
            event.setContentType(contentType);
            try (OutputStream out = event.getOutputStream()) {
                writer.write(out);
            }
        };
        Anchor anchor = new Anchor(handler, AttachmentType.DOWNLOAD, "");
        anchor.add(VaadinIcon.DOWNLOAD_ALT.create());
        anchor.add(" " + text);
        anchor.addClassName("ht-download");
        return anchor;
    }
}
