package org.cunwu.cadres.internal;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface PostCorrectionRepository extends Repository<PostCorrection, Long> {

    PostCorrection save(PostCorrection correction);

    @Query("select c from PostCorrection c join fetch c.post p join fetch p.village join fetch p.postType"
            + " where p.person.id = :personId order by c.correctedAt desc, c.id desc")
    List<PostCorrection> findByPerson(Long personId);
}
