/**
 * Around each compound: its owners' or property management committee with the party vetting of its
 * candidates, the property service (company, satisfaction, fees, disputes) and the four-party
 * coordination meetings, with the committee formation figures computed in the database.
 */
@org.jspecify.annotations.NullMarked
package cn.haitang.console.governance;
