package cn.haitang.console.governance;

import cn.haitang.console.base.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A property service company in the registry. */
@Entity
@Table(name = "property_company")
class PropertyCompany extends AbstractEntity {

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "credit_code", nullable = false, length = 18)
    private String creditCode;

    @Column(name = "contact_person", nullable = false, length = 32)
    private String contactPerson;

    @Column(name = "contact_phone", nullable = false, length = 20)
    private String contactPhone;

    protected PropertyCompany() {
    }

    PropertyCompany(String name, String creditCode, String contactPerson, String contactPhone) {
        describe(name, creditCode, contactPerson, contactPhone);
    }

    void describe(String name, String creditCode, String contactPerson, String contactPhone) {
        this.name = name;
        this.creditCode = creditCode;
        this.contactPerson = contactPerson;
        this.contactPhone = contactPhone;
    }

    String getName() {
        return name;
    }

    String getCreditCode() {
        return creditCode;
    }

    String getContactPerson() {
        return contactPerson;
    }

    String getContactPhone() {
        return contactPhone;
    }
}
