package org.cunwu.reports.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.FontFormatException;
import java.awt.Paint;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

import org.cunwu.projects.ProjectStatus;
import javax.imageio.ImageIO;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;
import org.jfree.svg.ViewBox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The report's key charts, drawn on the server as SVG so that the page, its print and the PDF (which has no browser
 * to run a script in) show the same: the trend per month of commitments fulfilled and problems resolved, problems by
 * category, projects by category and status. JFreeChart lays them out, JFreeSVG writes them; the text is SVG text in
 * the report's Chinese font (the PDF's), so a browser shows it in that font or its own Chinese one, and the PDF draws
 * it with the same font file. Each chart's numbers are also a table of the report.
 */
@Component
class ReportCharts {

    /**
     * One chart: its id (unique on the page), its title, and its SVG element, or for the PDF its PNG as a data URI
     * (openhtmltopdf's SVG drawer, Batik, draws the shapes but not the Chinese text of JFreeSVG's SVG).
     */
    record Chart(String id, String title, String svg, String png) {
    }

    /** The three charts of a report, by name for the templates, and the labels of the trend's rows for its table. */
    record Charts(Chart trend, Chart problems, Chart projects, List<String> trendLabels) {
    }

    /** The family of the PDF's font, the first the SVG text asks for. */
    static final String FONT_FAMILY = "WenQuanYi Micro Hei";

    /** The families the SVG text asks for (in double quotes: JFreeSVG quotes its attributes with single ones). */
    static final String FONT_FAMILIES = "\"" + FONT_FAMILY + "\", \"Noto Sans CJK SC\", \"Microsoft YaHei\", \"PingFang SC\", sans-serif";

    /** ECharts' default colours, so that the printed charts look like the dashboard's. */
    private static final Color[] PALETTE = {new Color(0x5470c6), new Color(0x91cc75), new Color(0xfac858), new Color(0xee6666),
            new Color(0x73c0de), new Color(0x3ba272)};

    static final int WIDTH = 640;

    private static final Logger log = LoggerFactory.getLogger(ReportCharts.class);

    private final MessageSource messages;
    private final Font font;

    ReportCharts(MessageSource messages, @Value("${cunwu.pdf.font:/usr/share/fonts/truetype/wqy/wqy-microhei.ttc}") String fontPath) {
        this.messages = messages;
        this.font = load(fontPath);
    }

    /** The Chinese font for measuring text, or the JDK's sans serif when it is missing (the SVG names the family anyway). */
    private static Font load(String path) {
        File file = new File(path);
        if (file.canRead()) {
            try {
                return Font.createFonts(file)[0];
            } catch (IOException | FontFormatException | RuntimeException e) {
                log.warn("Charts measure text with the JDK's sans serif font: {} could not be read ({})", path, e.toString());
            }
        }
        return new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    }

    /** The charts of a report as SVG for the page and its print, or as PNG (at twice the size, for print) for the PDF. */
    Charts of(Report report, Locale locale, boolean png) {
        List<String> labels = report.trend().stream().map(row -> trendLabel(report, row, locale)).toList();
        return new Charts(trend(report, labels, locale, png), problems(report, locale, png), projects(report, locale, png), labels);
    }

    /** The label of a trend row: "5月" within a year, "2023-11" across years, "2023 年" per year. */
    String trendLabel(Report report, Report.TrendRow row, Locale locale) {
        if (row.wholeYear()) {
            return message("period.year", locale, String.valueOf(row.start().getYear()));
        }
        boolean oneYear = report.period().from().getYear() == report.period().to().getYear();
        return oneYear ? message("dashboard.month." + row.start().getMonthValue(), locale)
                : String.format("%d-%02d", row.start().getYear(), row.start().getMonthValue());
    }

    private Chart trend(Report report, List<String> labels, Locale locale, boolean png) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String fulfilled = message("dashboard.series.commitmentsFulfilled", locale);
        String resolved = message("dashboard.series.problemsResolved", locale);
        for (int i = 0; i < labels.size(); i++) {
            Report.TrendRow row = report.trend().get(i);
            data.addValue(row.fulfilled(), fulfilled, labels.get(i));
            data.addValue(row.resolved(), resolved, labels.get(i));
        }
        CategoryPlot plot = plot(data, PlotOrientation.VERTICAL, locale);
        LineAndShapeRenderer renderer = new LineAndShapeRenderer(true, report.trend().size() <= 36);
        for (int i = 0; i < 2; i++) {
            renderer.setSeriesStroke(i, new BasicStroke(2f));
        }
        plot.setRenderer(renderer);
        if (report.trend().size() > 12) {
            plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        return chart("report-chart-trend", message("report.chart.trend", locale), plot, 300, png);
    }

