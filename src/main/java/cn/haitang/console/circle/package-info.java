/**
 * 服务阵地与幸福场景: the "1510" party-mass service circle. Service positions of a community (its service
 * centre, 1510 station, open spaces, rooms lent by paired institutions) with opening hours that include
 * off-peak and late slots; happiness scenes on them with their target groups and lifecycle; and the
 * service records of each session held, from which person-times and volunteer hours are summed. Rules
 * live in {@link cn.haitang.console.circle.PositionService}, {@link cn.haitang.console.circle.SceneService},
 * {@link cn.haitang.console.circle.ServiceRecordService} and {@link cn.haitang.console.circle.CircleFiguresService}.
 */
@org.jspecify.annotations.NullMarked
package cn.haitang.console.circle;
