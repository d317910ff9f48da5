package org.cunwu.cadres;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;

/** A person's membership of a cohort, from a date. */
@Entity
@Audited
@Table(name = "cohort_member")
public class CohortMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cohort_id")
    private Cohort cohort;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id")
    private Person person;

    private LocalDate joinedOn;

    @Version
    private Long version;

    protected CohortMember() {
    }

    CohortMember(Cohort cohort, Person person, LocalDate joinedOn) {
        this.cohort = cohort;
        this.person = person;
        this.joinedOn = joinedOn;
    }

    public Long getId() {
        return id;
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