    private Chart problems(Report report, Locale locale, boolean png) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String raised = message("dashboard.series.problemsRaised", locale);
        String resolved = message("dashboard.series.problemsResolved", locale);
        for (Report.CategoryRow row : report.problemCategories()) {
            String name = name(row.nameZh(), row.nameEn(), locale);
            data.addValue(row.raised(), raised, name);
            data.addValue(row.resolved(), resolved, name);
        }
        CategoryPlot plot = plot(data, PlotOrientation.HORIZONTAL, locale);
        BarRenderer renderer = new BarRenderer();
        renderer.setItemMargin(0.05);
        plot.setRenderer(renderer);
        return chart("report-chart-problems", message("report.chart.problems", locale), plot, barHeight(report.problemCategories().size()), png);
    }

    private Chart projects(Report report, Locale locale, boolean png) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Report.ProjectRow row : report.projects()) {
            String name = name(row.nameZh(), row.nameEn(), locale);
            for (ProjectStatus status : ProjectStatus.values()) {
                data.addValue(row.status(status), message(status.messageKey(), locale), name);
            }
        }
        CategoryPlot plot = plot(data, PlotOrientation.HORIZONTAL, locale);
        StackedBarRenderer renderer = new StackedBarRenderer();
        plot.setRenderer(renderer);
        return chart("report-chart-projects", message("report.chart.projects", locale), plot, barHeight(report.projects().size()), png);
    }

    /** Horizontal bars: room for each category's row, the axis and the legend. */
    private static int barHeight(int categories) {
        return Math.max(160, 90 + 34 * categories);
    }

    private CategoryPlot plot(DefaultCategoryDataset data, PlotOrientation orientation, Locale locale) {
        CategoryAxis categories = new CategoryAxis();
        categories.setCategoryMargin(0.2);
        NumberAxis values = new NumberAxis();
        values.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        CategoryPlot plot = new CategoryPlot(data, categories, values, null);
        plot.setOrientation(orientation);
        plot.setNoDataMessage(message("dashboard.noData", locale));
        return plot;
    }

    /** Styles a plot as the dashboard does (white, light grid, ECharts' colours) and writes it as SVG. */
    private Chart chart(String id, String title, CategoryPlot plot, int height, boolean png) {
        JFreeChart chart = new JFreeChart(null, font.deriveFont(Font.BOLD, 14f), plot, true);
        StandardChartTheme theme = new StandardChartTheme("report");
        theme.setExtraLargeFont(font.deriveFont(Font.BOLD, 14f));
        theme.setLargeFont(font.deriveFont(Font.PLAIN, 13f));
        theme.setRegularFont(font.deriveFont(Font.PLAIN, 12f));
        theme.setSmallFont(font.deriveFont(Font.PLAIN, 11f));
        theme.setBarPainter(new StandardBarPainter());
        theme.setShadowVisible(false);
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setPlotOutlinePaint(Color.WHITE);
        theme.setRangeGridlinePaint(new Color(0xdddddd));
        theme.setDomainGridlinePaint(new Color(0xdddddd));
        theme.setAxisLabelPaint(new Color(0x333333));
        theme.setTickLabelPaint(new Color(0x333333));
        theme.setLegendItemPaint(new Color(0x333333));
        theme.setAxisOffset(RectangleInsets.ZERO_INSETS);
        theme.apply(chart);
        for (int i = 0; i < PALETTE.length; i++) {
            Paint paint = PALETTE[i];
            plot.getRenderer().setSeriesPaint(i, paint);
        }
        LegendTitle legend = chart.getLegend();
        legend.setPosition(RectangleEdge.TOP);
        legend.setFrame(BlockBorder.NONE);
        chart.setPadding(new RectangleInsets(4, 4, 4, 12));
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);

        if (png) {
            return new Chart(id, title, null, png(chart, height));
        }
        SVGGraphics2D svg = new SVGGraphics2D(WIDTH, height);
        // ids of clip paths and gradients must not clash between the charts of one page
        svg.setDefsKeyPrefix(id + "-");
        svg.setFontFunction(family -> FONT_FAMILIES);
        svg.setRenderingHint(SVGHints.KEY_DRAW_STRING_TYPE, SVGHints.VALUE_DRAW_STRING_TYPE_STANDARD);
        chart.draw(svg, new Rectangle2D.Double(0, 0, WIDTH, height));
        String element = svg.getSVGElement(id, true, new ViewBox(0, 0, WIDTH, height), null, null);
        return new Chart(id, title, element, null);
    }

    /** The chart as a PNG data URI, drawn at twice its size so that it prints sharp at its width on A4. */
    private static String png(JFreeChart chart, int height) {
        BufferedImage image = new BufferedImage(WIDTH * 2, height * 2, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        try {
            g2.scale(2, 2);
            chart.draw(g2, new Rectangle2D.Double(0, 0, WIDTH, height));
        } finally {
            g2.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(out.toByteArray());
    }

    private static String name(String zh, String en, Locale locale) {
        return "en".equals(locale.getLanguage()) && en != null && !en.isBlank() ? en : zh;
    }

    private String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
