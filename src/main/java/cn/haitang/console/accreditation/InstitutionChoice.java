package cn.haitang.console.accreditation;

/** An institution a reviewer may be affiliated with. */
public record InstitutionChoice(long id, String name) {
}
