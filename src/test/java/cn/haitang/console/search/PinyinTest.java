package cn.haitang.console.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How names are spelled for the pinyin fields. */
class PinyinTest {

    @Test
    void aNameGivesItsFullPinyinAndInitialsFromEverySyllableOn() {
        assertThat(Pinyin.full("义庄公寓").split(" ")).contains("yizhuanggongyu", "zhuanggongyu", "gongyu", "yu");
        assertThat(Pinyin.initials("义庄公寓").split(" ")).contains("yzgy", "zgy", "gy", "y");
    }

    @Test
    void aCharacterWithTwoReadingsGivesBothSpellingsAndLatinLettersAndDigitsStay() {
        assertThat(Pinyin.initials("长江1号").split(" ")).contains("cj1h", "zj1h");
        assertThat(Pinyin.full("A区").split(" ")).contains("aqu");
        assertThat(Pinyin.typed("Yi Zhuang’ｇｏｎｇ")).isEqualTo("yizhuanggong");
    }
}
