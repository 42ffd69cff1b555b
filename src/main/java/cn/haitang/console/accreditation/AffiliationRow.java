package cn.haitang.console.accreditation;

/** One institution a reviewer belongs to, with the version the user saw. */
public record AffiliationRow(long id, long version, long institutionId, String institutionName) {
}
