package cn.haitang.console.pairing;

import cn.haitang.console.support.TestData;
import java.time.LocalDate;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The pairing feature's test-data builder on top of {@link TestData}: a new institution actively paired
 * with a new community (with a compound and a micro-grid) of a town/street, built through the services
 * as the city admin.
 */
@Component
class PairingTestData {

    /** An institution, its active pairing and the place it is paired with. */
    record Paired(long institutionId, long pairingId, TestData.Place place) {
    }

    private final TestData data;
    private final InstitutionService institutions;

    PairingTestData(TestData data, InstitutionService institutions) {
        this.data = data;
        this.institutions = institutions;
    }

    Paired paired(String townCode) {
        TestData.Place place = data.place(townCode);
        return data.asAdmin(() -> {
            long institution = institutions.createInstitution(new InstitutionForm(TestData.unique("测试结对单位"),
                    InstitutionKind.STATE_ENTERPRISE, "中共测试委员会", "王伟", "13812345678", 100));
            long pairing = institutions.createPairing(new PairingForm(institution, place.townId(), Set.of(place.communityId()),
                    LocalDate.of(2024, 1, 1), "助老、消防", 15));
            return new Paired(institution, pairing, place);
        });
    }
}
