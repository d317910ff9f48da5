package org.cunwu.representatives.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Random;

import javax.imageio.ImageIO;

import org.cunwu.attachments.AttachmentService;
import org.cunwu.shared.PortalUser;
import org.cunwu.shared.Role;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * A few photos (佐证材料) in the demo district, drawn here with Java2D (no file from elsewhere) and attached by the
 * secretary of 褚墩一村 through {@link AttachmentService} as an upload would be: a repaired road and a cleared ditch on
 * two of its fulfilled commitments, and a street light before and after on a resolved problem.
 */
@Component
@Profile("demo")
@Order(70)
class DemoEvidence implements ApplicationRunner {

    static final String VILLAGE = "褚墩一村";

    private final JdbcTemplate jdbc;
    private final AttachmentService attachments;

    DemoEvidence(JdbcTemplate jdbc, AttachmentService attachments) {
        this.jdbc = jdbc;
        this.attachments = attachments;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (jdbc.queryForObject("select count(*) from attachment", Long.class) > 0) {
            return;
        }
        List<Long> village = jdbc.queryForList("select id from village where name = ?", Long.class, VILLAGE);
        if (village.isEmpty()) {
            return;
        }
        Long villageId = village.get(0);
        List<Long> commitments = jdbc.queryForList("""
                select id from commitment where village_id = ? and status = 'FULFILLED' and public_notice order by fulfilled_on desc, id limit 2""",
                Long.class, villageId);
        List<Long> problems = jdbc.queryForList("select id from problem where village_id = ? and status = 'RESOLVED' order by id limit 1",
                Long.class, villageId);
        PortalUser secretary = new PortalUser(0L, "demo-evidence", "{noop}unused", VILLAGE + "书记", Role.VILLAGE_SECRETARY, null, villageId,
                true, true);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(secretary, null, secretary.getAuthorities()));
        try {
            Random random = new Random(15);
            if (!commitments.isEmpty()) {
                attach("commitment", commitments.get(0), "道路修缮完工.jpg", road(random, true));
            }
            if (commitments.size() > 1) {
                attach("commitment", commitments.get(1), "沟渠清理后.jpg", ditch(random));
            }
            if (!problems.isEmpty()) {
                attach("problem", problems.get(0), "路灯维修前.jpg", streetLight(random, false));
                attach("problem", problems.get(0), "路灯维修后.jpg", streetLight(random, true));
            }
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void attach(String kind, long id, String name, BufferedImage picture) {
        List<AttachmentService.Refusal> refused = attachments.attach(kind, id,
                List.of(new AttachmentService.Upload(name, new ByteArrayInputStream(jpeg(picture)))));
        if (!refused.isEmpty()) {
            throw new IllegalStateException("demo photo " + name + " refused: " + refused.get(0).messageKey());
        }
    }

    private static Graphics2D canvas(BufferedImage image, Color top, Color bottom) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setPaint(new GradientPaint(0, 0, top, 0, image.getHeight() / 2f, bottom));
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        return g;
    }

    /** A village road in perspective between fields, new asphalt and a centre line. */
    private static BufferedImage road(Random random, boolean repaired) {
        BufferedImage image = new BufferedImage(1280, 960, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = canvas(image, new Color(135, 190, 235), new Color(215, 235, 250));
        g.setColor(new Color(96, 150, 70));
        g.fillRect(0, 420, 1280, 540);
        trees(g, random, 420);
        g.setColor(repaired ? new Color(55, 55, 60) : new Color(120, 110, 100));
        g.fillPolygon(new Polygon(new int[] {600, 680, 1180, 100}, new int[] {420, 420, 960, 960}, 4));
        g.setColor(new Color(240, 200, 40));
        g.setStroke(new BasicStroke(6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {40f, 30f}, 0f));
        g.drawLine(640, 430, 640, 960);
        g.dispose();
        return image;
    }

    /** A cleared concrete ditch beside a field. */
    private static BufferedImage ditch(Random random) {
        BufferedImage image = new BufferedImage(1280, 960, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = canvas(image, new Color(150, 200, 240), new Color(225, 240, 250));
        g.setColor(new Color(120, 170, 80));
        g.fillRect(0, 380, 1280, 580);
        trees(g, random, 380);
        g.setColor(new Color(185, 185, 180));
        g.fillPolygon(new Polygon(new int[] {560, 720, 1000, 280}, new int[] {380, 380, 960, 960}, 4));
        g.setColor(new Color(70, 130, 170));
        g.fillPolygon(new Polygon(new int[] {610, 670, 860, 420}, new int[] {380, 380, 960, 960}, 4));
        g.dispose();
        return image;
    }

    /** A street light by a house at dusk, dark or lit. */
    private static BufferedImage streetLight(Random random, boolean lit) {
        BufferedImage image = new BufferedImage(960, 1280, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = canvas(image, new Color(30, 40, 80), new Color(90, 90, 130));
        g.setColor(new Color(60, 70, 60));
        g.fillRect(0, 900, 960, 380);
        g.setColor(new Color(170, 160, 150));
        g.fillRect(80, 620, 360, 280);
        g.setColor(new Color(120, 60, 50));
        g.fillPolygon(new Polygon(new int[] {60, 260, 460}, new int[] {620, 500, 620}, 3));
        g.setColor(new Color(80, 80, 85));
        g.fillRect(660, 300, 16, 600);
        g.fillRect(600, 300, 76, 12);
        if (lit) {
            g.setColor(new Color(255, 240, 170, 90));
            g.fillOval(500, 250, 200, 200);
            g.setColor(new Color(255, 245, 190));
        } else {
            g.setColor(new Color(70, 70, 70));
        }
        g.fillOval(580, 300, 50, 30);
        for (int i = 0; i < 40; i++) {
            g.setColor(new Color(255, 255, 255, 60 + random.nextInt(120)));
            g.fillRect(random.nextInt(960), random.nextInt(480), 2, 2);
        }
        g.dispose();
        return image;
    }

    private static void trees(Graphics2D g, Random random, int horizon) {
        for (int i = 0; i < 14; i++) {
            int x = random.nextInt(1280);
            int size = 30 + random.nextInt(40);
            g.setColor(new Color(40 + random.nextInt(30), 100 + random.nextInt(40), 40));
            g.fillOval(x, horizon - size, size, size);
        }
    }

    private static byte[] jpeg(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpeg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
