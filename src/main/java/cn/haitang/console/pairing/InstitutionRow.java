package cn.haitang.console.pairing;

import org.jspecify.annotations.Nullable;

/** An institution in the registry, with its active pairing and its members’ report rate. */
public record InstitutionRow(long id, long version, String name, InstitutionKind kind, String partyOrganisation,
                             String contactPerson, @Nullable String contactPhone,
                             int inServiceMembers, @Nullable String townName,
                             int communities, long membersReported) {

    /** Members reported / in-service members, 0..1 (0 when the institution declared none). */
    public double reportRate() {
        return inServiceMembers == 0 ? 0 : (double) membersReported / inServiceMembers;
    }
}
