package cn.haitang.console.governance;

import cn.haitang.console.base.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A residents' satisfaction survey of the property service. */
@Entity
@Table(name = "satisfaction_survey")
class SatisfactionSurvey extends AbstractEntity {

    @Column(name = "compound_id", nullable = false)
    private long compoundId;

    @Column(name = "town_id", nullable = false)
    private long townId;

    @Column(name = "survey_date", nullable = false)
    private LocalDate surveyDate;

    @Column(name = "sample_size", nullable = false)
    private int sampleSize;

    @Column(nullable = false)
    private int satisfied;

    protected SatisfactionSurvey() {
    }

    SatisfactionSurvey(long compoundId, long townId, LocalDate surveyDate, int sampleSize, int satisfied) {
        this.compoundId = compoundId;
        this.townId = townId;
        this.surveyDate = surveyDate;
        this.sampleSize = sampleSize;
        this.satisfied = satisfied;
    }

    long getCompoundId() {
        return compoundId;
    }

    long getTownId() {
        return townId;
    }
}
