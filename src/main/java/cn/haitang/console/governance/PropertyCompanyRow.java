package cn.haitang.console.governance;


/** A property company with the number of compounds it serves now. */
public record PropertyCompanyRow(long id, String name, String creditCode, String contactPerson, String contactPhone, int compoundsServed, long version) {
}
