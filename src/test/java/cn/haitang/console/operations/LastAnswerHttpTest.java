package cn.haitang.console.operations;

import static org.assertj.core.api.Assertions.assertThat;

import cn.haitang.console.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The session keeps each UI's last answer so that a message the browser repeats (its answer lost on the way) is
 * answered again; the console keeps it with Chinese text escaped, one byte per character instead of two. Over
 * HTTP: the repeated message gets the same answer, value for value, and the kept copy is what was compacted.
 */
@IntegrationTest
class LastAnswerHttpTest {

    @LocalServerPort
    int port;

    @Test
    void aRepeatedMessageGetsTheSameAnswerFromTheCompactedCopy() throws Exception {
        VaadinClient browser = new VaadinClient("http://localhost:" + port + "/");
        assertThat(browser.signIn("yushan", "demo")).isTrue();
        assertThat(browser.open("")).isNotNull();
        VaadinClient.Uidl answer = browser.navigate("compounds");
        assertThat(answer.ok()).isTrue();
        assertThat(answer.body()).as("the answer as sent, in Chinese").contains("小区");

        VaadinClient.Uidl again = browser.repeatLast();

        assertThat(again.ok()).isTrue();
        assertThat(again.json()).as("the same values").isEqualTo(answer.json());
        assertThat(again.body().chars().filter(c -> c > 0xFF)).as("kept with Chinese escaped: one byte a character")
                .isEmpty();
        assertThat(browser.navigate("pairing/matters").ok()).as("the UI goes on after the repeat").isTrue();
    }
}
