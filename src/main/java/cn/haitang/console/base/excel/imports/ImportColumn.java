package cn.haitang.console.base.excel.imports;

import java.util.List;
import java.util.stream.Stream;

/**
 * A column a feature imports: the message key of its header (matched in every supported language),
 * whether a file without it is refused, and other headers towns use for it.
 */
public record ImportColumn(String key, boolean required, List<String> synonyms) {

    /** Headers towns write for a mobile number. */
    public static final List<String> PHONE = List.of("手机", "手机号", "手机号码", "联系电话", "联系方式", "电话", "电话号码",
            "phone", "mobile");
    /** Headers towns write for a town or street. */
    public static final List<String> TOWN = List.of("镇(街道)", "镇/街道", "镇街", "镇、街道", "街道(镇)", "所属镇(街道)", "town");
    /** Headers towns write for a resident ID number. */
    public static final List<String> ID_NUMBER = List.of("身份证", "身份证号", "身份证号码", "公民身份号码", "证件号码");

    public static ImportColumn required(String key, String... synonyms) {
        return new ImportColumn(key, true, List.of(synonyms));
    }

    public static ImportColumn required(String key, List<String> synonyms) {
        return new ImportColumn(key, true, synonyms);
    }

    public static ImportColumn optional(String key, String... synonyms) {
        return new ImportColumn(key, false, List.of(synonyms));
    }

    public static ImportColumn optional(String key, List<String> synonyms) {
        return new ImportColumn(key, false, synonyms);
    }

    Stream<String> alternatives() {
        return synonyms.stream();
    }
}
