package cn.haitang.console.accreditation;

import cn.haitang.console.base.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A scoring rubric (评分细则); its criteria are {@link Criterion} rows. */
@Entity
@Table(name = "accr_rubric")
class Rubric extends AbstractEntity {

    @Column(nullable = false, length = 100)
    private String name;

    protected Rubric() {
    }

    Rubric(String name) {
        this.name = name;
    }

    String getName() {
        return name;
    }

    void rename(String name) {
        this.name = name;
    }
}
