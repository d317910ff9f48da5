package org.cunwu.attachments.internal;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Iterator;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * A picture's size and its thumbnail, read from the file with subsampling: a 12-megapixel photo is decoded to about
 * {@link #DECODE} pixels on its long side, never to a full-size picture in memory.
 */
final class Thumbnails {

    /** The thumbnail's long side in pixels. */
    static final int SIDE = 320;
    private static final int DECODE = SIDE * 2;

    record Picture(int width, int height, byte[] thumbnail) {
    }

    private Thumbnails() {
    }

    /** The picture in {@code file}; refused when it cannot be decoded or is larger than {@code maxPixels}. */
    static Picture of(Path file, int orientation, long maxPixels) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = in == null ? Collections.emptyIterator() : ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new AttachmentRefusedException("attachment.refused.unreadable");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if ((long) width * height > maxPixels) {
                    throw new AttachmentRefusedException("attachment.refused.pixels", width, height);
                }
                ImageReadParam param = reader.getDefaultReadParam();
                int step = Math.max(1, Math.max(width, height) / DECODE);
                param.setSourceSubsampling(step, step, 0, 0);
                BufferedImage decoded = reader.read(0, param);
                boolean turned = orientation >= 5;
                return new Picture(turned ? height : width, turned ? width : height, jpeg(scaled(decoded, orientation)));
            } catch (IOException | RuntimeException e) {
                if (e instanceof AttachmentRefusedException refused) {
                    throw refused;
                }
                throw new AttachmentRefusedException("attachment.refused.unreadable");
            } finally {
                reader.dispose();
            }
        }
    }

    /** The picture scaled to the thumbnail's size, upright as the Exif orientation says, on white (no transparency in JPEG). */
    private static BufferedImage scaled(BufferedImage source, int orientation) {
        boolean turned = orientation >= 5;
        int w = turned ? source.getHeight() : source.getWidth();
        int h = turned ? source.getWidth() : source.getHeight();
        double scale = Math.min(1.0, (double) SIDE / Math.max(w, h));
        int tw = Math.max(1, (int) Math.round(w * scale));
        int th = Math.max(1, (int) Math.round(h * scale));
        BufferedImage target = new BufferedImage(tw, th, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, tw, th);
            AffineTransform t = new AffineTransform();
            t.scale((double) tw / w, (double) th / h);
            t.concatenate(orient(orientation, source.getWidth(), source.getHeight()));
            g.drawImage(source, t, null);
        } finally {
            g.dispose();
        }
        return target;
    }

    /** The transform that turns a picture stored with the Exif orientation upright (1: as stored). */
    private static AffineTransform orient(int orientation, int w, int h) {
        return switch (orientation) {
            case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0);
            case 3 -> new AffineTransform(-1, 0, 0, -1, w, h);
            case 4 -> new AffineTransform(1, 0, 0, -1, 0, h);
            case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);
            case 6 -> new AffineTransform(0, 1, -1, 0, h, 0);
            case 7 -> new AffineTransform(0, -1, -1, 0, h, w);
            case 8 -> new AffineTransform(0, -1, 1, 0, 0, w);
            default -> new AffineTransform();
        };
    }

    private static byte[] jpeg(BufferedImage image) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.8f);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
