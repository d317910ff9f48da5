package org.cunwu.shared;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;

/**
 * What every record row has: a generated id and an optimistic-lock version (the {@code id} and {@code version} columns).
 * {@code @Audited} here only takes effect for audited records, whose history keeps both columns as before.
 */
@MappedSuperclass
@Audited
public abstract class VersionedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private Long version;

    public Long getId() {
        return id;
    }

    public Long getVersion() {
        return version;
    }
}
