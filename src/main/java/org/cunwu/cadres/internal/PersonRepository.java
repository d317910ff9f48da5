package org.cunwu.cadres.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PersonRepository extends JpaRepository<Person, Long> {

    @Query("""
            select distinct p from Person p, PostHeld h
            where h.person = p and h.village.town.id = :townId order by p.name
            """)
    List<Person> findByTown(Long townId);

    @Query("select distinct p from Person p, PostHeld h where h.person = p and h.village.id = :villageId order by p.name")
    List<Person> findByVillage(Long villageId);

    @Query("select distinct p from Person p, PostHeld h where h.person = p and p.id in :ids and h.village.town.id = :townId")
    List<Person> findByIdInAndTown(Collection<Long> ids, Long townId);

    @Query("select distinct p from Person p, PostHeld h where h.person = p and p.id in :ids and h.village.id = :villageId")
    List<Person> findByIdInAndVillage(Collection<Long> ids, Long villageId);

    @Query("select count(h) > 0 from PostHeld h where h.person.id = :personId and h.village.town.id = :townId")
    boolean heldPostInTown(Long personId, Long townId);

    @Query("select count(h) > 0 from PostHeld h where h.person.id = :personId and h.village.id = :villageId")
    boolean heldPostInVillage(Long personId, Long villageId);

    @Query("select count(h) = 0 from PostHeld h where h.person.id = :personId")
    boolean heldNoPost(Long personId);

    List<Person> findAllByOrderByName();

    List<Person> findByNameAndBirthDate(String name, LocalDate birthDate);
}
