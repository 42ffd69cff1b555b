package cn.haitang.console.pairing;

import cn.haitang.console.base.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** An institution (机关企事业单位 or social organisation) that pairs with a town/street. */
@Entity
@Table(name = "institution")
class Institution extends AbstractEntity {

    @Column(nullable = false, length = 100)
    private String name;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private InstitutionKind kind;
    @Column(name = "party_organisation", nullable = false, length = 100)
    private String partyOrganisation;
    @Column(name = "contact_person", nullable = false, length = 32)
    private String contactPerson;
    @Column(name = "contact_phone", length = 20)
    private @Nullable String contactPhone;
    @Column(name = "in_service_members", nullable = false)
    private int inServiceMembers;

    protected Institution() {
    }

    Institution(InstitutionForm form) {
        describe(form);
    }

    void describe(InstitutionForm form) {
        this.name = form.name().strip();
        this.kind = form.kind();
        this.partyOrganisation = form.partyOrganisation().strip();
        this.contactPerson = form.contactPerson().strip();
        this.contactPhone = form.contactPhone() == null || form.contactPhone().isBlank() ? null : form.contactPhone().strip();
        this.inServiceMembers = form.inServiceMembers();
    }

    String getName() {
        return name;
    }

    InstitutionKind getKind() {
        return kind;
    }

    String getPartyOrganisation() {
        return partyOrganisation;
    }

    String getContactPerson() {
        return contactPerson;
    }

    @Nullable String getContactPhone() {
        return contactPhone;
    }

    int getInServiceMembers() {
        return inServiceMembers;
    }
}
