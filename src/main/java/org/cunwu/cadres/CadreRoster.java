package org.cunwu.cadres;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.cunwu.cadres.internal.CadreFilter;
import org.cunwu.cadres.internal.CadreService;
import org.cunwu.cadres.internal.Person;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules read of the cadre register, as read-only records and within the signed-in user's scope (a person
 * is visible where one of their posts lies in it): people to enrol in a programme, the posts a search finds, and the
 * adjustments a campaign counts.
 */
@NamedInterface("api")
@Service
public class CadreRoster {

    private final CadreService cadres;

    CadreRoster(CadreService cadres) {
        this.cadres = cadres;
    }

    /** The people the user may see, by name. */
    @Transactional(readOnly = true)
    public List<PersonRef> personChoices() {
        return cadres.personChoices().stream().map(CadreRoster::ref).toList();
    }

    /** A person the user may see; otherwise {@link org.cunwu.shared.RecordNotFoundException} (404). */
    @Transactional(readOnly = true)
    public PersonRef person(Long id) {
        return ref(cadres.person(id));
    }

    /** Those of these people the user may see, by id; the others are left out. */
    @Transactional(readOnly = true)
    public Map<Long, PersonRef> visiblePersons(Collection<Long> ids) {
        return cadres.visiblePersons(ids).stream().map(CadreRoster::ref)
                .collect(Collectors.toMap(PersonRef::id, Function.identity()));
    }

    /** The first posts in the user's scope that the cadre list finds for the text, by the person's name; with their total. */
    @Transactional(readOnly = true)
    public Page<CadrePost> search(String q, int size) {
        return cadres.list(new CadreFilter(q, null, null, null, null, null, null), PageRequest.of(0, size, Sort.by("person.name", "id")))
                .map(h -> new CadrePost(h.getPerson().getId(), h.getPerson().getName(), h.getVillage().getName(),
                        h.getPostType().getNameZh(), h.getPostType().getNameEn(), h.isCurrent()));
    }

    /** The adjustments (not competent) of cadres per village id, for these villages and the period; villages with none are left out. */
    @Transactional(readOnly = true)
    public Map<Long, Long> adjustmentsPerVillage(Collection<Long> villageIds, LocalDate from, LocalDate to) {
        return cadres.adjustmentsIn(villageIds, from, to).stream()
                .collect(Collectors.groupingBy(p -> p.getVillage().getId(), Collectors.counting()));
    }

    private static PersonRef ref(Person person) {
        return new PersonRef(person.getId(), person.getName(), person.getBirthDate());
    }
}
