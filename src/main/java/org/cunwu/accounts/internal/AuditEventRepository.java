package org.cunwu.accounts.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface AuditEventRepository extends JpaRepository<AuditEvent, Long>, JpaSpecificationExecutor<AuditEvent> {

    long countByUsernameAndKind(String username, String kind);

    long countBySubjectAndKind(String subject, String kind);
}
