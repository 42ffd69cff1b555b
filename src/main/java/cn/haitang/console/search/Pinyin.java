package cn.haitang.console.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * How a name is typed in pinyin: 义庄公寓 → "yizhuanggongyu" (full) and "yzgy" (initials). A character
 * with several readings (长: chang/zhang) gives several spellings, at most {@value #MAX_SPELLINGS}. Each
 * spelling is also given from every syllable on ("zhuanggongyu", "gongyu", …) so that typing the middle of
 * a name by pinyin finds it too; the index matches what is typed as a prefix of these.
 */
final class Pinyin {

    static final int MAX_SPELLINGS = 8;
    private static final int MAX_READINGS_PER_CHARACTER = 2;
    private static final HanyuPinyinOutputFormat FORMAT = new HanyuPinyinOutputFormat();

    static {
        FORMAT.setCaseType(HanyuPinyinCaseType.LOWERCASE);
        FORMAT.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
        FORMAT.setVCharType(HanyuPinyinVCharType.WITH_V);
    }

    private Pinyin() {
    }

    /** The index text of the full spellings: every spelling from every syllable on, space-separated. */
    static String full(String name) {
        return String.join(" ", tails(spellings(name), false));
    }

    /** The index text of the initials, likewise ("yzgy zgy gy y"). */
    static String initials(String name) {
        return String.join(" ", tails(spellings(name), true));
    }

    /** What a user typed, as the pinyin fields compare it: half-width, lower case, no spaces or apostrophes. */
    static String typed(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replaceAll("[\\s'’]", "");
    }

    /** Each spelling as its syllables (a letter or digit of a Latin name is a syllable of its own). */
    static List<List<String>> spellings(String name) {
        List<List<String>> spellings = new ArrayList<>();
        spellings.add(new ArrayList<>());
        for (int i = 0; i < name.length(); i++) {
            char c = Normalizer.normalize(String.valueOf(name.charAt(i)), Normalizer.Form.NFKC).charAt(0);
            List<String> readings = readings(c);
            if (readings.isEmpty()) {
                continue;
            }
            List<List<String>> next = new ArrayList<>();
            for (List<String> spelling : spellings) {
                for (String reading : readings) {
                    if (next.size() >= MAX_SPELLINGS) {
                        break;
                    }
                    List<String> longer = new ArrayList<>(spelling);
                    longer.add(reading);
                    next.add(longer);
                }
            }
            spellings = next;
        }
        return spellings.getFirst().isEmpty() ? List.of() : spellings;
    }

    private static List<String> readings(char c) {
        if (Character.isLetterOrDigit(c) && c < 0x80) {
            return List.of(String.valueOf(Character.toLowerCase(c)));
        }
        if (Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN) {
            return List.of();
        }
        try {
            String[] all = net.sourceforge.pinyin4j.PinyinHelper.toHanyuPinyinStringArray(c, FORMAT);
            if (all == null) {
                return List.of();
            }
            Set<String> distinct = new LinkedHashSet<>(List.of(all));
            return distinct.stream().limit(MAX_READINGS_PER_CHARACTER).toList();
        } catch (BadHanyuPinyinOutputFormatCombination e) {
            throw new IllegalStateException(e);
        }
    }

    private static Set<String> tails(List<List<String>> spellings, boolean initials) {
        Set<String> tails = new LinkedHashSet<>();
        for (List<String> syllables : spellings) {
            for (int from = 0; from < syllables.size(); from++) {
                StringBuilder tail = new StringBuilder();
                for (String syllable : syllables.subList(from, syllables.size())) {
                    tail.append(initials ? syllable.substring(0, 1) : syllable);
                }
                tails.add(tail.toString());
            }
        }
        return tails;
    }

    static {
        // touch the helper once so a missing resource fails at start, not at the first search
        PinyinHelper.toHanyuPinyinStringArray('海');
    }
}
