package cn.haitang.console.base.demo;

import java.util.Random;

/**
 * Realistic, deterministic Chinese names and numbers for the demo data: the same seed gives the same
 * people on every start. Not for production data.
 */
public final class DemoNames {

    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢钱顾陆";
    private static final String GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超霞平刚桂英华建国红梅文斌海燕玉兰志强春雷晓东立新凤琴金龙永健雅琴子涵浩然欣怡宇轩梓萱";

    private DemoNames() {
    }

    public static String person(Random random) {
        StringBuilder name = new StringBuilder().append(SURNAMES.charAt(random.nextInt(SURNAMES.length())));
        int length = random.nextInt(10) < 7 ? 2 : 1;
        for (int i = 0; i < length; i++) {
            name.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
        }
        return name.toString();
    }

    /** An 11-digit mainland mobile number. */
    public static String mobile(Random random) {
        String[] prefixes = {"131", "133", "135", "136", "137", "138", "139", "150", "151", "152", "157", "158", "159",
                "177", "180", "181", "187", "188", "189", "199"};
        return prefixes[random.nextInt(prefixes.length)] + String.format("%08d", random.nextInt(100_000_000));
    }
}
