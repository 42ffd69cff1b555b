package cn.haitang.console.pairing;

import org.jspecify.annotations.Nullable;

/** What the admin enters for an institution. */
public record InstitutionForm(String name, InstitutionKind kind, String partyOrganisation, String contactPerson,
                              @Nullable String contactPhone, int inServiceMembers) {
}
