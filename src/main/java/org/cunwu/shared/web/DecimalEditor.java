package org.cunwu.shared.web;

import java.beans.PropertyEditorSupport;
import java.math.BigDecimal;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Numbers in forms and request parameters are plain decimals: {@code 0x1F}, {@code #1F}, {@code 010} read
 * as octal or {@code 1e3} are type errors. A formatter is not enough: when the conversion service refuses a
 * value, Spring's binder falls back to its default number editor, which decodes hexadecimal (0x1F as 31);
 * an editor registered on the binder is asked first and alone. Shown back without grouping or exponent.
 */
class DecimalEditor<T> extends PropertyEditorSupport {

    private static final Pattern WHOLE = Pattern.compile("[+-]?\\d+");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");

    private final Pattern pattern;
    private final Function<String, T> parser;
    private final Function<T, String> printer;
    private final boolean allowEmpty;

    private DecimalEditor(Pattern pattern, Function<String, T> parser, Function<T, String> printer, boolean allowEmpty) {
        this.pattern = pattern;
        this.parser = parser;
        this.printer = printer;
        this.allowEmpty = allowEmpty;
    }

    /** A whole number ({@code Integer}, {@code Long}); a primitive ({@code allowEmpty} false) needs a value. */
    static <T> DecimalEditor<T> whole(Function<String, T> parser, boolean allowEmpty) {
        return new DecimalEditor<>(WHOLE, parser, String::valueOf, allowEmpty);
    }

    static DecimalEditor<BigDecimal> decimal() {
        return new DecimalEditor<>(DECIMAL, BigDecimal::new, BigDecimal::toPlainString, true);
    }

    @Override
    public void setAsText(String text) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty() && allowEmpty) {
            setValue(null);
            return;
        }
        if (!pattern.matcher(value).matches()) {
            throw new IllegalArgumentException("not a decimal number");
        }
        // an overflowing whole number throws NumberFormatException, an IllegalArgumentException: a type error too
        setValue(parser.apply(value));
    }

    @Override
    @SuppressWarnings("unchecked")
    public String getAsText() {
        Object value = getValue();
        return value == null ? "" : printer.apply((T) value);
    }
}
