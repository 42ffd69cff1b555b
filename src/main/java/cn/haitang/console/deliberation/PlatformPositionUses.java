package cn.haitang.console.deliberation;

import cn.haitang.console.circle.PositionUses;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Tells the service circle how many platforms meet on a position, so a position in use is not deleted. */
@Component
class PlatformPositionUses implements PositionUses {

    private final JdbcClient jdbc;

    PlatformPositionUses(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long countUsing(long positionId) {
        return jdbc.sql("SELECT COUNT(*) FROM delib_platform WHERE position_id = ?").param(positionId).query(Long.class)
                .single();
    }
}
