package cn.haitang.console.circle;

/**
 * Records of another feature that stand on a service position (a deliberation platform meeting there): a position
 * still in use is not deleted. Implemented by those features, so the circle depends on none of them.
 */
public interface PositionUses {

    /** How many of the feature's records use the position. */
    long countUsing(long positionId);
}
