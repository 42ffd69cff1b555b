/**
 * 治理资金与创投: the city's special fund 善美海棠红 and the communities' governance funds, kept as a ledger of
 * movements (balances are sums, a wrong movement is reversed, spending above a fund's threshold needs a second
 * person), their public disclosure, and the governance venture contest (years, rubric, proposals, jury,
 * awards paid from a fund, implementation tracking). Rules live in {@link cn.haitang.console.funds.FundService},
 * {@link cn.haitang.console.funds.LedgerService}, {@link cn.haitang.console.funds.DisclosureService} and
 * {@link cn.haitang.console.funds.ContestService}.
 */
@org.jspecify.annotations.NullMarked
package cn.haitang.console.funds;
