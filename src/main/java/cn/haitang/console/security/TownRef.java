package cn.haitang.console.security;

/** A town or street as the rest of the app refers to it. */
public record TownRef(long id, String code, String name, boolean street) {
}
