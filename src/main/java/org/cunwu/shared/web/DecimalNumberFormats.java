package org.cunwu.shared.web;

import java.math.BigDecimal;
import java.text.ParseException;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.springframework.context.annotation.Configuration;
import org.springframework.format.Formatter;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Numbers in forms and request parameters are plain decimals: {@code 0x1F}, {@code #1F} or {@code 1e3}
 * are type errors, where Spring's default conversion would decode them (0x1F as 31). Shown back without
 * grouping or exponent, so a figure edited and saved again reads the same.
 */
@Configuration
class DecimalNumberFormats implements WebMvcConfigurer {

    static final Pattern WHOLE = Pattern.compile("[+-]?\\d+");
    static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addFormatterForFieldType(Integer.class, new Decimal<>(WHOLE, Integer::valueOf, String::valueOf));
        registry.addFormatterForFieldType(Long.class, new Decimal<>(WHOLE, Long::valueOf, String::valueOf));
        registry.addFormatterForFieldType(BigDecimal.class, new Decimal<>(DECIMAL, BigDecimal::new, BigDecimal::toPlainString));
    }

    /** Parses only what the pattern allows; anything else (and an overflowing whole number) is a parse error. */
    record Decimal<T>(Pattern pattern, Function<String, T> parser, Function<T, String> printer) implements Formatter<T> {

        @Override
        public T parse(String text, Locale locale) throws ParseException {
            String value = text.strip();
            if (!pattern.matcher(value).matches()) {
                throw new ParseException(value, 0);
            }
            try {
                return parser.apply(value);
            } catch (NumberFormatException e) {
                throw new ParseException(value, 0);
            }
        }

        @Override
        public String print(T value, Locale locale) {
            return printer.apply(value);
        }
    }
}
