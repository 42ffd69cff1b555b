package cn.haitang.console.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.communication.UidlRequestHandler;
import java.io.IOException;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Keeps each UI's last answer in half the memory. Flow keeps the whole JSON of the last UIDL answer in the
 * session, to send it again should the browser repeat a message whose answer it lost; a view's first answer
 * is 40–190 thousand characters, and one Chinese character makes Java store all of them in two bytes each —
 * the largest single thing an idle session held. Written again with every character beyond Latin-1 as a JSON
 * escape ({@code \u4e2d}), the same JSON is stored one byte per character. The answer the browser gets now is
 * unchanged; a repeated message gets the escaped copy, which parses to the same values.
 */
@Component
class CompactLastResponse implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        // handlers added here run before the built-in ones, so this one answers every UIDL request
        event.addRequestHandler(new Handler());
    }

    static final class Handler extends UidlRequestHandler {

        @Override
        public Optional<ResponseWriter> synchronizedHandleRequest(VaadinSession session, VaadinRequest request,
                                                                  VaadinResponse response, String requestBody)
                throws IOException {
            // found before the request runs: it may end the session (a logout), after which no UI can be looked up
            UI ui = session.getService().findUI(request);
            Optional<ResponseWriter> answer = super.synchronizedHandleRequest(session, request, response, requestBody);
            if (ui != null) {
                String last = ui.getInternals().getLastRequestResponse();
                if (last != null) {
                    ui.getInternals().setLastRequestResponse(latin1(last));
                }
            }
            return answer;
        }
    }

    /** The JSON with every character beyond Latin-1 escaped; the same string when there is none. */
    static String latin1(String json) {
        int first = -1;
        for (int i = 0; i < json.length(); i++) {
            if (json.charAt(i) > 0xFF) {
                first = i;
                break;
            }
        }
        if (first < 0) {
            return json;
        }
        StringBuilder out = new StringBuilder(json.length() + json.length() / 8);
        out.append(json, 0, first);
        for (int i = first; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c > 0xFF) {
                // non-ASCII characters occur only inside JSON strings, where an escape is always allowed
                out.append("\\u").append(Character.forDigit(c >> 12 & 0xF, 16)).append(Character.forDigit(c >> 8 & 0xF, 16))
                        .append(Character.forDigit(c >> 4 & 0xF, 16)).append(Character.forDigit(c & 0xF, 16));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
