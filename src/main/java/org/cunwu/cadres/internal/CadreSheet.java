package org.cunwu.cadres.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.cunwu.cadres.Gender;
import org.cunwu.shared.export.Columns;
import org.springframework.stereotype.Component;

/**
 * The cadre roster as a spreadsheet: the export's columns are the import template's, with Chinese headers
 * and labels as the district keeps its ledgers (台账), so that an exported file can be edited and uploaded
 * again whatever language the user reads the screen in.
 */
@Component
class CadreSheet {

    static final List<String> HEADERS = List.of("姓名", "性别", "出生日期", "手机号", "学历", "入党时间", "返乡人员",
            "村（社区）代码", "村（社区）", "职务", "任职开始日期", "任职结束日期", "离任原因", "离任说明");

    static final Map<Gender, String> GENDER = Map.of(Gender.MALE, "男", Gender.FEMALE, "女");
    static final Map<Education, String> EDUCATION = Map.of(Education.PRIMARY, "小学", Education.JUNIOR_HIGH, "初中",
            Education.SENIOR_HIGH, "高中", Education.VOCATIONAL, "中专", Education.JUNIOR_COLLEGE, "大专",
            Education.BACHELOR, "本科", Education.POSTGRADUATE, "研究生");
    static final Map<EndReason, String> END_REASON = Map.of(EndReason.TERM_ENDED, "任期届满", EndReason.NOT_COMPETENT, "不胜任调整",
            EndReason.RESIGNED, "辞职", EndReason.PROMOTED, "提拔", EndReason.OTHER, "其他");

    /**
     * The roster's columns, headed by the template's Chinese headers (no message keys: they stay as they are); the
     * phone is masked unless the reader may edit the person.
     */
    Columns<PostHeld> columns(Predicate<PostHeld> showPhone) {
        List<Function<PostHeld, ?>> values = List.of(post -> post.getPerson().getName(),
                post -> label(GENDER, post.getPerson().getGender()), post -> post.getPerson().getBirthDate(),
                post -> showPhone.test(post) ? post.getPerson().getPhone() : post.getPerson().getMaskedPhone(),
                post -> label(EDUCATION, post.getPerson().getEducation()), post -> post.getPerson().getPartyMemberSince(),
                post -> post.getPerson().isReturnedFromOutside() ? "是" : "否", post -> post.getVillage().getCode(),
                post -> post.getVillage().getName(), post -> post.getPostType().getNameZh(), PostHeld::getFromDate,
                PostHeld::getToDate, post -> label(END_REASON, post.getEndReason()), PostHeld::getEndNote);
        Columns<PostHeld> columns = Columns.of(PostHeld.class);
        for (int i = 0; i < HEADERS.size(); i++) {
            columns.add(HEADERS.get(i), values.get(i));
        }
        return columns;
    }

    private static <E> String label(Map<E, String> labels, E value) {
        return value == null ? null : labels.get(value);
    }

    static <E> Optional<E> fromLabel(Map<E, String> labels, String label) {
        Map<String, E> reverse = labels.entrySet().stream().collect(Collectors.toMap(Map.Entry::getValue, Map.Entry::getKey));
        return Optional.ofNullable(reverse.get(label));
    }

    static LocalDate parseDate(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim().replace('/', '-').replace('.', '-'));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(text);
        }
    }

    static String labels(Map<?, String> labels) {
        return Arrays.stream(labels.values().toArray(String[]::new)).sorted().collect(Collectors.joining("、"));
    }
}
