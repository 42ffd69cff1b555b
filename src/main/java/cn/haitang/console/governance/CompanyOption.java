package cn.haitang.console.governance;


/** A property company to choose from. */
public record CompanyOption(long id, String name) {
}
