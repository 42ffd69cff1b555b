package cn.haitang.console.pairing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.haitang.console.security.ScopeViolationException;
import cn.haitang.console.support.ServiceTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The 共驻共建 figures for the city and one town/street, and their scope. */
class PairingFiguresServiceTest extends ServiceTest {

    @Autowired
    PairingFiguresService figures;
    @Autowired
    Fixtures fx;

    @Test
    void figuresByTownAreComputedForTheWholeCityAndOneTown() {
        login.as("admin");
        List<TownPairingFigures> towns = figures.pairingFiguresByTown();
        assertThat(towns).hasSize(14);
        assertThat(towns.stream().mapToLong(TownPairingFigures::institutionsPaired).sum()).isEqualTo(85);
        PairingFigures meili = figures.figures(fx.town("meili"));
        assertThat(meili.institutionsPaired()).isEqualTo(towns.get(6).institutionsPaired());
        assertThat(meili.members()).isPositive();
        login.as("meili");
        assertThat(figures.figures(null).members()).isEqualTo(meili.members());
        assertThatThrownBy(() -> figures.figures(fx.town("yushan"))).isInstanceOf(ScopeViolationException.class);
    }
}
