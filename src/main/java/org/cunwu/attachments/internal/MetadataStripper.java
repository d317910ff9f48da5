package org.cunwu.attachments.internal;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;

/**
 * Rewrites a JPEG or PNG without its metadata, as a stream: the picture's own data is copied unchanged (no second
 * compression, no decoded picture in memory), everything that describes the camera, the place or the person is left
 * out. JPEG keeps only the segments a decoder needs (quantisation and Huffman tables, frame, scans, restart interval),
 * the JFIF header without its thumbnail, the Adobe colour marker and the ICC colour profile; Exif (GPS, phone model,
 * times, the embedded thumbnail), XMP, IPTC, comments and anything after the end of the picture are dropped. The Exif
 * orientation alone is written back in a minimal Exif block, so a phone's upright photo stays upright. PNG keeps the
 * chunks that draw the picture and its colours; text, time and Exif chunks are dropped.
 */
final class MetadataStripper {

    private static final Set<String> PNG_KEPT = Set.of("IHDR", "PLTE", "IDAT", "IEND", "tRNS", "gAMA", "cHRM", "sRGB", "iCCP",
            "sBIT", "pHYs", "bKGD");
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private MetadataStripper() {
    }

    /** Copies a JPEG from {@code in} to {@code out} without its metadata; answers the Exif orientation (1 when none). */
    static int stripJpeg(InputStream in, OutputStream out) throws IOException {
        if (in.read() != 0xFF || in.read() != 0xD8) {
            throw new IOException("not a JPEG");
        }
        out.write(0xFF);
        out.write(0xD8);
        int orientation = 1;
        boolean orientationWritten = false;
        int marker = nextMarker(in);
        while (true) {
            if (marker == 0xD9) { // end of image: anything after it (trailers, appended files) is dropped
                out.write(0xFF);
                out.write(0xD9);
                return orientation;
            }
            if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) { // no length: TEM, a stray restart marker
                marker = nextMarker(in);
                continue;
            }
            int length = readShort(in);
            if (length < 2) {
                throw new IOException("bad segment length");
            }
            byte[] payload = in.readNBytes(length - 2);
            if (payload.length != length - 2) {
                throw new EOFException();
            }
            if (marker == 0xE1 && startsWith(payload, "Exif\0\0")) {
                orientation = orientation(payload);
            }
            boolean app0 = marker == 0xE0;
            boolean kept = (app0 && startsWith(payload, "JFIF\0") && payload.length >= 12)
                    || (marker == 0xE2 && startsWith(payload, "ICC_PROFILE\0"))
                    || (marker == 0xEE && startsWith(payload, "Adobe"))
                    || (marker >= 0xC0 && marker <= 0xCF) || marker == 0xDB || marker == 0xDD || marker == 0xDA || marker == 0xDC;
            if (kept && !app0 && !orientationWritten) {
                if (orientation != 1) {
                    writeSegment(out, 0xE1, orientationExif(orientation));
                }
                orientationWritten = true;
            }
            if (kept) {
                // the JFIF header's own thumbnail is left out: 0 × 0
                writeSegment(out, marker, app0 ? jfifWithoutThumbnail(payload) : payload);
            }
            if (marker == 0xDA) {
                marker = copyScan(in, out);
            } else {
                marker = nextMarker(in);
            }
        }
    }

    /** Copies a scan's entropy-coded data (with its restart markers) and answers the marker that ends it. */
    private static int copyScan(InputStream in, OutputStream out) throws IOException {
        while (true) {
            int b = read(in);
            if (b != 0xFF) {
                out.write(b);
                continue;
            }
            int next = read(in);
            while (next == 0xFF) { // fill bytes
                next = read(in);
            }
            if (next == 0x00 || (next >= 0xD0 && next <= 0xD7)) { // a stuffed 0xFF or a restart marker: part of the scan
                out.write(0xFF);
                out.write(next);
                continue;
            }
            return next;
        }
    }

    private static int nextMarker(InputStream in) throws IOException {
        int b = read(in);
        if (b != 0xFF) {
            throw new IOException("expected a JPEG marker");
        }
        int marker = read(in);
        while (marker == 0xFF) {
            marker = read(in);
        }
        return marker;
    }

    /** The Exif orientation (tag 0x0112 of the first directory), 1 when it is missing or unreadable. */
    static int orientation(byte[] exif) {
        int tiff = 6;
        if (exif.length < tiff + 8) {
            return 1;
        }
        boolean little = exif[tiff] == 'I' && exif[tiff + 1] == 'I';
        long ifd = unsigned32(exif, tiff + 4, little);
        if (ifd < 8 || tiff + ifd + 2 > exif.length) {
            return 1;
        }
        int at = (int) (tiff + ifd);
        int count = unsigned16(exif, at, little);
        for (int i = 0; i < count; i++) {
            int entry = at + 2 + i * 12;
            if (entry + 12 > exif.length) {
                return 1;
            }
            if (unsigned16(exif, entry, little) == 0x0112) {
                int value = unsigned16(exif, entry + 8, little);
                return value >= 1 && value <= 8 ? value : 1;
            }
        }
        return 1;
    }

    /** A minimal Exif block holding the orientation and nothing else (big-endian TIFF, one directory of one entry). */
    static byte[] orientationExif(int orientation) {
        return new byte[] {'E', 'x', 'i', 'f', 0, 0, 'M', 'M', 0, 42, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0,
                (byte) orientation, 0, 0, 0, 0, 0, 0};
    }

    private static byte[] jfifWithoutThumbnail(byte[] payload) {
        byte[] header = Arrays.copyOf(payload, 14);
        header[12] = 0;
        header[13] = 0;
        return header;
    }

    private static void writeSegment(OutputStream out, int marker, byte[] payload) throws IOException {
        out.write(0xFF);
        out.write(marker);
        int length = payload.length + 2;
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.write(payload);
    }

    /** Copies a PNG from {@code in} to {@code out} with only the chunks that draw the picture and its colours. */
    static void stripPng(InputStream in, OutputStream out) throws IOException {
        byte[] signature = in.readNBytes(8);
        if (!Arrays.equals(signature, PNG_SIGNATURE)) {
            throw new IOException("not a PNG");
        }
        out.write(signature);
        byte[] buffer = new byte[64 * 1024];
        while (true) {
            byte[] header = in.readNBytes(8);
            if (header.length < 8) {
                throw new EOFException("PNG without IEND");
            }
            long length = unsigned32(header, 0, false);
            String type = new String(header, 4, 4, StandardCharsets.ISO_8859_1);
            boolean kept = PNG_KEPT.contains(type);
            if (kept) {
                out.write(header);
            }
            long left = length + 4; // data and CRC
            while (left > 0) {
                int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                if (n < 0) {
                    throw new EOFException();
                }
                if (kept) {
                    out.write(buffer, 0, n);
                }
                left -= n;
            }
            if (type.equals("IEND")) {
                return;
            }
        }
    }

    private static boolean startsWith(byte[] payload, String prefix) {
        byte[] p = prefix.getBytes(StandardCharsets.ISO_8859_1);
        return payload.length >= p.length && Arrays.equals(payload, 0, p.length, p, 0, p.length);
    }

    private static int read(InputStream in) throws IOException {
        int b = in.read();
        if (b < 0) {
            throw new EOFException();
        }
        return b;
    }

    private static int readShort(InputStream in) throws IOException {
        return (read(in) << 8) | read(in);
    }

    private static int unsigned16(byte[] b, int at, boolean little) {
        int b0 = b[at] & 0xFF;
        int b1 = b[at + 1] & 0xFF;
        return little ? (b1 << 8) | b0 : (b0 << 8) | b1;
    }

    private static long unsigned32(byte[] b, int at, boolean little) {
        long hi = unsigned16(b, little ? at + 2 : at, little);
        long lo = unsigned16(b, little ? at : at + 2, little);
        return (hi << 16) | lo;
    }
}
