package cn.haitang.console.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Chinese first, English on request: both languages have every text, and views hard-code none. */
class TranslationsTest {

    private static final Path BUNDLES = Path.of("src/main/resources/i18n");
    private static final Pattern CJK_LITERAL = Pattern.compile("\"[^\"]*[\\u4e00-\\u9fff][^\"]*\"");

    @Test
    void everyChineseTextHasAnEnglishOneAndTheOtherWayRound() throws IOException {
        try (Stream<Path> files = Files.list(BUNDLES)) {
            List<Path> chinese = files.filter(p -> !p.getFileName().toString().contains("_")).toList();
            assertThat(chinese).isNotEmpty();
            for (Path zh : chinese) {
                Path en = zh.resolveSibling(zh.getFileName().toString().replace(".properties", "_en.properties"));
                Properties zhKeys = load(zh);
                Properties enKeys = load(en);
                assertThat(enKeys.keySet()).as("keys of %s", en).containsExactlyInAnyOrderElementsOf(zhKeys.keySet());
                zhKeys.forEach((key, value) -> assertThat(value.toString()).as("%s in %s", key, zh).isNotBlank());
            }
        }
    }

    @Test
    void noKeyIsDefinedInTwoBundlesSoTheirOrderNeverMatters() throws IOException {
        java.util.Map<Object, Path> owner = new java.util.HashMap<>();
        try (Stream<Path> files = Files.list(BUNDLES)) {
            for (Path zh : files.filter(p -> !p.getFileName().toString().contains("_")).sorted().toList()) {
                for (Object key : load(zh).keySet()) {
                    Path first = owner.putIfAbsent(key, zh);
                    assertThat(first).as("%s is defined in %s and in %s", key, first, zh).isNull();
                }
            }
        }
        assertThat(cn.haitang.console.base.i18n.Translations.translate("form.integer",
                cn.haitang.console.base.i18n.Translations.CHINESE, 0, 9)).isEqualTo("请输入 0 到 9 之间的整数");
    }

    @Test
    void viewsHardCodeNoChineseText() throws IOException {
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            List<String> offenders = sources
                    .filter(p -> p.toString().contains("/ui/") && p.toString().endsWith(".java"))
                    .filter(p -> {
                        try {
                            return Files.readAllLines(p).stream()
                                    .filter(line -> !line.trim().startsWith("//") && !line.trim().startsWith("*"))
                                    .anyMatch(line -> CJK_LITERAL.matcher(line).find());
                        } catch (IOException e) {
                            throw new IllegalStateException(e);
                        }
                    })
                    .map(Path::toString)
                    .toList();
            assertThat(offenders).as("views with hard-coded Chinese text").isEmpty();
        }
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
