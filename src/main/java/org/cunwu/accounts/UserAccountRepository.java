package org.cunwu.accounts;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String username);

    boolean existsByUsername(String username);

    @Query("""
            select u from UserAccount u
            where u.username like concat('%', :q, '%') or u.displayName like concat('%', :q, '%')
            """)
    Page<UserAccount> search(String q, Pageable pageable);
}
