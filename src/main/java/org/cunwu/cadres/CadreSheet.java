package org.cunwu.cadres;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

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

    List<String> headers() {
        return HEADERS;
    }

    /** One post as a row; the phone is masked unless the reader may edit the person. */
    List<Object> row(PostHeld post, boolean showPhone) {
        Person p = post.getPerson();
        List<Object> cells = new ArrayList<>();
        cells.add(p.getName());
        cells.add(p.getGender() == null ? null : GENDER.get(p.getGender()));
        cells.add(date(p.getBirthDate()));
        cells.add(showPhone ? p.getPhone() : p.getMaskedPhone());
        cells.add(p.getEducation() == null ? null : EDUCATION.get(p.getEducation()));
        cells.add(date(p.getPartyMemberSince()));
        cells.add(p.isReturnedFromOutside() ? "是" : "否");
        cells.add(post.getVillage().getCode());
        cells.add(post.getVillage().getName());
        cells.add(post.getPostType().getNameZh());
        cells.add(date(post.getFromDate()));
        cells.add(date(post.getToDate()));
        cells.add(post.getEndReason() == null ? null : END_REASON.get(post.getEndReason()));
        cells.add(post.getEndNote());
        return cells;
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

    private static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }

    static String labels(Map<?, String> labels) {
        return Arrays.stream(labels.values().toArray(String[]::new)).sorted().collect(Collectors.joining("、"));
    }
}
