package cn.haitang.console.security;

import cn.haitang.console.base.RuleViolationException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What a new password must be: at least {@value #MIN_LENGTH} characters with letters and digits, at most
 * 72 bytes (BCrypt ignores the rest), not containing the user name, not one of the common passwords in
 * {@code security/common-passwords.txt}, not one character pattern repeated. Every refusal lands at the
 * password field.
 */
@Component
class PasswordPolicy {

    static final int MIN_LENGTH = 10;
    private static final int MAX_BYTES = 72;

    private final Set<String> common;

    PasswordPolicy() {
        this.common = load();
    }

    /** The password when it may be used; otherwise refused at the field {@code password}. */
    String check(@Nullable String username, @Nullable String password) {
        Optional<String> problem = problem(username, password);
        if (problem.isPresent()) {
            throw RuleViolationException.atField("password", problem.get(), MIN_LENGTH);
        }
        return password;
    }

    /** The message key of the first rule the password breaks, or empty. */
    Optional<String> problem(@Nullable String username, @Nullable String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH
                || !password.chars().anyMatch(Character::isLetter) || !password.chars().anyMatch(Character::isDigit)) {
            return Optional.of("password.error.rules");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of("password.error.tooLong");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        if (name.length() >= 3 && lower.contains(name)) {
            return Optional.of("password.error.username");
        }
        if (common.contains(lower) || password.chars().distinct().count() < 4) {
            return Optional.of("password.error.common");
        }
        return Optional.empty();
    }

    /** The rule in English, for operators (the start-up refusal of {@code HAITANG_ADMIN_PASSWORD}). */
    static String describe(String problem) {
        return switch (problem) {
            case "password.error.rules" -> "it needs at least " + MIN_LENGTH + " characters, with letters and digits";
            case "password.error.tooLong" -> "it is longer than " + MAX_BYTES + " bytes";
            case "password.error.username" -> "it contains the user name";
            default -> "it is a common password";
        };
    }

    private static Set<String> load() {
        try (InputStream in = new ClassPathResource("security/common-passwords.txt").getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new IllegalStateException("security/common-passwords.txt is missing", e);
        }
    }
}
