package org.cunwu.attachments.internal;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

/** Pictures made in the test: a JPEG as a phone writes it (Exif with GPS position, maker and model), a PNG, a PDF. */
final class TestImages {

    static final String MODEL = "TestPhone X1";
    static final String MAKER = "TestMaker";

    private TestImages() {
    }

    static byte[] picture(String format, int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(70, 130, 180));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.ORANGE);
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    /** A JPEG with an Exif block right after its start: orientation, maker, model and a GPS position (N 35.05, E 118.33). */
    static byte[] phoneJpeg(int width, int height, int orientation) throws IOException {
        byte[] plain = picture("jpeg", width, height);
        byte[] exif = exif(orientation);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(plain, 0, 2);
        out.write(0xFF);
        out.write(0xE1);
        out.write((exif.length + 2) >> 8);
        out.write((exif.length + 2) & 0xFF);
        out.write(exif);
        out.write(plain, 2, plain.length - 2);
        return out.toByteArray();
    }

    private static byte[] exif(int orientation) {
        ByteBuffer b = ByteBuffer.allocate(6 + 188);
        b.put("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1));
        int t = 6;
        b.put(new byte[] {'M', 'M', 0, 42, 0, 0, 0, 8});
        // IFD0 at 8: make, model, orientation, GPS directory
        b.putShort((short) 4);
        entry(b, 0x010F, 2, 10, 62);
        entry(b, 0x0110, 2, 13, 72);
        b.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        entry(b, 0x8825, 4, 1, 86);
        b.putInt(0);
        b.position(t + 62);
        b.put((MAKER + "\0").getBytes(StandardCharsets.ISO_8859_1));
        b.position(t + 72);
        b.put((MODEL + "\0").getBytes(StandardCharsets.ISO_8859_1));
        // GPS IFD at 86
        b.position(t + 86);
        b.putShort((short) 4);
        b.putShort((short) 1).putShort((short) 2).putInt(2).put(new byte[] {'N', 0, 0, 0});
        entry(b, 2, 5, 3, 140);
        b.putShort((short) 3).putShort((short) 2).putInt(2).put(new byte[] {'E', 0, 0, 0});
        entry(b, 4, 5, 3, 164);
        b.putInt(0);
        b.position(t + 140);
        b.putInt(35).putInt(1).putInt(3).putInt(1).putInt(0).putInt(1);
        b.putInt(118).putInt(1).putInt(19).putInt(1).putInt(48).putInt(1);
        return b.array();
    }

    private static void entry(ByteBuffer b, int tag, int type, int count, int offset) {
        b.putShort((short) tag).putShort((short) type).putInt(count).putInt(offset);
    }

    /** The markers and payloads of a JPEG's segments before its first scan. */
    record Segment(int marker, byte[] payload) {
    }

    static List<Segment> segments(byte[] jpeg) {
        List<Segment> segments = new ArrayList<>();
        int at = 2;
        while (at + 4 <= jpeg.length && (jpeg[at] & 0xFF) == 0xFF) {
            int marker = jpeg[at + 1] & 0xFF;
            int length = ((jpeg[at + 2] & 0xFF) << 8) | (jpeg[at + 3] & 0xFF);
            byte[] payload = new byte[length - 2];
            System.arraycopy(jpeg, at + 4, payload, 0, payload.length);
            segments.add(new Segment(marker, payload));
            if (marker == 0xDA) {
                break;
            }
            at += 2 + length;
        }
        return segments;
    }

    /** A PDF of {@code size} bytes: a real header and trailer around filler, enough for the type to read as PDF. */
    static byte[] pdf(int size) {
        byte[] head = "%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj << /Type /Catalog >> endobj\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] tail = "\ntrailer << /Root 1 0 R >>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] pdf = new byte[size];
        System.arraycopy(head, 0, pdf, 0, head.length);
        for (int i = head.length; i < size - tail.length; i++) {
            pdf[i] = (byte) ('a' + i % 26);
        }
        System.arraycopy(tail, 0, pdf, size - tail.length, tail.length);
        return pdf;
    }
}
