/** The pairing views and forms: they call the pairing services only, through the shared UI toolkit. */
@org.jspecify.annotations.NullMarked
package cn.haitang.console.pairing.ui;
