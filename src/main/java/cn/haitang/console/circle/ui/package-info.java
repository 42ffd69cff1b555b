/** The service circle's views: positions, scenes, sessions and coverage; they call the circle's services only. */
@org.jspecify.annotations.NullMarked
package cn.haitang.console.circle.ui;
