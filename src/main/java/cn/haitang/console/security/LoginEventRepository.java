package cn.haitang.console.security;

import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface LoginEventRepository extends JpaRepository<LoginEvent, Long>, JpaSpecificationExecutor<LoginEvent> {

    /** Wrong passwords for a username since a moment and since its last successful login. */
    @Query("""
            select count(e) from LoginEvent e
            where e.username = :username and e.outcome = cn.haitang.console.security.LoginOutcome.BAD_CREDENTIALS
              and e.occurredAt > :since
              and e.occurredAt > coalesce((select max(s.occurredAt) from LoginEvent s
                                           where s.username = :username and s.success = true), :since)""")
    long countRecentFailures(@Param("username") String username, @Param("since") Instant since);

    /** Wrong passwords from a client address since a moment, for any user name (a success does not reset it). */
    @Query("""
            select count(e) from LoginEvent e
            where e.remoteAddress = :address and e.occurredAt > :since
              and e.outcome = cn.haitang.console.security.LoginOutcome.BAD_CREDENTIALS""")
    long countRecentAddressFailures(@Param("address") String address, @Param("since") Instant since);
}
