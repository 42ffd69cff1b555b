/**
 * The funds feature's demo data (demo profile only): 善美海棠红 with its 1,000,000 yuan and the canteen
 * grants, 42 community funds raising 2,680,000 yuan, and two contest years with 45 awarded projects.
 */
@org.jspecify.annotations.NullMarked
package cn.haitang.console.funds.demo;
