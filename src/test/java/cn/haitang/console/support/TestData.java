package cn.haitang.console.support;

import cn.haitang.console.region.CommunityRef;
import cn.haitang.console.region.CompoundForm;
import cn.haitang.console.region.CompoundRef;
import cn.haitang.console.region.ManagementMode;
import cn.haitang.console.region.MicroGridRow;
import cn.haitang.console.region.RegionService;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The one test-data builder: tests create the records they assert on (through the services, as the city
 * admin) instead of finding demo rows by their Chinese names. Names carry a per-run counter, so tests
 * never collide with the demo data or each other. A feature adds its own builder beside its tests
 * (e.g. {@code circle/CircleTestData}) on top of this one; figure tests of the demo data stay as they are.
 */
@Component
public class TestData {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    private final RegionService region;
    private final TestLogin login;
    private final JdbcTemplate jdbc;

    TestData(RegionService region, TestLogin login, JdbcTemplate jdbc) {
        this.region = region;
        this.login = login;
        this.jdbc = jdbc;
    }

    /** A place of its own in a town/street: a new community with one compound and one micro-grid. */
    public record Place(long townId, long communityId, String communityName, long compoundId, String compoundName,
                        long microGridId, String microGridName) {
    }

    /** The id of a reference town/street by its code (yushan, meili, …). */
    public long town(String code) {
        Long id = jdbc.queryForObject("SELECT id FROM town WHERE code = ?", Long.class, code);
        if (id == null) {
            throw new IllegalArgumentException("no town " + code);
        }
        return id;
    }

    /** A name no other test and no demo record has: "测试小区-17". */
    public static String unique(String prefix) {
        return prefix + "-" + COUNTER.incrementAndGet();
    }

    /** A new community, compound and micro-grid in the town with this code. */
    public Place place(String townCode) {
        long townId = town(townCode);
        return asAdmin(() -> {
            CommunityRef community = region.createCommunity(townId, unique("测试社区"));
            CompoundRef compound = region.createCompound(new CompoundForm(community.id(), unique("测试小区"),
                    "测试路1号", 2005, 6, 300, true, ManagementMode.PROPERTY_COMPANY, true, null));
            MicroGridRow grid = region.createMicroGrid(compound.id(), unique("测试网格"), "网格员", 120);
            return new Place(townId, community.id(), community.name(), compound.id(), compound.name(), grid.id(),
                    grid.name());
        });
    }

    /** Another compound with its micro-grid in an existing place's community. */
    public Place compoundBeside(Place place) {
        return asAdmin(() -> {
            CompoundRef compound = region.createCompound(new CompoundForm(place.communityId(), unique("测试小区"),
                    "测试路2号", 2010, 4, 200, true, ManagementMode.PROPERTY_COMPANY, true, null));
            MicroGridRow grid = region.createMicroGrid(compound.id(), unique("测试网格"), "网格员", 80);
            return new Place(place.townId(), place.communityId(), place.communityName(), compound.id(),
                    compound.name(), grid.id(), grid.name());
        });
    }

    /** Runs a builder step as the city admin and puts the test's own login back afterwards. */
    public <T> T asAdmin(Supplier<T> step) {
        SecurityContext previous = SecurityContextHolder.getContext();
        login.as("admin");
        try {
            return step.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
