package org.cunwu.cadres.internal;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.cunwu.shared.VersionedEntity;
import org.hibernate.envers.Audited;

/** A person's membership of a cohort, from a date. */
@Entity
@Audited
@Table(name = "cohort_member")
public class CohortMember extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cohort_id")
    private Cohort cohort;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id")
    private Person person;

    private LocalDate joinedOn;

    protected CohortMember() {
    }

    CohortMember(Cohort cohort, Person person, LocalDate joinedOn) {
        this.cohort = cohort;
        this.person = person;
        this.joinedOn = joinedOn;
    }

    public Cohort getCohort() {
        return cohort;
    }

    public Person getPerson() {
        return person;
    }

    public LocalDate getJoinedOn() {
        return joinedOn;
    }
}
